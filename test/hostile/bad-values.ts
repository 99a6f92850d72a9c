// Generators of input values that are wrong for their input, whatever else is true: a mode that is not
// one of the modes, a path that leaves the workspace, a version with no version in it. Every value is
// non-blank after trimming (a blank input means "the default", which is valid). Built around the
// pieces that break shells, templates, line formats and terminals.
import fc from 'fast-check';

/** Characters and fragments that break something somewhere. */
const fragments = fc.constantFrom(
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b[31m',
  '\u202e',
  '\ufeff',
  '\ud800',
  ';',
  '$(id)',
  '`id`',
  '|',
  '&&',
  '>',
  '"',
  "'",
  '\\',
  '..',
  '../',
  '*',
  '?',
  '{{',
  '}}',
  '${{ github.token }}',
  '%0A',
  '::error::x',
  ' ',
  '=',
  ',',
  '#',
);

/** Text around hostile fragments, sometimes huge. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fragments, fc.string({ maxLength: 8 })).map((p) => p.join('')),
  },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 120_000 }).map((n) => `x${'\u00e9'.repeat(n)}`) },
);

const nonBlank = (v: string) => v.trim() !== '';
/**
 * For an input read as a list (Inputs.lines drops blank and `#` comment lines): some entry is left. A
 * value of only comments would be an empty list, which means "the default".
 */
const hasEntry = (v: string) => v.split(/\r?\n|,/).some((line) => line.trim() !== '' && !line.trim().startsWith('#'));
/** A control character (C0 or DEL) anywhere in `v`. */
const hasControl = (v: string) => [...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/** Not one of `choices` (as given or trimmed). */
export function notOneOf(choices: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      hostileText,
      fc.constantFrom(...choices).map((c) => `${c}x`),
      fc.constantFrom(...choices).map((c) => c.toUpperCase()),
      fc.constantFrom(...choices).map((c) => `${c},${c}`),
    )
    .filter((v) => nonBlank(v) && !choices.includes(v.trim()));
}

/**
 * For a list input (lines, or commas too): some entry is not one of `choices` (Inputs.lines drops
 * blank and `#` comment lines, so those alone would mean "the default").
 */
export function notAllOf(choices: readonly string[]): fc.Arbitrary<string> {
  const entries = (v: string) =>
    v
      .split(/\r?\n|,/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  return notOneOf(choices).filter((v) => entries(v).some((entry) => !choices.includes(entry)));
}

/** Not true or false in any spelling Inputs.boolean accepts. */
export const notBoolean = notOneOf(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** No X.Y.Z anywhere in it: no version at all. */
export const notAVersion: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.constantFrom('1', '1.2', 'v', 'latest', '1.2.x', 'one.two.three', '01.02', 'v1.2', '1..2', '1.2.3.'.slice(0, 4)),
  )
  .filter((v) => nonBlank(v) && !/\d+\.\d+\.\d+/.test(v));

/** No digit at all: not a version even to helm, which reads `1` and `v1.2` as versions. */
export const notAnyVersion: fc.Arbitrary<string> = fc
  .oneof(hostileText, fc.constantFrom('latest', 'v', 'one.two.three', 'x.y.z', 'stable'))
  .filter((v) => nonBlank(v) && !/\d/.test(v));

/** A path that leaves the workspace, names nothing, or cannot be a file name. */
export const badPath: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ maxLength: 8 }).map((s) => `../${s}outside`),
    fc.string({ maxLength: 8 }).map((s) => `a/../../${s}x`),
    fc.constantFrom('/etc/passwd', '/proc/self/environ', '/dev/zero', '~/.ssh/id_rsa', '..'),
    fc.string({ maxLength: 8 }).map((s) => `no-such-${s}.file`),
    // A control character inside the name (at either end it would be trimmed away).
    fc.constantFrom('\u0000', '\n', '\r', '\u001b').map((c) => `CHANGE${c}LOG.md`),
    // Longer than PATH_MAX (4096) in a few long components, or one component over NAME_MAX (255).
    fc.integer({ min: 17, max: 40 }).map((n) => `${'d'.repeat(250)}/`.repeat(n)),
    fc.integer({ min: 256, max: 1_000 }).map((n) => 'n'.repeat(n)),
  )
  .filter(nonBlank);

/** A path to write that leaves the workspace or cannot be a file name (a new name inside is fine). */
export const escapingPath: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ maxLength: 8 }).map((s) => `../${s}outside`),
    fc.string({ maxLength: 8 }).map((s) => `a/../../${s}x`),
    fc.constantFrom('/etc/passwd', '/proc/self/environ', '..'),
    fc.constantFrom('\u0000', '\n', '\r').map((c) => `notes${c}x.md`),
  )
  .filter(nonBlank);

