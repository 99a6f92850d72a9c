// The hostile cases of the property test and of its sample through the bundles: generated bad input
// values and hostile files for every variant (scenarios.ts), each run against the shared world and
// judged by the promise for bad input (exit 1, one error line, no stack, nothing touched).
import fc from 'fast-check';
import { commands } from '../../packages/release-kit/src/cli/commands.js';
import type { InputSpec } from '../../packages/release-kit/src/runtime/operation.js';
import { notBoolean } from './bad-values.js';
import { makeHostile } from './hostile.js';
import { gated, type KnownOpenArea } from './known-open.js';
import { brokenPromise, isAction, runVariant, type Entry } from './run-case.js';
import { VARIANTS, type FileRole, type HostileFileKind, type Variant, type World } from './scenarios.js';
import {
  copyProject,
  createProject,
  snapshotShared,
  snapshotTarget,
  startServices,
  type Project,
  type Services,
} from './world.js';

/** A case names its variant and file (so a counterexample prints short); runCase looks them up. */
export type Case =
  | { kind: 'input'; variant: string; entry: Entry; input: string; value: string }
  | { kind: 'file'; variant: string; entry: Entry; role: string; hostile: HostileFileKind };

const variantNamed = (name: string): Variant => VARIANTS.find((v) => v.name === name)!;
const roleOf = (variant: Variant, file: string): FileRole => variant.files.find((r) => r.path === file)!;

/** Wrong values for the inputs a variant's operation declares: booleans that are not, required inputs left blank. */
function declaredBad(inputs: readonly InputSpec[], base: Record<string, string>): Record<string, fc.Arbitrary<string>> {
  const bad: Record<string, fc.Arbitrary<string>> = {};
  for (const input of inputs) {
    if (input.default === 'true' || input.default === 'false') bad[input.name] = notBoolean;
    else if (input.required && input.name in base) bad[input.name] = fc.constantFrom('', '  ', '\n');
  }
  return bad;
}

export function describeCase(c: Case): string {
  const what = c.kind === 'input' ? `${c.input}=${JSON.stringify(c.value.slice(0, 200))}` : `${c.role} as ${c.hostile}`;
  return `${c.variant} (${c.entry}): ${what}`;
}

/** A case that runs longer than this has hung (a blocking read of a FIFO, say): that breaks the promise too. */
const CASE_TIMEOUT_MS = 30_000;

