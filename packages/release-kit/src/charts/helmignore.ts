// .helmignore as helm reads it (helm/helm pkg/ignore/rules.go), down to Go's filepath.Match.
import { UserError } from '../plumbing/errors.js';

/** The name helm looks for at the chart root. */
export const HELMIGNORE = '.helmignore';

/** What Go calls filepath.ErrBadPattern. */
export class BadPattern extends Error {}

/**
 * Go's `path/filepath.Match` on a Unix system, ported from the Go standard library.
 *
 * Hand-written on purpose: .helmignore patterns are Go globs, and no JavaScript glob library has
 * the same semantics. picomatch and minimatch treat dotfiles specially, accept `!` for class
 * negation, expand braces and `**`, and accept patterns Go rejects (`[]a]`, `[a-]`, a trailing
 * `\`). Go matches `*` and `?` against anything but `/`, negates classes with `^` only, and fails
 * malformed patterns with ErrBadPattern even when the match already failed. Mirroring the algorithm
 * (chunks split at `*`, backtracking over one star at a time) gives the same answers.
 * Throws BadPattern where Go returns ErrBadPattern.
 */
export function goFilepathMatch(pattern: string, name: string): boolean {
  let pat = Array.from(pattern);
  let rest = Array.from(name);
  patternLoop: while (pat.length > 0) {
    const scanned = scanChunk(pat);
    const { star, chunk } = scanned;
    pat = scanned.rest;
    if (star && chunk.length === 0) {
      // A trailing * matches the rest of the name unless it holds a separator.
      return !rest.includes('/');
    }
    const here = matchChunk(chunk, rest);
    // The last chunk must use up the name, else a later star position could still match.
    if (here !== null && (here.length === 0 || pat.length > 0)) {
      rest = here;
      continue;
    }
    if (star) {
      // Let the star swallow one more character at a time, never a separator.
      for (let i = 0; i < rest.length && rest[i] !== '/'; i++) {
        const t = matchChunk(chunk, rest.slice(i + 1));
        if (t !== null) {
          if (pat.length === 0 && t.length > 0) continue;
          rest = t;
          continue patternLoop;
        }
      }
    }
    // Before answering "no match", Go checks that the rest of the pattern is well formed.
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.rest;
      matchChunk(next.chunk, []);
    }
    return false;
  }
  return rest.length === 0;
}

