/** A TypeScript enum-like object from a readonly list, so GraphQL enums reuse the graph vocabulary. */
export function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}
