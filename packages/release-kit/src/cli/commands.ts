// The release-kit CLI's commands: every action's operation, with the same inputs as flags, and runCli,
// which runs one command line against a RunHost (this process from cli/main.ts, or a test's in-process host).
// Commands are loaded on demand so that `release-kit bump` never pays for the OCI or sigstore code.
import { parseArgs, operationHelp, runOperationFromCli, usageError } from '../runtime/cli.js';
import type { RunHost, RunnerContext } from '../runtime/context.js';
import { runnerContext } from '../runtime/context.js';
import type { Operation } from '../runtime/operation.js';

export interface Command {
  summary: string;
  /**
   * Load the operation; may rewrite argv-derived flags into inputs (e.g. bump's --chart=patch).
   * `booleanFlags`: flags that take no value beyond the inputs declared with a true/false default.
   */
  load: () => Promise<{
    operation: Operation;
    /** `runner`: the context the command will run in (bump reads the config from its workspace). */
    adapt?: (
      flags: Record<string, string>,
      positionals: string[],
      runner: RunnerContext,
    ) => Promise<Record<string, string>> | Record<string, string>;
    usage?: string;
    booleanFlags?: string[];
  }>;
}

// Each entry maps a CLI command to an operation module. Keep this table sorted.
export const commands: Record<string, Command> = {
  bump: {
    summary: 'bump version tracks: release-kit bump --chart=patch --app=patch --tag [--no-commit] [--no-push]',
    load: async () => {
      const m = await import('../operations/bump-version.js');
      return {
        operation: m.operation,
        adapt: (flags, positionals, runner) => m.cliInputs('bump', flags, positionals, runner.workspace),
        booleanFlags: m.CLI_BOOLEAN_FLAGS,
        usage: 'release-kit bump --<track>=patch|minor|major|prerelease|x.y.z … [--tag] [--no-commit] [--no-push]',
      };
    },
  },
  // The action names themselves, with the action's inputs as flags one for one (e.g. for GitLab jobs
  // that copy a workflow step): `release-kit bump-version --mode check --base-ref origin/main`.
  'bump-version': {
    summary: 'bump-version with its action inputs as flags: release-kit bump-version --bump chart=patch --tag true',
    load: async () => {
      const m = await import('../operations/bump-version.js');
      return { operation: m.operation, booleanFlags: m.CLI_BOOLEAN_FLAGS };
    },
  },
  changelog: {
    summary:
      'changelog and release notes: release-kit changelog prepare 0.2.0 | notes | release | publish | supersede [VERSION]',
    load: async () => {
      const m = await import('../operations/release-notes-from-changelog.js');
      return { operation: m.operation, adapt: m.cliInputs, usage: m.CLI_USAGE };
    },
  },
  'chart-release-notes': {
    summary:
      "write a Markdown file into Chart.yaml's catalog.cattle.io/release-notes annotation, comments kept: release-kit chart-release-notes --chart charts --notes charts/release-notes.md",
    load: async () => ({ operation: (await import('../operations/chart-release-notes.js')).operation }),
  },
  check: {
    summary:
      'check version tracks are in sync and bumped where watched files changed: release-kit check --base-ref origin/main (or --staged in a pre-commit hook)',
    load: async () => {
      const m = await import('../operations/bump-version.js');
      return {
        operation: m.operation,
        adapt: (flags, positionals, runner) => m.cliInputs('check', flags, positionals, runner.workspace),
        booleanFlags: m.CLI_BOOLEAN_FLAGS,
        usage: 'release-kit check [--base-ref origin/main | --staged] [--config FILE]',
      };
    },
  },
  'image-tags': {
    summary:
      "container image tags by docker/metadata-action's semver rules or GitLab's scheme: release-kit image-tags --version v1.2.3 --image ghcr.io/acme/app [--scheme gitlab]",
    load: async () => ({ operation: (await import('../operations/image-tags.js')).operation }),
  },
  init: {
    summary:
      'write .github/release-kit.yml and a release workflow for this repository, then check them: release-kit init [--dry-run] [--force]',
    load: async () => ({
      operation: (await import('../operations/init.js')).operation,
      usage:
        'release-kit init [--dry-run] [--force] [--release-kit-repository OWNER/REPO] [--release-kit-ref v1] [--cli cmd/NAME] [--tag-track TRACK]',
    }),
  },
  'merge-checksums': {
    summary:
      'merge the partial checksums files of split CLI jobs into one, verifying every line: release-kit merge-checksums --dir out/linux --dir out/windows [--output FILE]',
    load: async () => ({ operation: (await import('../operations/merge-checksums.js')).operation }),
  },
  'publish-chart-catalog': {
    summary:
      'publish Helm charts into a git catalog (Rancher layout or a Helm repository index.yaml), never overwriting: release-kit publish-chart-catalog --chart charts/x --target rancher --repository OWNER/charts',
    load: async () => ({ operation: (await import('../operations/publish-chart-catalog.js')).operation }),
  },
  'publish-chart-oci': {
    summary:
      'package Helm charts reproducibly and push them to OCI, never overwriting: release-kit publish-chart-oci --chart charts/x --registry oci://ghcr.io/o/charts',
    load: async () => ({ operation: (await import('../operations/publish-chart-oci.js')).operation }),
  },
  'release-notes-from-changelog': {
    summary:
      'release-notes-from-changelog with its action inputs as flags: release-kit release-notes-from-changelog --mode notes --version 0.2.0',
    load: async () => ({ operation: (await import('../operations/release-notes-from-changelog.js')).operation }),
  },
  'upload-cli-artifacts': {
    summary:
      'archive CLI binaries per platform, write checksums, upload to the release: release-kit upload-cli-artifacts --name krt --tag v0.1.0 --files "dist/krt-*"',
    load: async () => ({ operation: (await import('../operations/upload-cli-artifacts.js')).operation }),
  },
  'verify-images': {
    summary:
      'verify cosign signatures and registry digests of release images: release-kit verify-images --images REF --workflow FILE',
    load: async () => ({ operation: (await import('../operations/verify-images.js')).operation }),
  },
  'verify-release': {
    summary:
      'verify a release (draft or published) against everything its notes name: digests, checksums, signatures, attestations: release-kit verify-release vX.Y.Z [--repository OWNER/REPO]',
    load: async () => {
      const m = await import('../operations/verify-release.js');
      return { operation: m.operation, adapt: m.cliInputs, usage: m.CLI_USAGE };
    },
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length), 8) + 2;
  return [
    'release-kit: cut releases of images, Helm charts and CLIs (the same code as the GitHub Actions).',
    '',
    'Usage: release-kit <command> [--flag value …]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Run `release-kit <command> --help` for its flags.',
  ].join('\n');
}