function scanChunk(pattern: string[]): { star: boolean; chunk: string[]; rest: string[] } {
  let star = false;
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') {
    start++;
    star = true;
  }
  const p = pattern.slice(start);
  let inRange = false;
  let i = 0;
  scan: for (; i < p.length; i++) {
    switch (p[i]) {
      case '\\':
        if (i + 1 < p.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}

/** The rest of `s` after `chunk` matched its start, or null; throws BadPattern on a malformed chunk. */
function matchChunk(chunkIn: string[], sIn: string[]): string[] | null {
  let chunk = chunkIn;
  let s = sIn;
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    switch (chunk[0]) {
      case '[': {
        let r = '';
        if (!failed) {
          r = s[0];
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
        let negated = false;
        if (chunk.length > 0 && chunk[0] === '^') {
          negated = true;
          chunk = chunk.slice(1);
        }
        let match = false;
        let ranges = 0;
        for (;;) {
          if (chunk.length > 0 && chunk[0] === ']' && ranges > 0) {
            chunk = chunk.slice(1);
            break;
          }
          const lo = getEsc(chunk);
          chunk = lo.rest;
          let hi = lo.char;
          if (chunk[0] === '-') {
            const h = getEsc(chunk.slice(1));
            chunk = h.rest;
            hi = h.char;
          }
          if (!failed && codePoint(lo.char) <= codePoint(r) && codePoint(r) <= codePoint(hi)) match = true;
          ranges++;
        }
        if (match === negated) failed = true;
        break;
      }
      case '?':
        if (!failed) {
          if (s[0] === '/') failed = true;
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
        break;
      default:
        // A backslash escapes the next character, which is then matched literally.
        if (chunk[0] === '\\') {
          chunk = chunk.slice(1);
          if (chunk.length === 0) throw new BadPattern();
        }
        if (!failed) {
          if (chunk[0] !== s[0]) failed = true;
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
    }
  }
  return failed ? null : s;
}

function getEsc(chunkIn: string[]): { char: string; rest: string[] } {
  let chunk = chunkIn;
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') throw new BadPattern();
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) throw new BadPattern();
  }
  const char = chunk[0];
  const rest = chunk.slice(1);
  if (rest.length === 0) throw new BadPattern();
  return { char, rest };
}

function codePoint(c: string): number {
  return c.codePointAt(0) ?? 0;
}

interface Pattern {
  raw: string;
  negate: boolean;
  mustDir: boolean;
  match: (path: string) => boolean;
}

/** Parsed .helmignore rules; `ignores` answers as helm's `Rules.Ignore` does. */
export class HelmignoreRules {
  private readonly patterns: Pattern[] = [];

  /** The rule helm always adds: dotfiles directly in templates/. */
  addDefaults(): void {
    this.addRule('templates/.?*');
  }

  /** How many rules are in force (comments and blank lines excluded). */
  get size(): number {
    return this.patterns.length;
  }

  /**
   * Parse one line. Returns an error message for a rule helm refuses (`**`, a malformed glob),
   * undefined otherwise.
   */
  addRule(line: string): string | undefined {
    let rule = line.trim();
    if (rule === '' || rule.startsWith('#')) return undefined;
    if (rule.includes('**')) return 'double-star (**) syntax is not supported';
    try {
      // Go compiles the rule by matching it against a non-empty name; so do we.
      goFilepathMatch(rule, 'abc');
    } catch (error) {
      if (error instanceof BadPattern) return 'syntax error in pattern';
      throw error;
    }
    const pattern: Pattern = { raw: rule, negate: false, mustDir: false, match: () => false };
    if (rule.startsWith('!')) {
      pattern.negate = true;
      rule = rule.slice(1);
    }
    // A trailing slash means "directories only"; the slash itself is not part of the match.
    if (rule.endsWith('/')) {
      pattern.mustDir = true;
      rule = rule.slice(0, -1);
    }
    const glob = rule.startsWith('/') ? rule.slice(1) : rule;
    const structural = rule.startsWith('/') || rule.includes('/');
    pattern.match = (path: string) => {
      try {
        return goFilepathMatch(glob, structural ? path : baseName(path));
      } catch {
        return false; // helm logs "Failed to compile" and treats it as no match
      }
    };
    this.patterns.push(pattern);
    return undefined;
  }

  /**
   * True when `path` (slash-separated, relative to the chart root) is ignored. Rules are tried in
   * order and the first match decides. A negated rule ignores everything it does NOT match (helm's
   * own reading of `!`, kept as is so that our archive holds what helm's would).
   */
  ignores(path: string, isDirectory: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const p of this.patterns) {
      if (p.negate) {
        if (p.mustDir && !isDirectory) return true;
        if (!p.match(path)) return true;
        continue;
      }
      if (p.mustDir && !isDirectory) continue;
      if (p.match(path)) return true;
    }
    return false;
  }
}

/**
 * Parse a .helmignore file. A bad rule is a UserError naming the file and line, as `helm package`
 * fails on it too.
 */
export function parseHelmignore(text: string, file = HELMIGNORE): HelmignoreRules {
  const rules = new HelmignoreRules();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const problem = rules.addRule(lines[i]);
    if (problem) {
      throw new UserError(
        `${file}:${i + 1}: rule ${JSON.stringify(lines[i].trim())} is invalid: ${problem}; expected Go filepath.Match globs without **`,
        {
          value: lines[i].trim(),
          valid: 'Go filepath.Match globs without **',
          location: { file, line: i + 1 },
        },
      );
    }
  }
  return rules;
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? trimmed : trimmed.slice(i + 1);
}
