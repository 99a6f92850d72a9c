// What a release's notes tell users, read back from the published text: the image, chart and file
// tables, and every verification command in its code blocks. verify-release checks these claims
// against the release, the registries and the attestations API, so it tests what users are told.
//
// The commands are split into words by hand (a small POSIX shell-words reader: quotes, backslashes,
// line continuations); no library in the tree does it, and the notes only print simple commands.
import { isChartVersion } from '../charts/version.js';
import { isSha256Digest, parseReference, type OciReference } from '../oci/reference.js';

export interface ClaimedImage {
  /** As the table shows it: `ghcr.io/acme/app:1.0.0`. */
  shown: string;
  reference: OciReference;
  digest: string;
}

export interface ClaimedChart {
  /** `oci://ghcr.io/acme/charts/kruntimes` */
  location: string;
  reference: OciReference;
  version: string;
  digest?: string;
}

/** `cosign verify SUBJECT@DIGEST` with its identity options. */
export interface CosignClaim {
  command: string;
  reference: OciReference;
  digest: string;
  identity?: string;
  identityRegexp?: string;
  issuer?: string;
  workflowRepository?: string;
}

/** `gh attestation verify SUBJECT --repo R [--signer-workflow W | --signer-repo S] [--predicate-type P]`. */
export interface AttestationClaim {
  command: string;
  subject: { kind: 'file'; name: string } | { kind: 'image'; reference: OciReference; digest: string };
  repository?: string;
  signerWorkflow?: string;
  signerRepo?: string;
  predicateType?: string;
}

/** `helm upgrade --install NAME oci://…/NAME --version V` (or `helm install`, `helm pull`). */
export interface HelmClaim {
  command: string;
  location: string;
  version?: string;
}

export interface ReleaseClaims {
  images: ClaimedImage[];
  charts: ClaimedChart[];
  /** Files the notes name as release assets (the file table, the checksums and attestation commands). */
  files: string[];
  /** The file `sha256sum --check` is run on. */
  checksumsFile?: string;
  cosign: CosignClaim[];
  attestations: AttestationClaim[];
  helm: HelmClaim[];
  /** `gh release download TAG --repo R` */
  downloads: { command: string; tag?: string; repository?: string }[];
  /** Commands the notes print that cannot be checked as printed, one line each. */
  problems: string[];
}

/** Read the claims out of a release body. Never throws: what it cannot read is a problem. */
export function readReleaseClaims(body: string): ReleaseClaims {
  const claims: ReleaseClaims = {
    images: [],
    charts: [],
    files: [],
    cosign: [],
    attestations: [],
    helm: [],
    downloads: [],
    problems: [],
  };
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const addFile = (name: string) => {
    if (!claims.files.includes(name)) claims.files.push(name);
  };

  // Tables, outside code blocks: `| Image | Digest |`, `| Chart | Version | Digest |`, `| File |`.
  let fence: string | undefined;
  const code: string[][] = [];
  let block: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) {
        fence = fenceMatch[1][0];
        block = [];
      } else if (fenceMatch[1][0] === fence) {
        fence = undefined;
        code.push(block);
      }
      continue;
    }
    if (fence !== undefined) {
      block.push(line);
      continue;
    }
    if (!isTableRow(line) || !isTableRow(lines[i + 1] ?? '') || !/^\|[\s:|-]+\|$/.test(lines[i + 1].trim())) continue;
    const header = cells(line).map((c) => c.toLowerCase());
    let j = i + 2;
    for (; j < lines.length && isTableRow(lines[j]); j++) {
      const row = cells(lines[j]).map(unquoteCode);
      const at = (name: string) => row[header.indexOf(name)];
      if (header.join('|') === 'image|digest') readImageRow(claims, at('image'), at('digest'));
      else if (header.join('|') === 'chart|version|digest')
        readChartRow(claims, at('chart'), at('version'), at('digest'));
      else if (header.join('|') === 'file') addFile(at('file'));
    }
    i = j - 1;
  }

  for (const commandLines of code) {
    for (const command of joinContinuations(commandLines)) {
      const words = shellWords(command);
      if (!words || words.length === 0) continue;
      readCommand(claims, command.trim(), words, addFile);
    }
  }
  return claims;
}

function readImageRow(claims: ReleaseClaims, shown: string | undefined, digest: string | undefined): void {
  if (!shown || !digest) return;
  try {
    const reference = parseReference(shown, { requireTagOrDigest: false });
    if (!isSha256Digest(digest)) throw new Error('not a digest');
    claims.images.push({ shown, reference, digest });
  } catch {
    claims.problems.push(
      `the images table names ${JSON.stringify(shown)} with ${JSON.stringify(digest)}, which is not an image reference and digest`,
    );
  }
}

function readChartRow(
  claims: ReleaseClaims,
  location: string | undefined,
  version: string | undefined,
  digest: string | undefined,
): void {
  if (!location || !version) return;
  try {
    if (!location.startsWith('oci://') || !isChartVersion(version)) throw new Error('not a chart');
    const reference = parseReference(`${location}:${version.replace(/\+/g, '_')}`);
    const hasDigest = digest !== undefined && isSha256Digest(digest);
    claims.charts.push({ location, reference, version, ...(hasDigest ? { digest } : {}) });
  } catch {
    claims.problems.push(
      `the charts table names ${JSON.stringify(`${location} ${version}`)}, which is not an OCI chart and version`,
    );
  }
}

