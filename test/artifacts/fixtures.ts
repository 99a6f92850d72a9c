// Test helpers: a workspace with fake binaries for the five seed platforms.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const SEED_PLATFORMS = ['linux/amd64', 'linux/arm64', 'darwin/amd64', 'darwin/arm64', 'windows/amd64'] as const;

/** `krt-linux-amd64`, …, `krt-windows-amd64.exe` */
export function seedFileName(platform: string, name = 'krt'): string {
  const [os_, arch] = platform.split('/');
  return `${name}-${os_}-${arch}${os_ === 'windows' ? '.exe' : ''}`;
}

export interface Workspace {
  dir: string;
  /** Relative paths of the binaries in dist/, by platform. */
  binaries: Record<string, string>;
}

/** A temp workspace with dist/<binary> per seed platform (distinct random contents), LICENSE and README.md. */
export async function seedWorkspace(size = 4096): Promise<Workspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-artifacts-'));
  await mkdir(path.join(dir, 'dist'));
  const binaries: Record<string, string> = {};
  for (const platform of SEED_PLATFORMS) {
    const rel = path.join('dist', seedFileName(platform));
    await writeFile(path.join(dir, rel), Buffer.concat([Buffer.from(`#!${platform}\n`), randomBytes(size)]), {
      mode: 0o700,
    });
    binaries[platform] = rel;
  }
  await writeFile(path.join(dir, 'LICENSE'), 'Apache License 2.0\n', { mode: 0o600 });
  await writeFile(path.join(dir, 'README.md'), '# krt\n');
  return { dir, binaries };
}