async function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung for ${CASE_TIMEOUT_MS} ms: ${what}`)), CASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The services, the world and the counts of one test file's hostile cases. */
export class HostileCases {
  services!: Services;
  private pristine!: Project;
  private working!: Project;
  private counter = 0;
  /** The shared world as the last case left it, when that case changed nothing (input cases start from it). */
  private sharedAfterLast: string | undefined;
  readonly tally = {
    cases: 0,
    inputs: 0,
    files: 0,
    byOperation: new Map<string, number>(),
    byKind: new Map<string, number>(),
    msByVariant: new Map<string, number>(),
    countByVariant: new Map<string, number>(),
  };
  /** Generated forms skipped as known open (known-open.ts), named with their area. */
  readonly leftOut = new Set<string>();

  /** `spawned`: run each case through the bundles (dist/), as the runner and a terminal do. */
  constructor(private readonly options: { spawned?: boolean; only?: string[] } = {}) {}

  async start(): Promise<void> {
    this.services = await startServices();
    this.pristine = await createProject(this.services);
    this.working = await copyProject(this.pristine);
  }

  async close(): Promise<void> {
    await this.working?.dispose();
    await this.pristine?.dispose();
    await this.services?.close();
  }

  private world(target: World['target']): World {
    return {
      project: this.working,
      services: this.services,
      target,
      registryHost: this.services.proxy?.host ?? '127.0.0.1:9',
    };
  }

  /** The variants this run covers (with a registry only when one runs here; RELEASE_KIT_PROPERTY_ONLY narrows). */
  variants(): Variant[] {
    const only = this.options.only ?? [];
    return VARIANTS.filter((v) => (!v.registry || this.services.registry) && (!only.length || only.includes(v.name)));
  }

  /** The hostile forms a file role takes here: those of areas still open elsewhere are left out, and named. */
  private hostileKinds(variant: Variant, role: FileRole): HostileFileKind[] {
    return (Object.entries(role.hostile) as [HostileFileKind, KnownOpenArea | undefined][])
      .filter(([kind, area]) => {
        if (!gated(area)) return true;
        this.leftOut.add(`${area} (${variant.operation}: ${role.path} ${kind})`);
        return false;
      })
      .map(([kind]) => kind);
  }

  /**
   * Every hostile file form of every variant, through each of its entries, once: the forms are fixed
   * (a FIFO is a FIFO), so drawing them again and again adds time and no cover.
   */
  fileCases(): Case[] {
    const all: Case[] = [];
    for (const variant of this.variants()) {
      const entries: Entry[] = isAction(variant) ? ['cli', 'action'] : ['cli'];
      for (const role of variant.files)
        for (const hostile of this.hostileKinds(variant, role))
          for (const entry of entries)
            all.push({ kind: 'file', variant: variant.name, entry, role: role.path, hostile });
    }
    return all;
  }

  /**
   * Every case generator: generated bad values for every input worth fuzzing, and (with `files`) the
   * hostile file forms, weighted so the cheap ones (inputs) are many and the file ones fewer.
   */
  async arbitrary(options: { files?: boolean; variant?: string } = { files: true }): Promise<fc.Arbitrary<Case>> {
    const arbitraries: fc.WeightedArbitrary<Case>[] = [];
    for (const variant of this.variants().filter((v) => !options.variant || v.name === options.variant)) {
      const entries: Entry[] = isAction(variant) ? ['cli', 'action'] : ['cli'];
      const entry = fc.constantFrom(...entries);
      const { operation } = await commands[variant.operation].load();
      const base = variant.inputs(this.world({ owner: 'acme', repo: 'prop-0', registryPrefix: 'prop0' }));
      const bad = { ...declaredBad(operation.inputs, base), ...variant.bad };
      for (const [input, values] of Object.entries(bad)) {
        // A spawned process gets its inputs through argv and the environment, which cannot hold NUL, nor
        // one string over the kernel's 128 KiB (MAX_ARG_STRLEN: spawn fails with E2BIG before any code runs).
        const spawnable = (v: string) => !v.includes('\u0000') && Buffer.byteLength(v) < 120_000;
        const usable = this.options.spawned ? values.filter(spawnable) : values;
        arbitraries.push({
          weight: 4,
          arbitrary: fc
            .record({ entry, value: usable })
            .map(({ entry: e, value }) => ({ kind: 'input' as const, variant: variant.name, entry: e, input, value })),
        });
      }
      if (!options.files) continue;
      for (const role of variant.files) {
        const kinds = this.hostileKinds(variant, role);
        if (!kinds.length) continue;
        arbitraries.push({
          weight: 3,
          arbitrary: fc.record({ entry, hostile: fc.constantFrom(...kinds) }).map(({ entry: e, hostile }) => ({
            kind: 'file' as const,
            variant: variant.name,
            entry: e,
            role: role.path,
            hostile,
          })),
        });
      }
    }
    return fc.oneof(...arbitraries);
  }

  /** Run one case; throws, naming the case, when it breaks the promise. */
  readonly run = async (c: Case): Promise<void> => {
    const variant = variantNamed(c.variant);
    const started = performance.now();
    this.counter += 1;
    const target = { owner: 'acme', repo: `prop-${this.counter}`, registryPrefix: `prop${this.counter}` };
    const world = this.world(target);
    const undo =
      c.kind === 'file'
        ? await makeHostile(this.working.workspace, this.working.outside, roleOf(variant, c.role), c.hostile)
        : undefined;
    let changed = true;
    let sharedAfter: string | undefined;
    try {
      variant.seed?.(this.services, target);
      const sharedBefore = (c.kind === 'input' && this.sharedAfterLast) || snapshotShared(this.working, this.services);
      const targetBefore = snapshotTarget(this.services, target);
      const run = await withTimeout(
        runVariant(variant, world, c.entry, {
          inputs: c.kind === 'input' ? { [c.input]: c.value } : {},
          spawned: this.options.spawned,
        }),
        describeCase(c),
      );
      sharedAfter = snapshotShared(this.working, this.services);
      changed = sharedAfter !== sharedBefore || snapshotTarget(this.services, target) !== targetBefore;
      const broken = brokenPromise(run, c.entry) ?? (changed ? 'the world changed' : undefined);
      if (broken) throw new Error(`${describeCase(c)}: ${broken}`);
    } finally {
      await undo?.();
      // After a file case the file is back, but its snapshot is taken again rather than assumed.
      this.sharedAfterLast = !changed && !undo ? sharedAfter : undefined;
      if (changed) {
        // A failing case may have committed, pushed or written: shrinking starts again from a clean copy.
        await this.working.dispose();
        this.working = await copyProject(this.pristine);
      }
    }
    this.count(c, variant, performance.now() - started);
  };

  private count(c: Case, variant: Variant, ms: number): void {
    const t = this.tally;
    t.cases += 1;
    const key = `${c.variant} ${c.kind}`;
    t.msByVariant.set(key, (t.msByVariant.get(key) ?? 0) + ms);
    t.countByVariant.set(key, (t.countByVariant.get(key) ?? 0) + 1);
    if (c.kind === 'input') t.inputs += 1;
    else t.files += 1;
    t.byOperation.set(variant.operation, (t.byOperation.get(variant.operation) ?? 0) + 1);
    const kind = c.kind === 'file' ? c.hostile : 'bad input';
    t.byKind.set(kind, (t.byKind.get(kind) ?? 0) + 1);
  }

  /** The run's count and what it covered, for the test's output. */
  report(title: string, seconds: string): string {
    const t = this.tally;
    const list = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(', ');
    return [
      `${title}: ${t.cases} cases in ${seconds} s (${t.inputs} bad inputs, ${t.files} hostile files), each exit 1 with one line and nothing touched`,
      `  by operation: ${list(t.byOperation)}`,
      `  by kind: ${list(t.byKind)}`,
      `  time (ms/cases) by variant: ${[...t.msByVariant]
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => `${k} ${Math.round(ms)}/${t.countByVariant.get(k)}`)
        .join(', ')}`,
      `  left out, known open (known-open.ts): ${[...this.leftOut].join('; ') || 'none'}`,
      '',
    ].join('\n');
  }
}
