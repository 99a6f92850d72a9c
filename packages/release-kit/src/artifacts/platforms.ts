// Which platforms exist, how a binary's file name tells its platform, and per-OS archive formats.
import { UserError, invalidInput, showValue } from '../plumbing/errors.js';

/** Operating systems, spelled as Go's GOOS (what goreleaser and most release pipelines use). */
export const VALID_OS = [
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'illumos',
  'ios',
  'js',
  'linux',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
] as const;

/** Architectures, spelled as Go's GOARCH. */
export const VALID_ARCH = [
  '386',
  'amd64',
  'arm',
  'arm64',
  'loong64',
  'mips',
  'mips64',
  'mips64le',
  'mipsle',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390x',
  'wasm',
] as const;

export type Os = (typeof VALID_OS)[number];
export type Arch = (typeof VALID_ARCH)[number];

export const ARCHIVE_FORMATS = ['tar.gz', 'zip'] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

export interface Platform {
  os: Os;
  arch: Arch;
}

export function isOs(value: string): value is Os {
  return (VALID_OS as readonly string[]).includes(value);
}

export function isArch(value: string): value is Arch {
  return (VALID_ARCH as readonly string[]).includes(value);
}

/** `linux/amd64` */
export function platformKey(platform: Platform): string {
  return `${platform.os}/${platform.arch}`;
}

/**
 * The naming rule for `files`: a base name ends in `<sep><os><sep><arch>`, optionally followed by
 * `.exe`, where `<sep>` is `-` or `_` and os/arch are GOOS/GOARCH values; e.g. `krt-linux-amd64`,
 * `krt_darwin_arm64`, `krt-windows-amd64.exe`. The last two tokens count, so a stem may itself hold
 * dashes (`krt-cli-linux-amd64`). Returns undefined when the name does not follow the rule.
 */
export function platformFromFileName(baseName: string): Platform | undefined {
  const match = /^(.+)[-_]([a-z0-9]+)[-_]([a-z0-9]+)(\.exe)?$/.exec(baseName);
  if (!match) return undefined;
  const [, , os, arch] = match;
  if (!isOs(os) || !isArch(arch)) return undefined;
  return { os, arch };
}

/** Why a file name does not follow the naming rule, for the one-line error. */
export function namingRuleHint(baseName: string): string {
  const match = /^(.+)[-_]([a-z0-9]+)[-_]([a-z0-9]+)(\.exe)?$/i.exec(baseName);
  const rule =
    'a name ending in -<os>-<arch> or _<os>_<arch> (optionally .exe), e.g. krt-linux-amd64, krt_darwin_arm64, krt-windows-amd64.exe';
  if (!match) return rule;
  const [, , os, arch] = match;
  if (!isOs(os)) return `${rule}; ${showValue(os)} is not an OS (valid: ${VALID_OS.join(', ')})`;
  if (!isArch(arch)) return `${rule}; ${showValue(arch)} is not an architecture (valid: ${VALID_ARCH.join(', ')})`;
  return rule;
}

/** Parse `os/arch`, naming `input` and listing valid values when either half is unknown. */
export function parsePlatform(text: string, input: string): Platform {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text.trim());
  if (!match) throw invalidInput(input, text, 'os/arch, e.g. linux/amd64');
  const [, os, arch] = match;
  if (!isOs(os)) throw invalidInput(input, text, `a known OS before the slash (${VALID_OS.join(', ')})`);
  if (!isArch(arch)) throw invalidInput(input, text, `a known architecture after the slash (${VALID_ARCH.join(', ')})`);
  return { os, arch };
}

/** Archive formats per OS: a default plus overrides. */
export interface FormatChoice {
  default: ArchiveFormat;
  byOs: Partial<Record<Os, ArchiveFormat>>;
}

function parseFormat(value: string, input: string, whole: string): ArchiveFormat {
  if ((ARCHIVE_FORMATS as readonly string[]).includes(value)) return value as ArchiveFormat;
  throw invalidInput(
    input,
    whole,
    `a format of ${ARCHIVE_FORMATS.join(' or ')} (alone, or as os=format lines such as windows=zip)`,
  );
}

/**
 * Parse the `format` input: lines that are either a bare format (the default for every OS) or
 * `os=format` (that OS only), e.g. `windows=zip`. Empty means tar.gz everywhere.
 */
export function parseFormats(lines: readonly string[], input = 'format'): FormatChoice {
  const choice: FormatChoice = { default: 'tar.gz', byOs: {} };
  let sawDefault = false;
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq < 0) {
      if (sawDefault)
        throw invalidInput(input, line, 'at most one bare default format; use os=format lines for the rest');
      choice.default = parseFormat(line.trim(), input, line);
      sawDefault = true;
      continue;
    }
    const os = line.slice(0, eq).trim();
    const format = line.slice(eq + 1).trim();
    if (!isOs(os)) throw invalidInput(input, line, `os=format with a known OS (${VALID_OS.join(', ')})`);
    if (choice.byOs[os])
      throw new UserError(
        `input '${input}' gives ${os} a format twice (${showValue(line)}); expected one line per OS`,
        { input, value: line },
      );
    choice.byOs[os] = parseFormat(format, input, line);
  }
  return choice;
}

export function formatFor(choice: FormatChoice, os: Os): ArchiveFormat {
  return choice.byOs[os] ?? choice.default;
}
