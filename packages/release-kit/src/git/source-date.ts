// The one timestamp reproducible archives (CLI archives, Helm charts) stamp on every entry.
import { UserError, showValue } from '../plumbing/errors.js';
import { Git } from './git.js';

/**
 * Which commit dates an archive when SOURCE_DATE_EPOCH is unset:
 * - `head`: HEAD's committer time. For build outputs (CLI binaries), which change with every commit.
 * - `directory`: the last commit that touched `dir` (HEAD's when no commit did, e.g. a chart not yet
 *   committed). For sources archived as they are (Helm charts): an unrelated commit later leaves the
 *   archive, and so its digest, byte for byte the same, and a republish stays `unchanged`.
 */
export type ArchiveTimeRule = 'head' | 'directory';

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org) when set, else the committer time `rule` picks in
 * `dir`, so every rerun produces the same bytes, on any machine.
 */
export async function reproducibleTime(
  dir: string,
  sourceDateEpoch: string | undefined,
  rule: ArchiveTimeRule = 'head',
): Promise<Date> {
  const epoch = sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new UserError(
        `SOURCE_DATE_EPOCH has invalid value ${showValue(sourceDateEpoch)}: expected whole seconds since 1970-01-01 UTC (e.g. $(git log -1 --format=%ct))`,
        {
          value: sourceDateEpoch,
          valid: 'a non-negative integer',
        },
      );
    }
    return new Date(Number(epoch) * 1000);
  }
  const git = new Git(dir);
  const directoryTime = rule === 'directory' ? await git.commitTime('HEAD', '.').catch(() => Number.NaN) : Number.NaN;
  const seconds = Number.isFinite(directoryTime) ? directoryTime : await git.commitTime('HEAD').catch(() => Number.NaN);
  if (!Number.isFinite(seconds)) {
    throw new UserError(
      `cannot pick a reproducible archive time: SOURCE_DATE_EPOCH is unset and ${dir} is not a git checkout with a HEAD commit; set SOURCE_DATE_EPOCH (seconds)`,
      {
        value: dir,
        valid: 'SOURCE_DATE_EPOCH or a git checkout',
      },
    );
  }
  return new Date(seconds * 1000);
}
