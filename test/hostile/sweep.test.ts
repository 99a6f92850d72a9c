// Issue 19's sweep: every command of the CLI (and the action of every action's operation) against each
// fault that used to read as a bug: GitHub answering 5xx on every retry or out of reach (refused, DNS),
// the registry likewise, a YAML alias bomb, a directory where a file belongs, hostile catalog content,
// uploads failing on every retry, a supersede over GitHub's body limit. Each must end in exit 1 and one
// line, with the world (workspace bytes and modes, git refs, catalog, registry, GitHub) unchanged.
// The crash path stays for real bugs. Runs in-process through the bundles' own entries.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../../packages/release-kit/src/cli/commands.js';
import { RELEASE_BODY_LIMIT } from '../../packages/release-kit/src/releases/notes.js';
import { noFaults, persistentFaults } from '../harness/faults.js';
import { closedPort } from '../harness/in-process.js';
import { gitEnv } from '../harness/git-fixture.js';
import { aliasBomb, makeHostile } from './hostile.js';
import { gated, KNOWN_OPEN, type KnownOpenArea } from './known-open.js';
import { brokenPromise, errorLines, isAction, runVariant, type Entry } from './run-case.js';
import { escapeRegExp } from '../../packages/release-kit/src/plumbing/regexp.js';
import { registryAvailable } from '../registry/registry.js';
import { VARIANTS, type Target, type Variant, type World } from './scenarios.js';
import { copyProject, createProject, snapshotWorld, startServices, type Project, type Services } from './world.js';

interface Arranged {
  env?: Record<string, string>;
  registryHost?: string;
  /** The fault seeds GitHub itself (instead of the variant's seed). */
  seeded?: boolean;
  undo?: () => Promise<void> | void;
}

interface SweepFault {
  name: string;
  /** The one error line must name this (the file at fault). */
  names?: RegExp;
  area?: KnownOpenArea;
  /**
   * The fault strikes after a step that rightly stays done (upload-cli-artifacts creates the draft its
   * archives go into, then the uploads fail): GitHub is left out of the "nothing touched" comparison.
   */
  afterGitHubWrites?: boolean;
  /** Needs the real registry (skipped, saying so, without docker-registry). */
  needsRegistry?: boolean;
  arrange(world: World, variant: Variant): Promise<Arranged>;
}

let services: Services;
/** Never run in: every other copy is made from it. */
let pristine: Project;
/** Where the fault cases run; replaced by a fresh copy whenever a case changed it (which fails that case). */
let working: Project;
let cases = 0;

beforeAll(async () => {
  services = await startServices();
  pristine = await createProject(services);
  working = await copyProject(pristine);
}, 120_000);
afterAll(async () => {
  await working?.dispose();
  await pristine?.dispose();
  await services?.close();
});

function newTarget(): Target {
  cases += 1;
  return { owner: 'acme', repo: `sweep-${cases}`, registryPrefix: `sweep${cases}` };
}