/** Not a whole number in range. */
export const notAnInteger: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('-1', '1e3', '3.5', '0x10', '99999999999999999999', 'four', '1,2', '+-1'),
    hostileText.filter((v) => !/^\s*-?\d+\s*$/.test(v)),
  )
  .filter(nonBlank);

/** Not OWNER/REPO. */
export const notARepository: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.constantFrom('owner', 'owner/', '/repo', 'a/b/c', '-x/y', 'o w/r', 'owner/re po', `${'o'.repeat(40)}/r`),
  )
  .filter((v) => nonBlank(v) && !/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(v.trim()));

/** Not a tag git would take (a space, `..`, `~^:?*[\`, a control character, a leading `-`). */
export const notATag: fc.Arbitrary<string> = fc
  .oneof(
    fc
      .tuple(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(' ', '..', '~', '^', ':', '?', '*', '[', '\\', '\u0000', '\n', '@{'),
        fc.string({ maxLength: 6 }),
      )
      .map((p) => `v1.0.0${p.join('')}`),
    fc.constantFrom('-v1.0.0', '.v1', 'v1.lock', 'v1/', '/v1', '@'),
  )
  .filter(
    (v) => nonBlank(v) && (hasControl(v.trim()) || /[\s~^:?*[\\]|\.\.|@\{|^[-.]|\.lock$|\/$|^\/|^@$/.test(v.trim())),
  );

/** Not an `oci://HOST/PATH` registry. */
export const notARegistry: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.constantFrom(
      'ghcr.io/acme',
      'http://ghcr.io/acme',
      'oci://',
      'oci:///x',
      'oci://ghcr.io/../x',
      'oci://GHCR IO/x',
      'oci://host:99999/x',
    ),
  )
  .filter((v) => nonBlank(v) && !/^oci:\/\/[a-z0-9.-]+(:\d{1,5})?\/[a-z0-9._/-]+$/.test(v.trim()));

/** Not an image reference (or one with a tag where a name is wanted). */
export const notAnImage: fc.Arbitrary<string> = fc
  .oneof(
    // Read as lines: some line (not a comment) has what no reference may hold.
    hostileText.filter((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .some((line) => line !== '' && !line.startsWith('#') && /[\s"'`$;|&<>\\{}]|[A-Z]/.test(line)),
    ),
    fc.constantFrom(
      'ghcr.io/Acme/App',
      'ghcr.io/acme/app@sha256:abc',
      'ghcr.io//app',
      'ghcr.io/acme/app:',
      ':tag',
      'a b',
    ),
  )
  .filter((v) => nonBlank(v) && hasEntry(v));

/** Not YYYY-MM-DD (or no such day). */
export const notADate: fc.Arbitrary<string> = fc
  .oneof(hostileText, fc.constantFrom('2026-13-01', '2026-02-30', '26-01-01', '2026/01/01', 'today', '2026-1-1'))
  .filter(
    (v) => (nonBlank(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) || ['2026-13-01', '2026-02-30'].includes(v.trim()),
  );

/** A revision that names nothing here (`@` or `main~1` would name something): unknown names, control characters. */
export const notARevision: fc.Arbitrary<string> = fc
  .oneof(
    fc.stringMatching(/^[a-z0-9]{1,12}$/).map((s) => `no-such-ref-${s}`),
    fc.constantFrom('\u0000', '\n', '\u001b', ' ').map((c) => `origin/main${c}x`),
    fc.constantFrom('-v1.0.0', '--output=/tmp/x', 'refs/heads/../x'),
  )
  .filter(nonBlank);

/** A URL that is no http(s) URL. */
export const notAnHttpUrl: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.constantFrom('javascript:alert(1)', 'ftp://x/y', 'file:///etc/passwd', '//x', 'http//x', 'https://'),
  )
  .filter((v) => nonBlank(v) && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(v.trim()));

/** Text with a control character or a path separator inside it (not at an end, where trimming drops it). */
export const controlText: fc.Arbitrary<string> = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
    fc.constantFrom('\u0000', '\n', '\r', '\u001b', '/', '..'),
    fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
  )
  .map((p) => p.join(''));

/** Not a bare registry host (a scheme, a path, a space, a bad port): `ghcr.io` and `127.0.0.1:5000` are hosts. */
export const notARegistryHost: fc.Arbitrary<string> = fc
  .oneof(
    hostileText,
    fc.constantFrom(
      'https://ghcr.io',
      'ghcr.io/acme',
      'oci://ghcr.io',
      'ghcr io',
      'ghcr.io:',
      'ghcr.io:123456',
      '-ghcr.io',
    ),
  )
  .filter(
    (v) =>
      nonBlank(v) &&
      !/^(?:[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(
        v.trim(),
      ),
  );
