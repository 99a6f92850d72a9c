// Registry authentication grammar: WWW-Authenticate challenges, token scopes, Basic headers.

/** One parsed `WWW-Authenticate` challenge, e.g. `Bearer realm="…",service="…",scope="…"`. */
export interface AuthChallenge {
  /** Lower-cased: `bearer` or `basic` (others are kept but not understood). */
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parse a `WWW-Authenticate` value (RFC 7235: scheme, then comma-separated auth-params whose values
 * are tokens or quoted strings with backslash escapes). Several challenges in one header are split
 * on a scheme name that follows a comma. Hand-written because the grammar is small and no maintained
 * npm package parses it without pulling in a whole HTTP framework.
 */
export function parseChallenges(header: string | null | undefined): AuthChallenge[] {
  if (!header) return [];
  const challenges: AuthChallenge[] = [];
  let position = 0;
  const text = header;
  const skipSpaces = () => {
    while (position < text.length && /[\s,]/.test(text[position])) position += 1;
  };
  const readToken = () => {
    const start = position;
    while (position < text.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[position])) position += 1;
    return text.slice(start, position);
  };
  while (position < text.length) {
    skipSpaces();
    const scheme = readToken();
    if (!scheme) break;
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      while (position < text.length && /\s/.test(text[position])) position += 1;
      const save = position;
      const name = readToken();
      while (position < text.length && /\s/.test(text[position])) position += 1;
      if (!name || text[position] !== '=') {
        // Not `name=`: either the next challenge's scheme or the end.
        position = save;
        break;
      }
      position += 1;
      while (position < text.length && /\s/.test(text[position])) position += 1;
      let value = '';
      if (text[position] === '"') {
        position += 1;
        while (position < text.length && text[position] !== '"') {
          if (text[position] === '\\' && position + 1 < text.length) position += 1;
          value += text[position];
          position += 1;
        }
        position += 1;
      } else {
        value = readToken();
      }
      challenge.params[name.toLowerCase()] = value;
      while (position < text.length && /\s/.test(text[position])) position += 1;
      if (text[position] === ',') position += 1;
      else break;
    }
  }
  return challenges;
}

/** The challenge to answer: Bearer if offered, else Basic, else none we understand. */
export function pickChallenge(challenges: AuthChallenge[]): AuthChallenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

/** `Basic base64(user:password)`. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
