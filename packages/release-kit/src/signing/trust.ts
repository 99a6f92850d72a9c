// Where the verifier's trust comes from: a trusted_root.json the user gives, or the Sigstore public-good root via TUF.
import type { KeyObject } from 'node:crypto';
import type { TrustMaterial } from '@sigstore/verify';
import { UserError } from '../plumbing/errors.js';
import { getTrustedRoot } from '@sigstore/tuf';

/** The Sigstore public-good TUF repository (@sigstore/tuf's default mirror). */
export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

export interface TrustOptions {
  /** Contents of a trusted_root.json (protobuf JSON), when the user gave one. */
  trustedRootJson?: string;
  /** Where the file came from, for messages. */
  trustedRootSource?: string;
  /** TUF cache directory (e.g. under RUNNER_TEMP). */
  tufCachePath: string;
  /** Give up on the TUF repository after this long; it needs the network. */
  tufTimeoutMs?: number;
}

/** The trust root itself is unavailable: this affects every image alike, so it ends the run at once. */
export class TrustUnavailableError extends UserError {}

/** Loaded trust: the sigstore-js material, and whether it lists CT logs (so SCTs can be demanded). */
export interface LoadedTrust {
  material: TrustMaterial;
  hasCtLogs: boolean;
  source: string;
}

/**
 * Build trust material. A given trusted root is parsed offline. Otherwise the public-good root is
 * fetched with TUF, which needs https://tuf-repo-cdn.sigstore.dev: without the network that would
 * retry for minutes, so it is bounded and turned into one clear error that says what to do instead.
 */
export async function loadTrust(options: TrustOptions, publicKey?: KeyObject): Promise<LoadedTrust> {
  const [{ toTrustMaterial }, { TrustedRoot }] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/protobuf-specs'),
  ]);
  const keys = publicKey ? () => ({ publicKey, validFor: () => true }) : undefined;
  if (options.trustedRootJson !== undefined) {
    const source = options.trustedRootSource ?? 'trusted-root';
    let root;
    try {
      const json = JSON.parse(options.trustedRootJson) as Record<string, unknown>;
      // fromJSON accepts anything and silently drops what it cannot read; an empty root would then
      // refuse every signature with a misleading message, so check the shape first.
      if (
        typeof json !== 'object' ||
        json === null ||
        !String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')
      ) {
        throw new Error('its mediaType is not application/vnd.dev.sigstore.trustedroot+json');
      }
      for (const field of ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities']) {
        if (json[field] !== undefined && !Array.isArray(json[field])) throw new Error(`its ${field} is not a list`);
      }
      root = TrustedRoot.fromJSON(json);
    } catch (error) {
      throw new TrustUnavailableError(
        `input 'trusted-root' has invalid value ${JSON.stringify(source)}: expected a Sigstore trusted_root.json (${(error as Error).message})`,
        {
          input: 'trusted-root',
          value: source,
          valid: 'a Sigstore trusted_root.json',
        },
      );
    }
    return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source };
  }

  const timeoutMs = options.tufTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const root = await Promise.race([
      getTrustedRoot({
        cachePath: options.tufCachePath,
        mirrorURL: PUBLIC_GOOD_TUF_MIRROR,
        retry: 1,
        timeout: Math.min(timeoutMs, 10_000),
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
        timer.unref();
      }),
    ]);
    return { material: toTrustMaterial(root, keys), hasCtLogs: root.ctlogs.length > 0, source: PUBLIC_GOOD_TUF_MIRROR };
  } catch (error) {
    throw new TrustUnavailableError(
      `could not fetch the Sigstore public-good trust root from ${PUBLIC_GOOD_TUF_MIRROR} (${oneLine(error)}); this needs the network. Set input 'trusted-root' to a trusted_root.json (e.g. from \`cosign trusted-root create\` or a private deployment), or use public-key with ignore-tlog`,
      {
        input: 'trusted-root',
        value: '',
        valid: 'a trusted_root.json file, or network access to the Sigstore TUF repository',
      },
    );
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Trust material for key-based verification without any log: only the user's key. */
export function keyOnlyTrust(publicKey: KeyObject): LoadedTrust {
  const material: TrustMaterial = {
    certificateAuthorities: [],
    timestampAuthorities: [],
    tlogs: [],
    ctlogs: [],
    publicKey: () => ({ publicKey, validFor: () => true }),
  };
  return { material, hasCtLogs: false, source: 'public-key' };
}

function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
