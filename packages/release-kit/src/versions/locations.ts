// Finding a version inside one file (YAML key, JSON key or text pattern) and rewriting only it.
// Every edit splices the original text at the value's source range, so comments, quoting, key
// order, indentation and the trailing newline survive byte for byte.
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { locateScalar } from '../charts/chartfile-edit.js';
import { UserError, showValue } from '../plumbing/errors.js';
import type { VersionLocationSpec } from './config.js';
import { lineOf } from './text.js';

/** One occurrence of a version in a file: its value and where its source text sits. */
export interface VersionOccurrence {
  value: string;
  /** Offsets of the value itself (without quotes) in the file text. */
  start: number;
  end: number;
  line: number;
}

/** How the file is treated: by its extension when a key is used, as text for a pattern. */
export function locationKind(spec: VersionLocationSpec): 'yaml' | 'json' | 'pattern' {
  if (spec.pattern !== undefined) return 'pattern';
  return /\.(json|jsonc|json5)$/i.test(spec.file) ? 'json' : 'yaml';
}

/** What a location is within its file, for messages that carry the file as their location: `key appVersion`. */
export function describeInFile(spec: VersionLocationSpec): string {
  return spec.pattern !== undefined ? `pattern ${spec.pattern}` : `key ${spec.key}`;
}

/**
 * The occurrences of `spec` in `text` (one for a key, one or more for a pattern). A missing key, a
 * pattern that matches nothing, or a value that is not a plain string is a UserError on the file.
 */
export function findOccurrences(spec: VersionLocationSpec, text: string): VersionOccurrence[] {
  switch (locationKind(spec)) {
    case 'pattern':
      return findPattern(spec, text);
    case 'json':
      return [findJsonKey(spec, text)];
    default:
      return [findYamlKey(spec, text)];
  }
}

/** Replace every occurrence's value with `version`; everything else stays byte-identical. */
export function rewriteOccurrences(text: string, occurrences: readonly VersionOccurrence[], version: string): string {
  return spliceVersions(
    text,
    occurrences.map((occurrence) => ({ occurrence, version })),
  );
}

/** Splice several (non-overlapping) occurrences, each with its own new version. */
export function spliceVersions(
  text: string,
  edits: readonly { occurrence: VersionOccurrence; version: string }[],
): string {
  const sorted = [...edits].sort((a, b) => a.occurrence.start - b.occurrence.start);
  let out = '';
  let at = 0;
  for (const { occurrence, version } of sorted) {
    if (occurrence.start < at) throw new Error(`overlapping version edits at offset ${occurrence.start}`);
    out += text.slice(at, occurrence.start) + version;
    at = occurrence.end;
  }
  return out + text.slice(at);
}

/** A problem of the file: the message leaves the file and line to the location, which every renderer shows. */
function locationError(spec: VersionLocationSpec, message: string, line?: number): UserError {
  return new UserError(message, {
    input: 'config',
    value: spec.file,
    location: { file: spec.file, line: line ?? 1 },
  });
}

function keySegments(key: string): string[] {
  return key.split('.');
}

function findYamlKey(spec: VersionLocationSpec, text: string): VersionOccurrence {
  // The YAML side (Chart.yaml above all) is located by the one Chart.yaml editor, charts/chartfile-edit.ts.
  const found = locateScalar(text, keySegments(spec.key!));
  if ('problem' in found) throw locationError(spec, found.problem, found.line);
  return found;
}

function findJsonKey(spec: VersionLocationSpec, text: string): VersionOccurrence {
  const errors: ParseError[] = [];
  // A BOM is no JSON token (npm and editors skip it): parse it as a space, so every offset still points into `text`.
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length)
    throw locationError(spec, 'not valid JSON', errors.length ? lineOf(text, errors[0].offset) : 1);
  const duplicate = firstDuplicateKey(root);
  if (duplicate) {
    throw locationError(
      spec,
      `duplicate key ${JSON.stringify(duplicate.value)} in one object; tools disagree on which one counts (JSON.parse takes the last), so keep one`,
      lineOf(text, duplicate.offset),
    );
  }
  let node: JsonNode | undefined = root;
  // Walked by hand because findNodeAtLocation wants numbers for array indices and the key path is text.
  for (const segment of keySegments(spec.key!)) {
    if (node?.type === 'object') {
      node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
    } else if (node?.type === 'array' && /^\d+$/.test(segment)) {
      node = node.children?.[Number(segment)];
    } else {
      node = undefined;
    }
    if (!node) break;
  }
  if (!node) throw locationError(spec, `key ${spec.key} not found`);
  const line = lineOf(text, node.offset);
  if (node.type !== 'string') {
    throw locationError(
      spec,
      `key ${spec.key} holds ${showValue(text.slice(node.offset, node.offset + node.length))}, expected a version string`,
      line,
    );
  }
  const source = text.slice(node.offset, node.offset + node.length);
  if (source !== JSON.stringify(node.value))
    throw locationError(spec, `key ${spec.key} holds an escaped string ${showValue(source)}`, line);
  return { value: node.value as string, start: node.offset + 1, end: node.offset + node.length - 1, line };
}

/** The first key that an object of the tree holds twice (the second one), depth first. */
function firstDuplicateKey(node: JsonNode): JsonNode | undefined {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key && seen.has(key.value as string)) return key;
      if (key) seen.add(key.value as string);
    }
  }
  for (const child of node.children ?? []) {
    const found = firstDuplicateKey(child);
    if (found) return found;
  }
  return undefined;
}

function findPattern(spec: VersionLocationSpec, text: string): VersionOccurrence[] {
  const found = patternOccurrences(spec, text);
  if (found.length === 0) throw locationError(spec, `pattern ${spec.pattern} matches nothing`);
  return found;
}

/** Every match of a pattern location in `text` (its first group), none being no error. */
export function patternOccurrences(spec: VersionLocationSpec, text: string): VersionOccurrence[] {
  const re = new RegExp(spec.pattern!, 'dgm');
  const found: VersionOccurrence[] = [];
  for (const match of text.matchAll(re)) {
    const span = match.indices?.[1];
    if (!span) continue; // the group did not take part in this match
    found.push({ value: match[1], start: span[0], end: span[1], line: lineOf(text, span[0]) });
    if (found.length > 10_000) break;
  }
  return found;
}