/** Options that take a value, and whether `--flag=value` is written instead. */
function options(words: readonly string[], start: number): { positionals: string[]; flags: Map<string, string> } {
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  for (let i = start; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      if (eq > 0) flags.set(word.slice(2, eq), word.slice(eq + 1));
      else if (i + 1 < words.length && !words[i + 1].startsWith('--')) flags.set(word.slice(2), words[++i]);
      else flags.set(word.slice(2), 'true');
    } else positionals.push(word);
  }
  return { positionals, flags };
}

function readCommand(claims: ReleaseClaims, command: string, words: string[], addFile: (name: string) => void): void {
  const [tool, sub, sub2] = words;
  if (tool === 'cosign' && sub === 'verify') {
    const { positionals, flags } = options(words, 2);
    const known = [
      'certificate-identity',
      'certificate-identity-regexp',
      'certificate-oidc-issuer',
      'certificate-github-workflow-repository',
    ];
    const unknown = [...flags.keys()].filter((f) => !known.includes(f));
    if (unknown.length || positionals.length !== 1) {
      claims.problems.push(
        `the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one image expected'})`,
      );
      return;
    }
    const subject = subjectReference(positionals[0]);
    if (!subject) {
      claims.problems.push(`the notes print \`${command}\`, which names no image by digest (a tag can move)`);
      return;
    }
    claims.cosign.push({
      command,
      ...subject,
      identity: flags.get('certificate-identity'),
      identityRegexp: flags.get('certificate-identity-regexp'),
      issuer: flags.get('certificate-oidc-issuer'),
      workflowRepository: flags.get('certificate-github-workflow-repository'),
    });
    return;
  }
  if (tool === 'gh' && sub === 'attestation' && sub2 === 'verify') {
    const { positionals, flags } = options(words, 3);
    const known = ['repo', 'signer-workflow', 'signer-repo', 'predicate-type', 'owner'];
    const unknown = [...flags.keys()].filter((f) => !known.includes(f));
    if (unknown.length || positionals.length !== 1) {
      claims.problems.push(
        `the notes print \`${command}\`, which verify-release cannot check as printed (${unknown.length ? `options ${unknown.map((f) => `--${f}`).join(', ')}` : 'one subject expected'})`,
      );
      return;
    }
    const target = positionals[0];
    let subject: AttestationClaim['subject'];
    if (target.startsWith('oci://')) {
      const image = subjectReference(target.slice('oci://'.length));
      if (!image) {
        claims.problems.push(`the notes print \`${command}\`, which names no image by digest`);
        return;
      }
      subject = { kind: 'image', ...image };
    } else {
      subject = { kind: 'file', name: target };
      addFile(target);
    }
    claims.attestations.push({
      command,
      subject,
      repository: flags.get('repo'),
      signerWorkflow: flags.get('signer-workflow'),
      signerRepo: flags.get('signer-repo'),
      predicateType: flags.get('predicate-type'),
    });
    return;
  }
  if ((tool === 'sha256sum' || tool === 'shasum') && words.includes('--check')) {
    const file = words[words.length - 1];
    claims.checksumsFile = file;
    addFile(file);
    return;
  }
  if (tool === 'helm' && (sub === 'upgrade' || sub === 'install' || sub === 'pull')) {
    const { positionals, flags } = options(words, 2);
    const location = positionals.find((p) => p.startsWith('oci://'));
    if (location) claims.helm.push({ command, location, version: flags.get('version') });
    return;
  }
  if (tool === 'gh' && sub === 'release' && sub2 === 'download') {
    const { positionals, flags } = options(words, 3);
    claims.downloads.push({ command, tag: positionals[0], repository: flags.get('repo') ?? flags.get('R') });
  }
}

/** `host/repo@sha256:…` (a tag before the digest is allowed) → its reference and digest. */
function subjectReference(text: string): { reference: OciReference; digest: string } | undefined {
  try {
    const reference = parseReference(text);
    return reference.digest && isSha256Digest(reference.digest) ? { reference, digest: reference.digest } : undefined;
  } catch {
    return undefined;
  }
}

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

function unquoteCode(cell: string): string {
  const match = /^`([^`]*)`$/.exec(cell);
  return match ? match[1] : cell;
}

/** Lines ending in `\` continue on the next one, as in a shell. */
function joinContinuations(lines: readonly string[]): string[] {
  const commands: string[] = [];
  let current = '';
  for (const line of lines) {
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) current += `${line.slice(0, -1)} `;
    else {
      commands.push(current + line);
      current = '';
    }
  }
  if (current) commands.push(current);
  return commands;
}

/**
 * POSIX shell words: single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and
 * `` \` ``, a bare backslash escapes the next character, `#` at a word start begins a comment.
 * Undefined for an unterminated quote. Expansions are not performed (the notes print none).
 */
export function shellWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && '"\\$`'.includes(line[j + 1] ?? '')) text += line[++j];
        else text += line[j];
      }
      if (j >= line.length) return undefined;
      word = (word ?? '') + text;
      i = j;
    } else if (c === '\\') {
      word = (word ?? '') + (line[i + 1] ?? '');
      i++;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) {
      break;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
