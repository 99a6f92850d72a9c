#!/usr/bin/env node
// Stand-in for the tools the pipeline's runner images bring and this machine has not: docker (with
// its registry), go (with the C cross compilers), apt-get and bun. The test links it under each name
// onto PATH; it records every call as one JSON line in $STANDIN_LOG and does what the pipeline
// relies on: `go build -o` writes a small executable that prints the -X main.version it was given
// and its GOOS/GOARCH, `docker push` needs the reference built (or tagged) in the same job, `docker
// pull` finds only what was pushed, and `bun FILE` runs the file with Node.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const tool = path.basename(process.argv[1]);
const args = process.argv.slice(2);
const log = process.env.STANDIN_LOG;
if (!log) {
  console.error(`${tool} stand-in: STANDIN_LOG is unset`);
  process.exit(2);
}
const job = process.env.CI_JOB_NAME ?? '';
const record = (entry) => appendFileSync(log, `${JSON.stringify({ tool, args, job, ...entry })}\n`);
/** Everything pushed so far, one reference per line, next to the log (the registry's state). */
const registry = `${log}.registry`;
const pushed = () => (existsSync(registry) ? readFileSync(registry, 'utf8').split('\n').filter(Boolean) : []);
/** What this job built or tagged (docker's local image store lives as long as the job). */
const local = `${log}.local-${process.env.CI_JOB_ID}`;
const built = () => (existsSync(local) ? readFileSync(local, 'utf8').split('\n').filter(Boolean) : []);

/**
 * What gitlab-ci-local asks of the container engine to start a job's `services:` (the runner's
 * docker:dind): a network, the service's container, its image's exposed ports (none: no health check).
 */
function engine(command, rest) {
  const id = () => process.stdout.write(`${Math.random().toString(16).slice(2).padEnd(12, '0')}\n`);
  if (command === 'network' && rest[0] === 'create') id();
  else if (command === 'create') id();
  else if (command === 'image' && rest[0] === 'inspect') process.stdout.write('[{"Config":{}}]\n');
  else if (!['network', 'start', 'logs', 'rm', 'volume', 'stop'].includes(command)) return undefined;
  record({ engine: true });
  return 0;
}

function docker() {
  const [command, ...rest] = args;
  const service = engine(command, rest);
  if (service !== undefined) return service;
  if (command === 'login') {
    readFileSync(0); // the password, from --password-stdin
    record({});
    return 0;
  }
  if (command === 'pull') {
    const found = pushed().includes(rest[0]);
    record({ found });
    if (!found) console.error(`Error response from daemon: manifest for ${rest[0]} not found: manifest unknown`);
    return found ? 0 : 1;
  }
  if (command === 'build') {
    const tags = rest.flatMap((arg, i) => (rest[i - 1] === '--tag' || rest[i - 1] === '-t' ? [arg] : []));
    appendFileSync(local, tags.map((t) => `${t}\n`).join(''));
    record({ tags });
    return 0;
  }
  if (command === 'tag') {
    if (!built().includes(rest[0])) return fail(`No such image: ${rest[0]}`);
    appendFileSync(local, `${rest[1]}\n`);
    record({});
    return 0;
  }
  if (command === 'push') {
    if (!built().includes(rest[0])) return fail(`An image does not exist locally with the tag: ${rest[0]}`);
    appendFileSync(registry, `${rest[0]}\n`);
    record({ pushed: rest[0] });
    return 0;
  }
  return fail(`docker stand-in: no ${command}`);
}

function go() {
  const [command, ...rest] = args;
  if (command === 'mod') {
    record({});
    return 0;
  }
  if (command !== 'build') return fail(`go stand-in: no ${command}`);
  const out = rest[rest.indexOf('-o') + 1];
  const ldflags = rest.find((a) => a.startsWith('-ldflags='))?.slice('-ldflags='.length) ?? '';
  const version = /-X main\.version=(\S+)/.exec(ldflags)?.[1] ?? 'dev';
  const { GOOS, GOARCH, CGO_ENABLED, CC } = process.env;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `#!/bin/sh\necho "buntime ${version} ${GOOS}/${GOARCH} cgo=${CGO_ENABLED} cc=${CC}"\n`);
  chmodSync(out, 0o755);
  record({ out: path.resolve(out), version, GOOS, GOARCH, CGO_ENABLED, CC });
  return 0;
}

function bun() {
  record({});
  if (args[0] === 'install') return 0;
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
}

function fail(message) {
  record({ error: message });
  console.error(message);
  return 1;
}

const tools = { docker, go, bun, 'apt-get': () => (record({}), 0) };
process.exit(tools[tool] ? tools[tool]() : fail(`no stand-in for ${tool}`));
