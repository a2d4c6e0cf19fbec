// Mentions in discussion bodies are written `@[Prénom Nom](user-uuid)`: the name shows who is
// meant (spaces and accents allowed), the id says whom to notify. The web composer inserts them;
// the server notifies only the community's members among the ids.

const MENTION =
  /@\[([^\]\n]{1,120})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** The token for a person; brackets and parentheses are dropped from the name. */
export function mentionToken(name: string, id: string): string {
  const clean = name
    .replace(/[[\]()\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `@[${clean}](${id.toLowerCase()})`;
}

/** Distinct ids mentioned in a body, lower-cased. */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => (m[2] ?? '').toLowerCase()))];
}

/** Replaces each token by what `render(name, id)` returns (e.g. plain `@Name`). */
export function replaceMentions(body: string, render: (name: string, id: string) => string) {
  return body.replace(MENTION, (_match, name: string, id: string) => render(name, id));
}