/** The faults that apply to `variant`, issue 19's list. */
function faultsFor(variant: Variant): SweepFault[] {
  const faults: SweepFault[] = [];
  if (variant.github) {
    faults.push(
      {
        name: 'GitHub answers 503 on every retry',
        arrange: async () => {
          services.github.faults(persistentFaults({ kind: 'status', status: 503 }), 'api');
          return { undo: () => services.github.faults(noFaults) };
        },
      },
      {
        name: 'GitHub refuses the connection',
        arrange: async () => ({ env: { GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}` } }),
      },
      {
        name: "GitHub's host does not resolve",
        arrange: async () => ({ env: { GITHUB_API_URL: 'http://nonexistent.invalid' } }),
      },
    );
  }
  if (variant.registry) {
    faults.push(
      {
        name: 'the registry answers 503 on every retry',
        needsRegistry: true,
        arrange: async () => {
          services.registryFaults.use(persistentFaults({ kind: 'status', status: 503 }));
          return { undo: () => services.registryFaults.use(noFaults) };
        },
      },
      {
        name: 'the registry refuses the connection',
        arrange: async () => ({ registryHost: `127.0.0.1:${await closedPort()}` }),
      },
      {
        name: "the registry's host does not resolve",
        arrange: async () => ({ registryHost: 'nonexistent.invalid' }),
      },
    );
  }
  for (const role of variant.files) {
    for (const kind of ['alias-bomb', 'directory'] as const) {
      if (!(kind in role.hostile)) continue;
      faults.push({
        name: kind === 'alias-bomb' ? `a YAML alias bomb in ${role.path}` : `a directory where ${role.path} belongs`,
        names: role.named ?? new RegExp(escapeRegExp(path.basename(role.path))),
        area: role.hostile[kind],
        arrange: async (world) => ({
          undo: await makeHostile(world.project.workspace, world.project.outside, role, kind),
        }),
      });
    }
  }
  if (variant.command === 'publish-chart-catalog') {
    const catalogFaults: [string, KnownOpenArea | undefined, string | 'directory'][] = [
      ["a YAML alias bomb in the catalog's index.yaml", undefined, `apiVersion: v1\n${aliasBomb()}entries: {}\n`],
      ["a directory where the catalog's index.yaml belongs", undefined, 'directory'],
      ["the catalog's entries given as a list", undefined, 'apiVersion: v1\nentries:\n  - buntime\n'],
      [
        'a catalog entry whose file name climbs out (../)',
        undefined,
        'apiVersion: v1\nentries:\n  buntime:\n    - name: buntime\n      version: 0.3.0\n      urls: [../../../etc/passwd]\n      digest: x\n',
      ],
    ];
    for (const [name, area, content] of catalogFaults) {
      faults.push({
        name,
        area,
        names: /index\.yaml/,
        arrange: async (world) => ({ undo: await commitToCatalog(world.project, content) }),
      });
    }
  }
  if (variant.command === 'upload-cli-artifacts') {
    faults.push({
      name: 'every upload of an asset answers 503',
      area: undefined,
      afterGitHubWrites: true,
      arrange: async () => {
        services.github.faults(persistentFaults({ kind: 'status', status: 503 }), 'uploads');
        return { undo: () => services.github.faults(noFaults) };
      },
    });
  }
  if (variant.name === 'release-notes-from-changelog supersede') {
    faults.push({
      name: "the superseded release's notes leave no room for the banner under GitHub's limit",
      arrange: async (world) => {
        services.github.state.addRelease(world.target.owner, world.target.repo, {
          tagName: 'v0.2.26',
          body: 'n'.repeat(RELEASE_BODY_LIMIT - 10),
        });
        return { seeded: true };
      },
    });
  }
  return faults;
}

/** Replace the catalog's index.yaml on main with `content` (or a directory); the undo moves main back. */
async function commitToCatalog(p: Project, content: string): Promise<() => Promise<void>> {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv } }).trim();
  const before = git(p.catalog.remote, 'rev-parse', 'refs/heads/main');
  const clone = await mkdtemp(path.join(os.tmpdir(), 'rk-catalog-edit-'));
  try {
    git(clone, 'clone', '--quiet', p.catalog.remote, '.');
    await rm(path.join(clone, 'index.yaml'));
    if (content === 'directory') {
      execFileSync('mkdir', [path.join(clone, 'index.yaml')]);
      await writeFile(path.join(clone, 'index.yaml', 'inside.txt'), 'x\n');
    } else {
      await writeFile(path.join(clone, 'index.yaml'), content);
    }
    git(clone, 'add', '-A');
    git(clone, 'commit', '--quiet', '-m', 'hostile index');
    git(clone, 'push', '--quiet', 'origin', 'main');
  } finally {
    await rm(clone, { recursive: true, force: true });
  }
  return async () => void git(p.catalog.remote, 'update-ref', 'refs/heads/main', before);
}

test('every command of the CLI has a sweep variant (a new operation is swept from the day it is added)', async () => {
  const swept = new Set(VARIANTS.map((v) => v.command));
  expect(Object.keys(commands).filter((name) => !swept.has(name))).toEqual([]);
  for (const variant of VARIANTS) {
    expect([variant.name, (await commands[variant.command].load()).operation.name]).toEqual([
      variant.name,
      variant.operation,
    ]);
  }
});

describe.each(VARIANTS.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
  const entries: Entry[] = isAction(variant) ? ['cli', 'action'] : ['cli'];
  test.each(entries)(
    'control: the valid invocation succeeds (%s), so each fault below is what fails it',
    async (entry) => {
      if (variant.registry && !services.registry) return;
      const copy = await copyProject(pristine);
      try {
        const target = newTarget();
        variant.seed?.(services, target);
        const world = { project: copy, services, target, registryHost: services.proxy?.host ?? '127.0.0.1:9' };
        const run = await runVariant(variant, world, entry);
        if (run.exitCode !== 0) throw new Error(`exit ${run.exitCode}: ${run.stdout}${run.stderr}`);
      } finally {
        await copy.dispose();
      }
    },
  );

  const rows = faultsFor(variant).flatMap((fault) => entries.map((entry) => [fault, entry] as const));
  if (!rows.length) {
    test('no issue-19 fault applies (it talks to no service and reads no file; the property test covers its inputs)', () => {
      expect(variant.github || variant.registry || variant.files.length).toBeFalsy();
    });
  }
  for (const [fault, entry] of rows) {
    const label = `${fault.name} (${entry})`;
    if (gated(fault.area)) {
      test.skip(`${label}: known open, ${KNOWN_OPEN[fault.area!]}`, () => {});
      continue;
    }
    if (fault.needsRegistry && !registryAvailable()) {
      test.skip(`${label}: docker-registry is not installed`, () => {});
      continue;
    }
    test(label, async () => {
      if ((variant.registry || fault.needsRegistry) && !services.registry) return;
      const target = newTarget();
      const world: World = { project: working, services, target, registryHost: services.proxy?.host ?? '127.0.0.1:9' };
      const arranged = await fault.arrange(world, variant);
      let changed = true;
      try {
        if (!arranged.seeded) variant.seed?.(services, target);
        const caseWorld = { ...world, registryHost: arranged.registryHost ?? world.registryHost };
        const github = !fault.afterGitHubWrites;
        const before = snapshotWorld(working, services, target, { github });
        const run = await runVariant(variant, caseWorld, entry, { env: arranged.env });
        const after = snapshotWorld(working, services, target, { github });
        changed = after !== before;
        expect(brokenPromise(run, entry)).toBeUndefined();
        if (fault.names) expect(errorLines(run, entry)[0]).toMatch(fault.names);
        expect(after).toBe(before);
      } finally {
        await arranged.undo?.();
        if (changed) {
          // This case failed by changing the world: the next one starts from a fresh copy.
          await working.dispose();
          working = await copyProject(pristine);
        }
      }
    });
  }
});
