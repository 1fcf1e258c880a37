import type { Cypher, Row, WriteTx } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import { changesOf, recordChanges, type Change, type RecordedChange } from '../graph/changes.js';
import { BUMP_GAZETTEER_VERSION, LINKER_RELATION_TYPES } from '../graph/gazetteer-version.js';
import { articlePrint, claimChanges, linkHash, type PriorClaim } from './claim-changes.js';
import { DERIVE_EVENTS } from './derive-events.cypher.js';
import * as Q from './ingest.cypher.js';
import type { PreparedArticle, PreparedEntity, PreparedRelation } from './prepare.js';
import { renameEvents, type EventStatements } from './prepare-extraction.js';
import { describeKind, type Identity, type Reference } from './references.js';
import { applyReviews } from './reviews.js';

/** A gazetteer file, prepared: its entities and relations, and the ids and references to check. */
export interface PreparedGazetteer {
  file: string;
  entities: PreparedEntity[];
  relations: PreparedRelation[];
  identities: Identity[];
  refs: Reference[];
}

/** What a write touched, to be derived again from the statements that remain. */
export interface Touched {
  relations: unknown[];
  entities: string[];
  /** Events derived again from every report. */
  events: string[];
  /**
   * Events that only gained reports, each by one article's new report (`article`), or none (a
   * claim about it): their tallies fold the new reports in (derive-events.cypher.ts). A writer
   * that removed or replaced a report of one lists it in `events` instead.
   */
  reported?: { event: string; article?: string }[];
}

/** What a retraction touched, whether the linker reads some of the entities it touched, and the claims it deleted. */
interface Retracted extends Touched {
  linked: boolean;
  gone: PriorClaim[];
}

/**
 * Writes prepared documents, each call in one transaction: all of it lands, or none of it. A
 * source rewritten is first retracted whole, then stated anew, then what it touched is derived
 * again (src/ingest/ingest.cypher.ts), so re-ingesting never leaves a fact it no longer states.
 */
export class IngestRepository {
  constructor(private readonly db: Cypher) {}

  /** Returns what it changed, recorded in the change log (src/graph/changes.ts) with the write. */
  writeGazetteer(file: PreparedGazetteer): Promise<RecordedChange[]> {
    return this.db.write(async (tx) => {
      await check(tx, file.identities, file.refs);
      const touched = retracted(await tx.run(Q.RETRACT_GAZETTEER_FILE, { file: file.file }));
      const entities = changesOf('ENTITY', await tx.run(Q.UPSERT_ENTITIES, { entities: file.entities, reference: true }));
      touched.relations.push(...(await stateRelations(tx, file.relations)));
      await tx.run(Q.UPSERT_GAZETTEER_FILE, {
        file: file.file,
        statedEntities: file.entities.map((e) => e.id),
        statedRelations: file.relations.map((r) => r.id),
      });
      const derived = await derive(tx, touched);
      await tx.run(BUMP_GAZETTEER_VERSION);
      return recordChanges(tx, [...entities, ...derived]);
    });
  }

  /**
   * One article (the mutation, the seed loader) or a batch of them (bulk ingest). The gazetteer's
   * stamp moves when the linker's entries may have: the articles state entities or containment
   * relations now, or did before (what the retraction touched).
   */
  writeArticles(prepared: PreparedArticle[], refs: Reference[], identities: Identity[]): Promise<RecordedChange[]> {
    return this.db.write(async (tx) => {
      await check(tx, identities, refs);
      const touched = retracted(await tx.run(Q.RETRACT_ARTICLES, { articles: prepared.map((a) => a.article.id) }));
      // After the retraction, so an article written again meets the events others report, not only its own old ones.
      const articles = await matchEvents(tx, prepared);
      const entities = articles.flatMap((a) => a.entities);
      const changes = entities.length ? changesOf('ENTITY', await tx.run(Q.UPSERT_ENTITIES, { entities, reference: false })) : [];
      const upserted = await tx.run(Q.UPSERT_ARTICLES, {
        articles: articles.map((a) => ({
          ...a.article,
          fingerprint: articlePrint(a),
          linkHash: linkHash(a.autoMentions),
          events: a.events,
          claimedEvents: a.claimedEvents,
        })),
      });
      changes.push(...changesOf('ARTICLE', upserted));
      const claims = claimChanges(
        articles.flatMap((a) => a.claims),
        touched.gone,
      );
      const stamped = new Map(claims.claims.map((c) => [c.properties.id, c]));
      const content = articles
        .filter((a) => a.mentions.length || a.autoMentions.length || a.claims.length)
        .map(({ article, mentions, autoMentions, claims }) => ({
          articleId: article.id,
          mentions,
          autoMentions,
          claims: claims.map((c) => stamped.get(c.properties.id)!),
        }));
      if (content.length) await tx.run(Q.CREATE_CONTENT, { articles: content, prior: claims.prior });
      const reviewed = await applyReviews(
        tx,
        prepared.map((a) => a.article.id),
        touched,
      );
      // A claim a review removed again was never there for a reader.
      const removed = new Set(reviewed.claims);
      changes.push(...claims.changes.filter((c) => c.kind === 'RETRACTED' || !removed.has(c.id)));
      touched.relations.push(
        ...(await stateRelations(
          tx,
          articles.flatMap((a) => a.relations),
        )),
      );
      // Its reports were written anew after the retraction above, which put any event it reported before in `events`.
      touched.reported = articles.flatMap((a) => [
        ...a.events.map((e) => ({ event: e.id, article: a.article.id })),
        ...a.claimedEvents.map((e) => ({ event: e.id })),
      ]);
      changes.push(...(await derive(tx, touched)));
      // Speakers the extractor introduced are not the linker's (GazetteerRepository): they move no stamp.
      const linkerEntities = entities.some((e) => e.properties.source !== 'AUTO') || touched.linked;
      if (linkerEntities || touched.relations.some(placesForLinker)) await tx.run(BUMP_GAZETTEER_VERSION);
      return recordChanges(tx, changes);
    });
  }
}

