// skopeo as the independent OCI client of the tests: push a tiny random image, inspect, copy back.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const SKOPEO = process.env.RELEASE_KIT_SKOPEO ?? 'skopeo';

/** Where a registry is and how to log in; a TestRegistry fits. */
export interface RegistryTarget {
  host: string;
  /** `user:password`, or undefined for anonymous. */
  creds?: string;
}

export interface SkopeoResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

let policyFile: string | undefined;

/** A signature policy accepting anything, so skopeo never depends on the machine's /etc/containers. */
async function policy(): Promise<string> {
  if (policyFile && existsSync(policyFile)) return policyFile;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-skopeo-'));
  policyFile = path.join(dir, 'policy.json');
  await writeFile(policyFile, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
  return policyFile;
}

/** Run skopeo with an argument array (no shell); never throws on a non-zero exit. */
export async function skopeo(args: string[]): Promise<SkopeoResult> {
  const fullArgs = ['--policy', await policy(), ...args];
  return new Promise((resolve, reject) => {
    execFile(
      SKOPEO,
      fullArgs,
      {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, REGISTRY_AUTH_FILE: path.join(os.tmpdir(), 'rk-skopeo-no-auth.json') },
      },
      (error, stdout, stderr) => {
        if (error && typeof (error as { code?: unknown }).code !== 'number') {
          reject(error);
          return;
        }
        resolve({ exitCode: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
      },
    );
  });
}

async function mustSkopeo(args: string[]): Promise<string> {
  const result = await skopeo(args);
  // Credentials travel as --creds arguments; keep them out of failure messages.
  if (result.exitCode !== 0)
    throw new Error(`skopeo ${redact(args).join(' ')} exited with ${result.exitCode}: ${result.stderr.trim()}`);
  return result.stdout;
}

function redact(args: string[]): string[] {
  return args.map((arg, index) => (/creds$/.test(args[index - 1] ?? '') ? '***' : arg));
}

function credsArgs(flag: string, target: RegistryTarget): string[] {
  return target.creds ? [flag, target.creds] : [];
}

/** `skopeo inspect --raw docker://host/ref`: the manifest bytes exactly as the registry serves them. */
export async function inspectRaw(target: RegistryTarget, reference: string): Promise<Buffer> {
  const stdout = await mustSkopeo([
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...credsArgs('--creds', target),
    `docker://${target.host}/${reference}`,
  ]);
  return Buffer.from(stdout, 'utf8');
}

/** Like inspectRaw, but returns the result (exit code, stderr) so refusals can be asserted. */
export async function tryInspectRaw(target: RegistryTarget, reference: string): Promise<SkopeoResult> {
  return skopeo([
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...credsArgs('--creds', target),
    `docker://${target.host}/${reference}`,
  ]);
}

/** `skopeo list-tags`: the tags the registry lists for a repository. */
export async function listTags(target: RegistryTarget, repository: string): Promise<string[]> {
  const stdout = await mustSkopeo([
    'list-tags',
    '--tls-verify=false',
    ...credsArgs('--creds', target),
    `docker://${target.host}/${repository}`,
  ]);
  return (JSON.parse(stdout) as { Tags: string[] }).Tags;
}

/** Copy `docker://host/reference` into an OCI layout directory (`oci:dir:tag`); returns the directory. */
export async function copyToOciLayout(target: RegistryTarget, reference: string, dir?: string): Promise<string> {
  const layout = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'rk-skopeo-pull-')));
  await mustSkopeo([
    'copy',
    '--src-tls-verify=false',
    ...credsArgs('--src-creds', target),
    `docker://${target.host}/${reference}`,
    `oci:${layout}:pulled`,
  ]);
  return layout;
}

/** Read a blob out of an OCI layout directory. */
export async function readLayoutBlob(layout: string, digest: string): Promise<Buffer> {
  const [algorithm, hex] = digest.split(':');
  return readFile(path.join(layout, 'blobs', algorithm, hex));
}

export interface TinyImage {
  /** Manifest digest as pushed. */
  digest: string;
  manifest: Buffer;
  config: Buffer;
  configDigest: string;
  /** The gzip'd layer tar. */
  layer: Buffer;
  layerDigest: string;
}

/**
 * Build a one-layer OCI image on disk by hand (a random file in a tar, gzip'd; an image config; a
 * manifest) and push it with `skopeo copy oci:dir:tag docker://host/repository:tag`. Returns what was
 * pushed, with the digest the registry ended up holding (skopeo's --digestfile).
 */
export async function pushTinyImage(
  target: RegistryTarget,
  repository: string,
  tag: string,
  options: { content?: Buffer } = {},
): Promise<TinyImage> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-tiny-image-'));
  try {
    const layout = path.join(dir, 'layout');
    await mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true });
    const content = options.content ?? randomBytes(64);
    const tar = tarOneFile('hello.bin', content);
    const layer = gzipSync(tar);
    const sha = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: {},
        rootfs: { type: 'layers', diff_ids: [sha(tar)] },
      }),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha(layer), size: layer.length }],
      }),
    );
    for (const blob of [layer, config, manifest])
      await writeFile(path.join(layout, 'blobs', 'sha256', sha(blob).slice(7)), blob);
    await writeFile(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    await writeFile(
      path.join(layout, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sha(manifest),
            size: manifest.length,
            annotations: { 'org.opencontainers.image.ref.name': tag },
          },
        ],
      }),
    );
    const digestFile = path.join(dir, 'digest');
    await mustSkopeo([
      'copy',
      '--dest-tls-verify=false',
      ...credsArgs('--dest-creds', target),
      '--digestfile',
      digestFile,
      `oci:${layout}:${tag}`,
      `docker://${target.host}/${repository}:${tag}`,
    ]);
    const digest = (await readFile(digestFile, 'utf8')).trim();
    return { digest, manifest, config, configDigest: sha(config), layer, layerDigest: sha(layer) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A ustar archive holding one regular file. Hand-written (a 512-byte header and padding) so the test
 * image is byte-for-byte predictable and needs no tar binary or streaming library.
 */
export function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 'ascii');
  header.write('0000000\0', 108, 'ascii');
  header.write('0000000\0', 116, 'ascii');
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  header.write('00000000000\0', 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}
