/**
 * One loader per distinct set of field arguments, made on first use: the same field with the
 * same arguments under many parents then shares one loader, so one statement.
 */
export function perArguments<A, L>(make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    if (!made.has(key)) made.set(key, make(args));
    return made.get(key)!;
  };
}