/** Extracted events renamed to the events other articles already report them as (MATCH_EVENTS). */
export async function matchEvents<T extends EventStatements>(tx: WriteTx, articles: T[]): Promise<T[]> {
  const events = distinct(
    articles.flatMap((a) => [...a.events, ...a.claimedEvents].flatMap((e) => (e.identity ? [e.identity] : []))),
    (e) => e.id,
  );
  if (!events.length) return articles;
  const rows = await tx.run(Q.MATCH_EVENTS, { events });
  const matches = new Map(
    rows.filter((r) => r['match'] !== null).map((r) => [r['id'] as string, { id: r['match'] as string, apart: r['apart'] as number }]),
  );
  return matches.size ? articles.map((a) => renameEvents(a, matches)) : articles;
}

/** `[type, from, to]`, as RETRACT and STATE_RELATIONS return a relation. */
const placesForLinker = (relation: unknown): boolean => LINKER_RELATION_TYPES.includes((relation as string[])[0]!);

function retracted(rows: Row[]): Retracted {
  return {
    linked: rows.some((row) => (row['linked'] as string[]).length > 0),
    relations: rows.flatMap((row) => row['relations'] as unknown[]),
    entities: rows.flatMap((row) => row['entities'] as string[]),
    events: rows.flatMap((row) => row['events'] as string[]),
    gone: rows.flatMap((row) => row['gone'] as PriorClaim[]),
  };
}

async function stateRelations(tx: WriteTx, relations: PreparedRelation[]): Promise<unknown[]> {
  if (!relations.length) return [];
  return (await tx.run(Q.STATE_RELATIONS, { relations })).map((row) => row['relation']);
}

/**
 * Derived values, recomputed for what a write (an ingest, a merge) touched; what touched nothing
 * costs nothing. Returns how the events and entities changed, for the writer's change log. Events are locked in id order, so two writers deriving the same ones do not
 * deadlock.
 */
export async function derive(tx: WriteTx, touched: Touched): Promise<Change[]> {
  const relations = distinct(touched.relations, (value) => JSON.stringify(value));
  if (relations.length) await tx.run(Q.DERIVE_RELATIONS, { relations });
  const toDerive = eventsToDerive(touched);
  const events = toDerive.length ? await tx.run(DERIVE_EVENTS, { events: toDerive }) : [];
  // Last: an entity is left with nothing only once relations and events no longer point at it.
  const entities = touched.entities.length ? await tx.run(Q.PRUNE_ENTITIES, { entities: [...new Set(touched.entities)] }) : [];
  return [...changesOf('EVENT', events), ...changesOf('ENTITY', entities)];
}

/** Each touched event once, in id order (the order its lock is taken in), with the articles whose new reports it may fold in. */
export function eventsToDerive(touched: Touched): { id: string; full: boolean; articles: string[] }[] {
  const full = new Set(touched.events);
  const added = new Map<string, Set<string>>();
  for (const { event, article } of touched.reported ?? []) {
    const articles = added.get(event) ?? new Set<string>();
    if (article !== undefined) articles.add(article);
    added.set(event, articles);
  }
  return [...new Set([...full, ...added.keys()])]
    .sort()
    .map((id) => ({ id, full: full.has(id), articles: full.has(id) ? [] : [...(added.get(id) ?? [])] }));
}

/** One check per key: popular entities are named thousands of times a batch. */
const distinct = <T>(items: T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];

/**
 * Before anything is written: an entity keeps its kind, entities and events never share an id, and
 * every reference names something, in the graph or among the documents' own entities and events
 * (a document's event may be the place a claim is about; its place must be a place).
 */
async function check(tx: WriteTx, identities: Identity[], refs: Reference[]): Promise<void> {
  const own = new Map(identities.map((i) => [i.key, i.kind]));
  const satisfied = (r: Reference): boolean => {
    const kind = own.get(r.key);
    return kind !== undefined && (kind === 'EVENT' ? r.eventAllowed : !r.placeOnly || kind === 'PLACE');
  };
  const open = distinct(
    refs.filter((r) => !satisfied(r)),
    (r) => `${r.key}|${r.eventAllowed}|${r.placeOnly}`,
  );
  const distinctIdentities = distinct(identities, (i) => `${i.key}|${i.kind}`);
  if (!open.length && !distinctIdentities.length) return;
  const [row] = await tx.run(Q.CHECK_DOCUMENTS, { identities: distinctIdentities, refs: open });
  const conflict = row!['conflict'] as { path: string; takenBy: Identity['kind'] } | null;
  if (conflict)
    throw conflictError(
      identities.find((i) => i.path === conflict.path)!,
      conflict.takenBy,
    );
  const missing = row!['missing'] as string | null;
  if (missing) {
    const ref = open.find((r) => r.path === missing)!;
    const expected = ref.placeOnly ? 'place' : ref.eventAllowed ? 'entity or event' : 'entity';
    throw new InputError(ref.path, `"${ref.key}" is not a known ${expected}`);
  }
}

function conflictError(identity: Identity, takenBy: Identity['kind']): InputError {
  const problem =
    identity.kind === 'EVENT' || takenBy === 'EVENT'
      ? `"${identity.key}" is already the id of ${describeKind(takenBy)}; entities and events never share an id`
      : `"${identity.key}" is ${describeKind(takenBy)} in the graph; a document cannot change an entity's kind`;
  return new InputError(identity.path, problem);
}
