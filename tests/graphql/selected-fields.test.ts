import { readFileSync } from 'node:fs';

import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { SelectedFields } from '../../src/graph/selection.js';
import { selectedFields } from '../../src/graphql/selected-fields.js';

/** What an operation selects of each kind of row, from the published SDL, without Neo4j. */
const schema = buildSchema(readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8'));
const selectedOf = (query: string) => new SelectedFields(selectedFields(schema, parse(query)));
const sorted = (fields: ReadonlySet<string> | null) => [...(fields ?? [])].sort();

describe('selected fields', () => {
  it('follows fragments, aliases and inline fragments on unions and interfaces', () => {
    const selected = selectedOf(`
      query { entity(id: "x") { ...E other: names { form } relations { edges { node { type other { ... on Place { population } } } } } } }
      fragment E on Entity { name }
      query Path { connection(from: "a", to: "b") { hops { from { __typename ... on Event { type } ... on Claim { quote } } articles(first: 2) { title } } } }`);
    expect(sorted(selected.of('Entity'))).toEqual(['name', 'names', 'population', 'relations']);
    expect(sorted(selected.of('Name'))).toEqual(['form']);
    expect(sorted(selected.of('Relation'))).toEqual(['other', 'type']);
    expect(sorted(selected.of('Event'))).toEqual(['type']);
    expect(sorted(selected.of('Claim'))).toEqual(['quote']);
    expect(sorted(selected.of('Article'))).toEqual(['title']);
    expect(sorted(selected.of('Mention'))).toEqual([]);
  });

  it('counts a field asked on an interface that spans kinds of row under each of them', () => {
    const selected = selectedOf('{ n: node(id: "x") { id ... on Stamped { updatedAt } } }');
    for (const kind of ['Article', 'Claim', 'Event', 'Entity'] as const)
      expect(sorted(selected.of(kind)), kind).toEqual(['id', 'updatedAt']);
    expect(sorted(selected.of('Mention'))).toEqual(['id']);
  });

  it("adds what a field's resolver reads of other rows", () => {
    const selected = selectedOf(
      '{ events { edges { node { label } } } entity(id: "x") { ... on Person { nameAt(date: "2020-01-01") { form } } } }',
    );
    // The label names the event's place; nameAt picks among every form of the name.
    expect(sorted(selected.of('Entity'))).toEqual(['name', 'nameAt']);
    expect(sorted(selected.of('Name'))).toEqual(['form', 'kind', 'language', 'script', 'usedBy', 'usedFrom', 'usedUntil']);
  });

  it('is unknown before the operation is: rows are then read whole', () => {
    expect(new SelectedFields().of('Entity')).toBeNull();
  });
});
