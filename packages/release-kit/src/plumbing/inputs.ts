// Typed input parsing shared by the actions (INPUT_* variables) and the CLI (flags).
import { invalidInput } from './errors.js';

/** Where raw input strings come from: the runner's environment or parsed CLI flags. */
export type InputSource = (name: string) => string | undefined;

/** Reads inputs the way the runner passes them: INPUT_<NAME upper-cased, spaces as _>, hyphens kept. */
export function envInputSource(env: Readonly<Record<string, string | undefined>>): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

/** Inputs from a plain object, e.g. CLI flags already parsed. */
export function recordInputSource(values: Record<string, string | undefined>): InputSource {
  return (name) => values[name];
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** An input as its operation declares it: the one place its default is stated. */
export interface DeclaredInput {
  name: string;
  default?: string;
}

/**
 * Typed accessors over an InputSource. Every accessor validates and throws a UserError that names
 * the input, the value and what would be valid, so actions can parse everything up front. A value
 * left empty falls back to the input's declared default (the one in its InputSpec, which action.yml,
 * the README and --help repeat); an explicit fallback is only for defaults that depend on other
 * values (push defaults to tag).
 */
export class Inputs {
  private readonly declared?: ReadonlyMap<string, DeclaredInput>;

  constructor(
    private readonly source: InputSource,
    private readonly mask: (secret: string) => void = () => {},
    declared?: readonly DeclaredInput[],
  ) {
    if (declared) this.declared = new Map(declared.map((input) => [input.name, input]));
  }

  /** The declared default; reading an undeclared input is a bug in the operation, not the user's. */
  private declaredDefault(name: string): string | undefined {
    if (!this.declared) return undefined;
    const input = this.declared.get(name);
    if (!input) throw new Error(`input '${name}' is read but not declared in the operation's inputs`);
    return input.default;
  }

  private fallbackOf(name: string, fallback: string | undefined): string {
    const value = fallback ?? this.declaredDefault(name);
    if (value === undefined) throw new Error(`input '${name}' has no declared default and no fallback`);
    return value;
  }

  /** The trimmed value, or undefined when empty or absent. */
  optional(name: string): string | undefined {
    const raw = this.source(name);
    if (raw === undefined) return undefined;
    const value = raw.trim();
    return value === '' ? undefined : value;
  }

  string(name: string, fallback?: string): string {
    return this.optional(name) ?? this.fallbackOf(name, fallback);
  }

  required(name: string, valid = 'a non-empty value'): string {
    const value = this.optional(name);
    if (value === undefined) throw invalidInput(name, '', valid);
    return value;
  }

  /** A token or password: masked before anything else can print it. */
  secret(name: string): string | undefined {
    const raw = this.source(name);
    const value = raw?.trim();
    if (!value) return undefined;
    this.mask(value);
    if (raw && raw !== value) this.mask(raw);
    return value;
  }

  boolean(name: string, fallback?: boolean): boolean {
    const value = this.optional(name) ?? (fallback === undefined ? this.fallbackOf(name, undefined) : String(fallback));
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw invalidInput(name, value, 'true or false');
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback?: T): T {
    const value = this.optional(name) ?? this.fallbackOf(name, fallback);
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw invalidInput(name, value, `one of ${choices.join(', ')}`);
  }

  integer(
    name: string,
    { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = {},
    fallback?: number,
  ): number {
    const value = this.optional(name) ?? this.fallbackOf(name, fallback === undefined ? undefined : String(fallback));
    if (!/^-?\d+$/.test(value)) throw invalidInput(name, value, `a whole number from ${min} to ${max}`);
    const n = Number(value);
    if (n < min || n > max) throw invalidInput(name, value, `a whole number from ${min} to ${max}`);
    return n;
  }

  /**
   * Non-empty, trimmed lines; `#` comment lines are dropped. Commas also separate when `commas`, but
   * only at the top level: a glob's `{a,b}` or `[,]` stays one item.
   */
  lines(name: string, { commas = false } = {}): string[] {
    const raw = this.source(name) ?? '';
    return raw
      .split(/\r?\n/)
      .flatMap((line) => (commas ? splitTopLevelCommas(line) : [line]))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  }
}

/** Split on commas outside `{…}` and `[…]`. */
function splitTopLevelCommas(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(line.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}
