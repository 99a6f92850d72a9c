// The checksums file (`sha256sum` format) and the attest-build-provenance subject limit.
import { UserError } from '../plumbing/errors.js';

/** actions/attest-build-provenance refuses more subjects than this in one attestation. */
export const MAX_ATTESTATION_SUBJECTS = 1024;

export interface ChecksumEntry {
  /** Bare file name, no directory. */
  name: string;
  /** Lower-case hex SHA-256. */
  sha256: string;
}

function compareNames(a: ChecksumEntry, b: ChecksumEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * `<sha256>  <name>` lines (two spaces: sha256sum's text mode), sorted by name, newline-terminated.
 * Bare names, so `sha256sum --check --ignore-missing` works in any folder holding some of the files.
 */
export function formatChecksums(entries: readonly ChecksumEntry[]): string {
  const sorted = [...entries].sort(compareNames);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].name === sorted[i - 1].name) throw new Error(`formatChecksums: ${sorted[i].name} listed twice`);
  }
  return sorted.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}

/** One `sha256sum` line (`<hex>  name`, or `<hex> *name` in binary mode), or undefined for anything else. */
export function parseChecksumLine(line: string): ChecksumEntry | undefined {
  const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
  return match ? { sha256: match[1], name: match[2] } : undefined;
}

/** Parse a checksums file back (lines it does not understand are ignored). */
export function parseChecksums(text: string): ChecksumEntry[] {
  return text.split('\n').flatMap((line) => parseChecksumLine(line) ?? []);
}

/**
 * The content for attest-build-provenance's `subject-checksums` input (the same sha256sum format),
 * failing clearly when there are more subjects than it accepts.
 */
export function subjectChecksums(entries: readonly ChecksumEntry[]): string {
  if (entries.length > MAX_ATTESTATION_SUBJECTS) {
    throw new UserError(
      `${entries.length} archives exceed the ${MAX_ATTESTATION_SUBJECTS} subjects actions/attest-build-provenance accepts in one attestation; split the platforms across several runs`,
      { value: entries.length, valid: `at most ${MAX_ATTESTATION_SUBJECTS} archives` },
    );
  }
  return formatChecksums(entries);
}
