// The archive time rules on a real repository: HEAD's time for build outputs, the directory's last
// commit for charts, SOURCE_DATE_EPOCH over both.
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reproducibleTime } from '../../packages/release-kit/src/git/source-date.js';
import { createSampleRepo, gitEnv } from '../harness/git-fixture.js';

describe('reproducibleTime', () => {
  test('directory: the last commit touching the directory; head: HEAD; SOURCE_DATE_EPOCH wins', async () => {
    const repo = await createSampleRepo({ 'charts/app/Chart.yaml': 'name: app\n', 'README.md': '# r\n' });
    try {
      const commitAt = async (file: string, seconds: number) => {
        await writeFile(path.join(repo.dir, file), `${seconds}\n`);
        execFileSync('git', ['commit', '--quiet', '-am', file], {
          cwd: repo.dir,
          env: { ...process.env, ...gitEnv, GIT_COMMITTER_DATE: `@${seconds} +0000` },
        });
      };
      await commitAt('charts/app/Chart.yaml', 1_700_000_000);
      await commitAt('README.md', 1_700_003_600);
      const chart = path.join(repo.dir, 'charts', 'app');
      expect((await reproducibleTime(chart, undefined, 'directory')).getTime()).toBe(1_700_000_000_000);
      expect((await reproducibleTime(chart, undefined, 'head')).getTime()).toBe(1_700_003_600_000);
      expect((await reproducibleTime(chart, undefined)).getTime()).toBe(1_700_003_600_000);
      expect((await reproducibleTime(chart, '42', 'directory')).getTime()).toBe(42_000);
      // A directory no commit touched yet (a chart being written): HEAD's time.
      const fresh = path.join(repo.dir, 'charts', 'new');
      await mkdir(fresh);
      await writeFile(path.join(fresh, 'Chart.yaml'), 'name: new\n');
      expect((await reproducibleTime(fresh, undefined, 'directory')).getTime()).toBe(1_700_003_600_000);
    } finally {
      await rm(path.dirname(repo.dir), { recursive: true, force: true });
    }
  });
});
