// Git through @actions/exec with argument arrays; every call names the repository it runs in.
import { UserError } from '../plumbing/errors.js';
import { run, ExecError, type ExecResult } from '../plumbing/exec.js';

/**
 * Why a push failed, in one line: git's rejection (`! [remote rejected] … (pre-receive hook declined)`)
 * and what the server said on `remote:` lines (a pre-receive hook's reason, GitHub's branch protection),
 * instead of git's closing "failed to push some refs", which says neither.
 */
export function pushFailureReason(result: ExecResult): string {
  const lines = `${result.stdout}\n${result.stderr}`
    .split('\n')
    // Control characters from the server (colours, carriage returns) would break the one line.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .map((line) => line.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim())
    .filter(Boolean);
  const said = lines
    .filter((line) => line.startsWith('remote:'))
    .map((line) => line.slice('remote:'.length).trim())
    .filter(Boolean);
  const rejection = lines.find((line) => line.startsWith('!'))?.replace(/^!\s*/, '');
  const reason = rejection ?? lines.filter((line) => !line.startsWith('remote:')).pop() ?? `exit ${result.exitCode}`;
  const text = said.length ? `${reason}; the remote said: ${said.join(' / ')}` : reason;
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** A repository's git, run with argument arrays in `cwd`. */
export class Git {
  constructor(readonly cwd: string) {}

  /** Run git and return trimmed stdout; throws ExecError on a non-zero exit. */
  async exec(args: readonly string[], env?: Record<string, string>): Promise<string> {
    const result = await run('git', args, { cwd: this.cwd, env });
    return result.stdout.replace(/\n$/, '');
  }

  /** Run git and return null instead of throwing when it exits non-zero. */
  async tryExec(args: readonly string[]): Promise<string | null> {
    try {
      return await this.exec(args);
    } catch (error) {
      if (error instanceof ExecError) return null;
      throw error;
    }
  }

  async head(): Promise<string> {
    return this.exec(['rev-parse', 'HEAD']);
  }

  async topLevel(): Promise<string> {
    return this.exec(['rev-parse', '--show-toplevel']);
  }

  /**
   * Paths git prints for `args` (which must hold `-z`), exactly as named: with -z git neither quotes
   * nor escapes them, so a name with non-ASCII characters or a newline is read as it is.
   */
  async paths(args: readonly string[]): Promise<string[]> {
    return (await this.exec(args)).split('\0').filter((p) => p !== '');
  }

  /**
   * `git status --porcelain -z`: each changed path (relative to the top level) and its two-letter
   * code; empty means clean. A rename or copy is reported under its new path.
   */
  async status(): Promise<{ code: string; path: string }[]> {
    const fields = (await this.exec(['status', '--porcelain', '-z'])).split('\0');
    const entries: { code: string; path: string }[] = [];
    for (let i = 0; i < fields.length; i++) {
      if (fields[i] === '') continue;
      const code = fields[i].slice(0, 2);
      entries.push({ code, path: fields[i].slice(3) });
      if (/[RC]/.test(code)) i++; // the next field is the rename's or copy's source
    }
    return entries;
  }

  /** The commit a local tag points at (peeled), or null. */
  async localTagCommit(tag: string): Promise<string | null> {
    return this.tryExec(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  }

  /**
   * `git ls-remote <kind> <remote> <refs…>` with `env` (see gitNetworkEnv, which carries the token).
   * A refusal or an unreachable remote is the user's to fix, not a bug: it becomes a UserError.
   */
  async lsRemote(
    remote: string,
    kind: '--heads' | '--tags',
    refs: readonly string[],
    env?: Record<string, string>,
  ): Promise<string> {
    try {
      return await this.exec(['ls-remote', kind, remote, ...refs], env);
    } catch (error) {
      if (!(error instanceof ExecError)) throw error;
      const reason = error.result.stderr.trim().split('\n').pop() ?? '';
      throw new UserError(
        `cannot read the tags of ${remote} (${reason}); check the remote and the token's access (contents: write)`,
        {
          input: 'token',
          value: '***',
          valid: 'a token (or checkout credentials) that can read and push the repository',
        },
      );
    }
  }

  /** The commit a tag points at on a remote (peeled when annotated), or null when absent. */
  async remoteTagCommit(remote: string, tag: string, env?: Record<string, string>): Promise<string | null> {
    const out = await this.lsRemote(remote, '--tags', [`refs/tags/${tag}`, `refs/tags/${tag}^{}`], env);
    if (out === '') return null;
    const lines = out.split('\n').map((l) => l.split('\t'));
    const peeled = lines.find(([, ref]) => ref === `refs/tags/${tag}^{}`);
    return (peeled ?? lines[0])[0];
  }

  /** The committer time of a revision, in seconds since the epoch. */
  /**
   * Committer time (seconds) of `rev`, or of the last commit up to `rev` that touched `pathspec`
   * (relative to this repository's cwd); NaN when no commit did.
   */
  async commitTime(rev = 'HEAD', pathspec?: string): Promise<number> {
    const out = await this.exec([
      'log',
      '-1',
      '--format=%ct',
      rev,
      ...(pathspec === undefined ? [] : ['--', pathspec]),
    ]);
    return out.trim() === '' ? Number.NaN : Number(out);
  }

  /** Every tag name of the repository (`git tag --list`). */
  async tags(): Promise<string[]> {
    return (await this.exec(['tag', '--list'])).split('\n').filter((t) => t !== '');
  }

  async currentBranch(): Promise<string | null> {
    return this.tryExec(['symbolic-ref', '--quiet', '--short', 'HEAD']);
  }

  /** File content at a revision, or null when the path does not exist there. */
  async show(rev: string, file: string): Promise<string | null> {
    return this.tryExec(['show', `${rev}:${file}`]);
  }

  /** Paths changed between `base` and the working tree's HEAD. */
  async changedFiles(base: string, head = 'HEAD'): Promise<string[]> {
    return this.paths(['diff', '-z', '--name-only', `${base}...${head}`]);
  }
}
