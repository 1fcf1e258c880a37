import { createClient, type Client } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { toGlobalId } from '../../src/graph/global-id.js';
import { httpServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb } from '../support/graph.js';
import { changesAfter, endOfLog, ingest } from './support.js';

const db = testDb();
const api = await httpServer(db);
const clients: Client[] = [];
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await api.stop();
  await db.close();
});

/** A graphql-ws client on the API's own port, as Apollo Client or Sandbox would open one; resolves once acknowledged. */
async function connect(): Promise<Client> {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, on: { connected } });
  clients.push(client);
  await ready;
  return client;
}

interface Received {
  kind: string;
  nodeKind: string;
  cursor: string;
  node: { id: string; title?: string } | null;
}

/** Subscribes, and collects what arrives until `done` says it has what it waits for. */
function collect(client: Client, query: string, done: (received: Received[]) => boolean) {
  const received: Received[] = [];
  let stop!: () => void;
  const finished = new Promise<Received[]>((resolve, reject) => {
    stop = client.subscribe<{ changed: Received }>(
      { query },
      {
        next: ({ data, errors }) => {
          if (errors) reject(new Error(JSON.stringify(errors)));
          received.push(data!.changed);
          if (done(received)) resolve(received);
        },
        error: reject,
        complete: () => resolve(received),
      },
    );
  });
  return { finished, stop: () => stop() };
}

const CHANGED = `subscription { changed(nodeKinds: [ARTICLE, CLAIM]) { kind nodeKind cursor node { id ... on Article { title } } } }`;

describe('the changed subscription over graphql-ws', () => {
  it('sends the article and claims an ingest adds, once it commits, with the node and a cursor the feed resumes from', async () => {
    const client = await connect();
    const { keys, document } = sampleArticle();
    const article = toGlobalId('Article', keys.id);
    const claim = toGlobalId('Claim', `${keys.id}:calm`);
    const ours = (r: Received[]) => r.filter((c) => c.node?.id === article || c.node?.id === claim);
    const subscription = collect(client, CHANGED, (r) => ours(r).length === 2);
    // The subscribe message goes out after the acknowledgement; give the server a moment to register it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const start = await endOfLog(db);
    await ingest(api, document);
    const received = await subscription.finished;
    subscription.stop();

    expect(
      ours(received)
        .map((c) => `${c.kind} ${c.nodeKind}`)
        .sort(),
    ).toEqual(['ADDED ARTICLE', 'ADDED CLAIM']);
    expect(ours(received).find((c) => c.nodeKind === 'ARTICLE')!.node!.title).toBe(document.title);
    // Only the kinds asked for: the ingest added entities and an event too.
    expect(received.every((c) => c.nodeKind === 'ARTICLE' || c.nodeKind === 'CLAIM')).toBe(true);
    const logged = await changesAfter(api, start);
    expect(logged.some((e) => e.nodeKind === 'EVENT' && e.kind === 'ADDED')).toBe(true);
    // The feed holds the same entries, and resumes after the one received.
    const last = ours(received).at(-1)!;
    const index = logged.findIndex((e) => e.cursor === last.cursor);
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await changesAfter(api, last.cursor)).map((e) => e.sequence).slice(0, logged.length - index - 1)).toEqual(
      logged.slice(index + 1).map((e) => e.sequence),
    );
  });

  it('takes only subscriptions, under the same limits as HTTP', async () => {
    const client = await connect();
    const refused = (query: string) =>
      new Promise<string>((resolve) => {
        client.subscribe(
          { query },
          { next: () => resolve('answered'), error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('completed') },
        );
      });
    expect(await refused('{ changes(first: 1) { edges { cursor } } }')).toContain('Only subscriptions go over WebSocket');
    const aliased = `subscription { changed { ${Array.from({ length: 31 }, (_, i) => `a${i}: kind`).join(' ')} } }`;
    expect(await refused(aliased)).toContain('more than 30 aliases');
  });
});
