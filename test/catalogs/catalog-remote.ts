// Reading a catalog's bare remote after a publish, and a pre-receive hook that makes two publishers
// race: shared by the publish-chart-catalog tests.
import { execFileSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { git } from '../harness/git-fixture.js';
import type { ActionRun } from '../harness/run-action.js';

export const remoteGit = (remote: string, ...args: string[]) => git(remote, args);
export const tip = (remote: string, branch = 'main') => remoteGit(remote, 'rev-parse', `refs/heads/${branch}`);
export const commitCount = (remote: string, branch = 'main') =>
  Number(remoteGit(remote, 'rev-list', '--count', `refs/heads/${branch}`));
/** A blob's bytes (`git show REV:PATH`). */
export const show = (remote: string, spec: string) => execFileSync('git', ['show', spec], { cwd: remote });
export const tree = (remote: string, rev: string, under: string) =>
  remoteGit(remote, 'ls-tree', '-r', '--name-only', rev, '--', under).split('\n').filter(Boolean);
/** Every ref with its commit, to show that a refused run moved nothing. */
export const refsOf = (remote: string) => remoteGit(remote, 'for-each-ref', '--format=%(refname) %(objectname)');
/** The run's error annotations, one per line. */
export const errorOf = (r: ActionRun) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

/**
 * A pre-receive hook that holds the first two pushes until both have arrived, so that both were
 * made on the same tip and race for the ref; later pushes pass at once. Each push is logged in
 * pushes.log.
 */
export async function installBarrier(remote: string): Promise<void> {
  const hook = path.join(remote, 'hooks', 'pre-receive');
  await writeFile(
    hook,
    [
      '#!/bin/sh',
      'mkdir -p barrier',
      'touch "barrier/$$"',
      'echo "$$" >> pushes.log',
      'n=0',
      'while [ "$(ls barrier | wc -l)" -lt 2 ] && [ "$n" -lt 300 ]; do sleep 0.05; n=$((n + 1)); done',
      'exit 0',
      '',
    ].join('\n'),
  );
  await chmod(hook, 0o755);
}
