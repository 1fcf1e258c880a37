/** The API, on this page's own origin: a JSON POST, which the CSRF rule lets through (src/app/csrf.ts). */
const ENDPOINT = '/';

/** The operation's data; an error the API reports becomes a thrown Error with its message and code. */
export async function ask(query, variables) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await response.json();
  if (errors?.length) throw new Error(errors.map(({ message, extensions }) => `${message} (${extensions?.code ?? 'error'})`).join('; '));
  return data;
}
