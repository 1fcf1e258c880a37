import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import { NODE_LABELS, toGlobalId } from '../../src/graph/global-id.js';
import { encodeCursor } from '../../src/graph/page.js';
import { httpServer, TEST_API_KEY } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb } from '../support/graph.js';

/**
 * Random input at every door of the API, over real HTTP on the shared Neo4j: whatever comes in,
 * the answer is a coded 200 or 400 within a bound, and no message shows the server's insides.
 * Runs are bounded in number and time; the seed is fixed so a run can be replayed (FUZZ_SEED
 * picks another).
 */
const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

/** A correctness bound ("never a hang"), far above what any of these requests needs. */
const ANSWER_WITHIN_MS = 5_000;
const RUNS = { numRuns: 200, interruptAfterTimeLimit: 5_000, seed: Number(process.env['FUZZ_SEED'] ?? 9) };
const INTERNALS = /neo4j|cypher|\n\s+at |\.[cm]?[jt]s:\d+|node_modules/i;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Posts an operation and holds the answer to the API's promises; returns it for more checks. */
async function ask(query: string, variables: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const answer: Answer = { status: response.status, body: (await response.json()) as Answer['body'] };
  const shown = JSON.stringify(answer);
  expect([200, 400], shown).toContain(answer.status);
  for (const error of answer.body.errors ?? []) {
    expect(error.extensions?.['code'], shown).toEqual(expect.any(String));
    expect(error.extensions?.['code'], shown).not.toBe('INTERNAL_SERVER_ERROR');
    expect(`${error.message} ${JSON.stringify(error.extensions)}`, shown).not.toMatch(INTERNALS);
  }
  return answer;
}

