/** A TypeScript enum-like object from a readonly list, so GraphQL enums reuse the graph vocabulary. */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

/** registerEnumType's valuesConfig from a table of what each value means, so the docs describe every value. */
export function describedValues<K extends string>(meanings: Record<K, string>): Record<K, { description: string }> {
  return Object.fromEntries(Object.entries<string>(meanings).map(([value, description]) => [value, { description }])) as Record<
    K,
    { description: string }
  >;
}