/** Run one command line (`argv` without node and the script) and return its exit code. */
export async function runCli(argv: string[], host: RunHost): Promise<number> {
  const [name, ...rest] = argv;
  const print = (text: string) => host.stdout(`${text}\n`);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(mainHelp());
    return name ? 0 : 2;
  }
  const json = rest.includes('--json');
  const command = commands[name];
  if (!command) {
    return usageError(
      host,
      `unknown command ${JSON.stringify(name)}; valid commands: ${Object.keys(commands).join(', ')}`,
      json,
    );
  }
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    print(operationHelp(loaded.operation, loaded.usage));
    return 0;
  }
  // Inputs declared with a true/false default are boolean flags (`--plain-http`, `--no-commit`); the
  // declarations are the one source, so a new boolean input needs no entry here.
  const declaredBooleans = loaded.operation.inputs
    .filter((i) => i.default === 'true' || i.default === 'false')
    .map((i) => i.name);
  const { flags, positionals } = parseArgs(
    rest,
    new Set(['json', ...declaredBooleans, ...(loaded.booleanFlags ?? [])]),
  );
  const inputs = loaded.adapt ? await loaded.adapt(flags, positionals, runnerContext(host.env, host.cwd)) : flags;
  if (!loaded.adapt && positionals.length) {
    return usageError(host, `unexpected argument ${JSON.stringify(positionals[0])}; pass inputs as --name value`, json);
  }
  return runOperationFromCli(loaded.operation, inputs, host);
}
