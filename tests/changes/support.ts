import type { GraphDb } from '../../src/db/graph-db.js';
import { encodeCursor } from '../../src/graph/page.js';
import { TEST_API_KEY, type httpServer } from '../support/api.js';

export type Api = Awaited<ReturnType<typeof httpServer>>;

const INGEST = `mutation($document: JSONObject!) { ingestArticle(document: $document) { article { id } } }`;

export async function ingest(api: Api, document: unknown): Promise<void> {
  const { body } = await api.post(INGEST, { document }, { 'x-api-key': TEST_API_KEY });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** A cursor at the log's end as it stands: what a consumer starting now would resume from. */
export async function endOfLog(db: GraphDb): Promise<string> {
  const [row] = await db.read("OPTIONAL MATCH (log:ChangeLog {id: 'changes'}) RETURN coalesce(log.sequence, 0) AS last");
  return encodeCursor([row!['last'] as number]);
}

export interface ChangeEntry {
  kind: string;
  nodeKind: string;
  sequence: number;
  cursor: string;
  node: { id: string } | null;
}

interface ChangesPage {
  edges: { node: ChangeEntry }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const CHANGES = `query($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    edges { cursor node { kind nodeKind sequence cursor node { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The whole log after `after`, a page of `first` at a time; other writers' entries are in it too. */
export async function changesAfter(api: Api, after: string, first = 500): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  let cursor: string | null = after;
  while (cursor) {
    const { body } = await api.post<{ changes: ChangesPage }>(CHANGES, { after: cursor, first });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const page: ChangesPage = body.data!.changes;
    entries.push(...page.edges.map((e) => e.node));
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  return entries;
}

/** The log's entries after `after` about the node of global id `id`, as "KIND NODEKIND". */
export async function entriesAbout(api: Api, after: string, id: string): Promise<string[]> {
  return (await changesAfter(api, after)).filter((e) => e.node?.id === id).map((e) => `${e.kind} ${e.nodeKind}`);
}