const SEED_IDS = [
  toGlobalId('Place', 'place:pokrovsk-donetsk-ua'),
  toGlobalId('Person', 'person:vladimir-putin'),
  toGlobalId('Person', 'person:alexander-stepanyan'),
  toGlobalId('Article', 'c14c6e6254578141'),
  toGlobalId('Event', 'event:pokrovsk-control-change-2025'),
];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('Pokrovsk', 'Покровськ', '"', '\\', '*', '~', '(', 'AND', 'OR NOT', '\u0000', '\ud800', '', ' '),
);
/** Global ids as issued, forged from any label (known or not) and key, and plain garbage. */
const id = fc.oneof(
  fc.constantFrom(...SEED_IDS),
  fc.tuple(fc.constantFrom(...NODE_LABELS), text).map(([label, key]) => toGlobalId(label, key)),
  fc.tuple(text, text).map(([label, key]) => Buffer.from(`${label}:${key}`).toString('base64url')),
  text,
);
/** Cursors as issued (sort keys of any shape and type), base64 of any JSON, and garbage. */
const cursor = fc.oneof(
  fc
    .array(fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 4 })
    .map((key) => encodeCursor(key)),
  fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')),
  text,
);
const first = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constant(null));
const kinds = fc.oneof(fc.subarray(['PERSON', 'PLACE', 'ORGANIZATION']), fc.constant(null));
/** Mostly a value of the variable's type, more or less (so that it reaches the resolvers), else any JSON at all. */
const loosely = <T>(typed: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

describe('fuzzing the API', () => {
  it('search strings, types, page sizes and cursors', async () => {
    const query = `query($q: String!, $types: [EntityKind!], $first: Int, $after: String) {
      searchEntities(query: $q, types: $types, first: $first, after: $after) { ambiguous edges { score cursor node { id name } } } }`;
    await fc.assert(
      fc.asyncProperty(text, kinds, first, fc.option(cursor), async (q, types, size, after) => {
        await ask(query, { q, types, first: size, after });
      }),
      RUNS,
    );
  }, 60_000);

  it('cursors on every list, at the root and nested', async () => {
    const lists = [
      'articles(after: $after, first: 3) { edges { cursor } }',
      'claims(after: $after, first: 3) { totalCount edges { cursor } }',
      'events(after: $after, first: 3) { edges { cursor } }',
      'searchEntities(query: "Pokrovsk", after: $after, first: 3) { edges { cursor } }',
      `entity(id: "${SEED_IDS[0]}") { mentions(after: $after, first: 3) { edges { cursor } } timeline(after: $after, first: 3) { edges { cursor } } }`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), cursor, async (list, after) => {
        await ask(`query($after: String) { ${list} }`, { after });
      }),
      RUNS,
    );
  }, 60_000);

  it('ids, forged and of the wrong type, wherever an id is taken', async () => {
    const uses = [
      'node(id: $id) { id }',
      'entity(id: $id) { name }',
      'article(id: $id) { title }',
      'claims(filter: { speaker: $id }, first: 2) { totalCount }',
      'claims(filter: { about: $id, article: $id }, first: 2) { edges { cursor } }',
      'events(filter: { place: $id, participant: $id }, first: 2) { edges { cursor } }',
      `connection(from: $id, to: "${SEED_IDS[1]}", maxHops: 2) { length }`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...uses), id, async (use, value) => {
        await ask(`query($id: ID!) { ${use} }`, { id: value });
      }),
      RUNS,
    );
  }, 60_000);

  it('any JSON for typed variables', async () => {
    const date = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      text,
    );
    const day = fc.record({ month: fc.integer({ min: -1, max: 14 }), day: fc.integer({ min: -1, max: 33 }) });
    const operations: [string, fc.Arbitrary<unknown>][] = [
      [
        'query($first: Int, $outlet: String, $language: String) { articles(first: $first, outlet: $outlet, language: $language) { totalCount } }',
        fc.record({ first: loosely(first), outlet: loosely(text), language: loosely(text) }),
      ],
      [
        'query($filter: EventFilter) { events(filter: $filter, first: 5) { totalCount edges { node { type } } } }',
        fc.record({
          filter: loosely(
            fc.record(
              { type: loosely(fc.constantFrom('VISIT', 'ATTACK')), from: date, to: date, onDay: loosely(day), place: id },
              { requiredKeys: [] },
            ),
          ),
        }),
      ],
      [
        'query($filter: ClaimFilter) { claims(filter: $filter, first: 5) { totalCount } }',
        fc.record({
          filter: loosely(fc.record({ about: id, speaker: id, article: id, anonymous: loosely(fc.boolean()) }, { requiredKeys: [] })),
        }),
      ],
      [
        // Nullable variables for arguments that are non-null with a default: null is for the server to refuse.
        'query($id: ID!, $date: Date!, $language: String) { entity(id: $id) { nameAt(date: $date, language: $language) { form } } }',
        fc.record({ id: loosely(id), date: loosely(date), language: loosely(text) }),
      ],
      [
        'query($from: ID!, $to: ID!, $maxHops: Int, $first: Int) { connection(from: $from, to: $to, maxHops: $maxHops, first: $first) { length } }',
        fc.record({ from: loosely(id), to: loosely(id), maxHops: loosely(fc.integer({ min: -1, max: 8 })), first: loosely(first) }),
      ],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations).chain(([query, variables]) => fc.tuple(fc.constant(query), loosely(variables))),
        async ([query, variables]) => {
          await ask(query, variables);
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('ingestArticle documents near the seed format', async () => {
    // Paths into sampleArticle(): every kind of field, nested ones included. `id` and the
    // entities' ids are left alone, so a document that happens to be valid writes only its own
    // fresh entities and never an article or entity other tests count.
    const paths = [
      'title',
      'language',
      'publishedAt',
      'text',
      'textFile',
      'outlet',
      'url',
      'extra',
      'mentions',
      'mentions.0',
      'mentions.0.start',
      'mentions.0.end',
      'mentions.0.text',
      'mentions.0.entity',
      'claims',
      'claims.0.key',
      'claims.0.segments',
      'claims.0.segments.0.start',
      'claims.0.segments.0.text',
      'claims.0.speaker',
      'claims.0.speaker.entity',
      'claims.0.about',
      'claims.0.about.0',
      'claims.0.via',
      'events',
      'events.0.type',
      'events.0.time',
      'events.0.time.month',
      'events.0.time.day',
      'events.0.place',
      'events.0.framing',
      'events.0.participants',
      'events.0.participants.0.role',
      'relations.0.type',
      'relations.0.to',
      'entities.0.kind',
      'entities.0.names',
      'entities.0.names.0.form',
      'entities.0.latitude',
      'entities.1.names.0.kind',
    ];
    // Lists whose first item is repeated: duplicates must be refused or folded, never a 500.
    const lists = [
      'mentions',
      'claims',
      'claims.0.about',
      'claims.0.segments',
      'events',
      'events.0.participants',
      'entities.0.names',
      'relations',
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      text,
      fc.integer({ min: -5, max: 200 }),
      fc.array(text, { maxLength: 4 }),
      fc.constant(undefined),
    );
    const edit = fc.oneof(
      fc.tuple(fc.constant('set' as const), fc.constantFrom(...paths), value),
      fc.tuple(fc.constant('repeat' as const), fc.constantFrom(...lists)),
    );
    const mutation = 'mutation($doc: JSONObject!) { ingestArticle(document: $doc) { mentions claims events } }';
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const { document } = sampleArticle();
        for (const [kind, path, to] of edits) {
          if (kind === 'set') set(document, path, to);
          else repeatFirst(document, path);
        }
        await ask(mutation, { doc: document }, { 'x-api-key': TEST_API_KEY });
      }),
      { ...RUNS, numRuns: 100 },
    );
  }, 60_000);
});

/** Sets (or with undefined, deletes) the value at a dotted path, creating objects on the way. */
function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: any = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key];
  }
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
}

/** Appends a copy of the first item of the list at a dotted path, if it is still a list. */
function repeatFirst(target: Record<string, unknown>, path: string): void {
  const list = path.split('.').reduce<any>((node, key) => (typeof node === 'object' && node !== null ? node[key] : undefined), target);
  if (Array.isArray(list) && list.length > 0) list.push(structuredClone(list[0]));
}
