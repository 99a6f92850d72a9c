// The demo's stand-ins for docker/build-push-action and `cosign sign --key`: a tiny, byte-for-byte
// reproducible image pushed with the pack's own OCI client, and a legacy cosign signature
// (ECDSA P-256 over the simplesigning payload, at tag sha256-<hex>.sig) made with a demo key.
// Both are idempotent, like the real steps on a rerun: same bytes, same digest, no second signature.
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, sign, verify, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const sha256 = (data) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** The demo signing key, made once per work directory (cosign.key / cosign.pub, PEM). */
export async function demoKey(dir) {
  const keyFile = path.join(dir, 'cosign.key');
  const pubFile = path.join(dir, 'cosign.pub');
  if (!existsSync(keyFile)) {
    await mkdir(dir, { recursive: true });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await writeFile(pubFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return {
    keyFile,
    pubFile,
    privateKeyPem: await readFile(keyFile, 'utf8'),
    publicKeyPem: await readFile(pubFile, 'utf8'),
  };
}

/**
 * Build the image from a directory holding one file (`images/hello/hello.txt`): one layer made by
 * GNU tar with fixed names, owners, order and time, gzip without a timestamp. Same input, same digest.
 */
export function buildImage(contextDir, file) {
  const tarBytes = execFileSync(
    'tar',
    [
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mode=0644',
      '--format=ustar',
      '-cf',
      '-',
      file,
    ],
    { cwd: contextDir },
  );
  const layer = gzipSync(tarBytes, { level: 9 });
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [sha256(tarBytes)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: sha256(config) },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: layer.length, digest: sha256(layer) }],
    }),
  );
  return { layer, config, manifest, digest: sha256(manifest) };
}

/** Push the image under `tag`; `unchanged` when the tag already holds this very manifest. */
export async function pushImage(client, repository, tag, image) {
  const existing = await client.manifestExists(repository, tag);
  if (existing?.digest === image.digest) return { state: 'unchanged', digest: image.digest };
  await client.ensureBlob(repository, image.config);
  await client.ensureBlob(repository, image.layer);
  const { digest } = await client.putManifest(repository, tag, image.manifest, OCI_MANIFEST);
  return { state: 'pushed', digest };
}

/**
 * Sign `digest` the way `cosign sign --key cosign.key --tlog-upload=false` does (legacy format);
 * `unchanged` when a signature by this key over this digest is already there.
 */
export async function signImage(client, registryHost, repository, digest, key, formats, pushLegacySignatures) {
  const tag = formats.legacySignatureTag(digest);
  const publicKey = createPublicKey(key.publicKeyPem);
  if (await client.manifestExists(repository, tag)) {
    const { json } = await client.getManifest(repository, tag);
    for (const layer of json.layers ?? []) {
      const signature = layer.annotations?.[formats.ANNOTATION_SIGNATURE];
      if (!signature) continue;
      const payload = await client.getBlob(repository, layer.digest);
      const names = JSON.parse(payload.toString('utf8'))?.critical?.image?.['docker-manifest-digest'] === digest;
      if (names && verify('sha256', payload, publicKey, Buffer.from(signature, 'base64')))
        return { state: 'unchanged', tag };
    }
  }
  const payload = formats.simpleSigningPayload(`${registryHost}/${repository}`, digest);
  const signature = sign('sha256', payload, key.privateKeyPem).toString('base64');
  await pushLegacySignatures(client, repository, digest, [
    { payload, annotations: { [formats.ANNOTATION_SIGNATURE]: signature } },
  ]);
  return { state: 'signed', tag };
}
