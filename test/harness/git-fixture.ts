// Real git repositories for tests: a working clone with a bare "origin" remote.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const gitEnv = {
  GIT_AUTHOR_NAME: 'release-kit test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'release-kit test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
}

export interface SampleRepo {
  dir: string;
  remote: string;
  git: (...args: string[]) => string;
  write: (file: string, content: string) => Promise<void>;
  commitAll: (message: string) => string;
}

/** Create a repository from `files`, commit them, and push main to a fresh bare remote. */
export async function createSampleRepo(files: Record<string, string>): Promise<SampleRepo> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'rk-git-'));
  const remote = path.join(base, 'origin.git');
  const dir = path.join(base, 'work');
  git(base, ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  git(base, ['init', '--quiet', '--initial-branch=main', dir]);
  git(dir, ['config', 'user.name', gitEnv.GIT_AUTHOR_NAME]);
  git(dir, ['config', 'user.email', gitEnv.GIT_AUTHOR_EMAIL]);
  git(dir, ['remote', 'add', 'origin', remote]);
  const write = async (file: string, content: string) => {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  };
  for (const [file, content] of Object.entries(files)) await write(file, content);
  const commitAll = (message: string) => {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '--quiet', '-m', message]);
    return git(dir, ['rev-parse', 'HEAD']);
  };
  commitAll('initial');
  git(dir, ['push', '--quiet', '-u', 'origin', 'main']);
  return { dir, remote, git: (...args) => git(dir, args), write, commitAll };
}
