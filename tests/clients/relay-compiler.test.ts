import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { getNamedType, Kind, parse, print, TypeInfo, visit, visitWithTypeInfo, type DefinitionNode, type DirectiveNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { SCHEMA_FILE } from '../../src/app/emit-schema.js';
import { buildGraphSchema } from '../../src/app/schema.js';
import { EXAMPLE_OPERATIONS } from '../../src/app/server.js';
import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * relay-compiler (its own native binary, from the npm package) on the published SDL and the
 * example operations, each connection it pages marked @connection as a Relay app would; then the
 * refetch queries it generates through node(id), run against the server.
 */
const MODULE = 'Examples';
const schema = await buildGraphSchema();
const dir = mkdtempSync(join(tmpdir(), 'relay-compiler-'));
const db = testDb();
const api = await testServer(db);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await api.server.stop();
  await db.close();
});

const connection = (key: string): DirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'connection' },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'key' }, value: { kind: Kind.STRING, value: key } }],
});

/**
 * The example operations as Relay wants them: named `<module><name>Query`, and every list they
 * page with `first` (and select edges of) under @connection.
 */
function asRelayOperations(source: string): string[] {
  const typeInfo = new TypeInfo(schema);
  return parse(source).definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) throw new Error('the examples hold operations only');
    const name = `${MODULE}${definition.name!.value}Query`;
    const renamed: DefinitionNode = { ...definition, name: { kind: Kind.NAME, value: name } };
    const marked = visit(
      renamed,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const type = typeInfo.getType();
          const pages = field.arguments?.some((arg) => arg.name.value === 'first');
          const edges = field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'edges');
          if (!type || !pages || !edges || !getNamedType(type).name.endsWith('Connection')) return undefined;
          return { ...field, directives: [...(field.directives ?? []), connection(`${name}_${field.name.value}`)] };
        },
      }),
    );
    return print(marked);
  });
}

/** Fragments a Relay app refetches through node(id): an entity's relations, paged, and a relation. */
const REFETCHABLE = [
  `fragment ${MODULE}EntityRelations on Entity @refetchable(queryName: "${MODULE}EntityRelationsRefetchQuery")
     @argumentDefinitions(first: { type: "Int", defaultValue: 5 }, after: { type: "String" }) {
     id name
     relations(first: $first, after: $after) @connection(key: "${MODULE}EntityRelations_relations") { edges { node { id type direction other { id name } } } }
   }`,
  `fragment ${MODULE}Relation on Relation @refetchable(queryName: "${MODULE}RelationRefetchQuery") { id type direction other { id name } }`,
];

async function compile(documents: string[]): Promise<void> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, '__generated__'), { recursive: true });
  writeFileSync(join(dir, 'schema.graphql'), readFileSync(SCHEMA_FILE, 'utf8'));
  writeFileSync(
    join(dir, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript', artifactDirectory: './__generated__' }),
  );
  const tags = documents.map((document, i) => `export const document${i} = graphql\`\n${document}\n\`;\n`);
  writeFileSync(join(dir, 'src', `${MODULE}.ts`), `import { graphql } from 'relay-runtime';\n\n${tags.join('\n')}`);
  await promisify(execFile)(process.execPath, [fromRoot('node_modules', 'relay-compiler', 'cli.js')], { cwd: dir, timeout: 60_000 });
}

/** The query text relay-compiler put into a generated operation artifact. */
function generatedText(name: string): string {
  const artifact = readFileSync(join(dir, '__generated__', `${name}.graphql.ts`), 'utf8');
  const text = /"text": ("(?:[^"\\]|\\.)*")/.exec(artifact);
  if (!text) throw new Error(`${name}: no query text in the artifact`);
  return JSON.parse(text[1]!) as string;
}

describe('relay-compiler', () => {
  it('compiles every example operation, its connections marked @connection, and refetchable fragments', async () => {
    const operations = asRelayOperations(EXAMPLE_OPERATIONS);
    expect(operations.filter((op) => op.includes('@connection')).length).toBeGreaterThanOrEqual(5);
    await compile([...operations, ...REFETCHABLE]);
    expect(generatedText(`${MODULE}SearchKrasnoarmyskQuery`)).toMatch(/pageInfo \{\s+endCursor\s+hasNextPage\s+\}/);
  });

  it('its refetch queries run unchanged through node(id), for an entity and for a relation', async () => {
    const pokrovsk = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
    const entity = await api.run(generatedText(`${MODULE}EntityRelationsRefetchQuery`), { id: pokrovsk, first: 5 });
    expect(entity.errors).toBeUndefined();
    const relation = entity.data!['node'].relations.edges[0].node;
    expect(relation).toMatchObject({ type: 'LOCATED_IN', direction: 'OUT', other: { name: 'Donetsk Oblast' } });
    expect(entity.data!['node'].relations.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });

    const refetched = await api.run(generatedText(`${MODULE}RelationRefetchQuery`), { id: relation.id });
    expect(refetched.errors).toBeUndefined();
    expect(refetched.data!['node']).toEqual({ __typename: 'Relation', ...relation });
  });
});
