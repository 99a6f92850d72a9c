// What `npm run generate` writes, computed from each operation's declaration (its InputSpec and
// outputs): the inputs:/outputs: blocks of actions/<name>/action.yml, the input and output tables of
// actions/<name>/README.md and the top README's table of actions, plus the files a new action dir
// still lacks. The operation is the one source; everything here is a rendering of it, so a
// description is written once, in packages/release-kit/src/operations/<name>.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse, stringify } from 'yaml';

export const OPERATIONS_DIR = 'packages/release-kit/src/operations';

/** The first line of the generated part of action.yml: says where to edit instead. */
export function generatedComment(name) {
  return `# inputs and outputs: generated from ${OPERATIONS_DIR}/${name}.ts by \`npm run generate\`; edit them there.`;
}
const GENERATED_COMMENT = /^# inputs and outputs: generated from /;

/** Every directory under actions/: each one is an action and must have an operation of the same name. */
export function actionDirs(root) {
  const dir = path.join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Load actions/<name>'s operation and check that it declares what the generated files need. */
export async function loadOperation(root, name) {
  const file = path.join(OPERATIONS_DIR, `${name}.ts`);
  if (!existsSync(path.join(root, file)))
    throw new Error(
      `actions/${name}/ has no operation: write ${file} exporting \`operation\` (see README, "Adding an action")`,
    );
  const { operation } = await import(pathToFileURL(path.join(root, file)).href);
  checkOperation(operation, name, file);
  return operation;
}

/** What the renderings rely on, stated as errors that name the operation file and the fix. */
export function checkOperation(operation, name, file) {
  const problems = [];
  if (!operation || typeof operation !== 'object') throw new Error(`${file} does not export \`operation\``);
  if (operation.name !== name)
    problems.push(`its name is ${JSON.stringify(operation.name)}, not the directory name "${name}"`);
  if (!operation.description?.trim()) problems.push('it has no description');
  for (const [kind, list] of [
    ['input', operation.inputs],
    ['output', operation.outputs],
  ]) {
    if (!Array.isArray(list)) {
      problems.push(`it declares no ${kind}s array`);
      continue;
    }
    const seen = new Set();
    for (const entry of list) {
      if (!/^[a-z][a-z0-9-]*$/.test(entry.name ?? ''))
        problems.push(`${kind} ${JSON.stringify(entry.name)} is not a lower-case, hyphenated name`);
      if (seen.has(entry.name)) problems.push(`${kind} ${entry.name} is declared twice`);
      seen.add(entry.name);
      if (!entry.description?.trim()) problems.push(`${kind} ${entry.name} has no description`);
      if (kind === 'input' && entry.default !== undefined && typeof entry.default !== 'string')
        problems.push(`input ${entry.name}'s default is not a string`);
    }
  }
  if (Array.isArray(operation.outputs) && !operation.outputs.some((output) => output.name === 'state'))
    problems.push('it has no `state` output (every action reports one)');
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
}

/** The generated part of action.yml: a comment naming the source, then `inputs:` and `outputs:`. */
export function metadataBlock(name, operation) {
  const inputs = {};
  for (const input of operation.inputs) {
    const spec = { description: oneLine(input.description) };
    if (input.default !== undefined) spec.default = input.default;
    spec.required = Boolean(input.required);
    inputs[input.name] = spec;
  }
  const outputs = {};
  for (const output of operation.outputs) outputs[output.name] = { description: oneLine(output.description) };
  const yaml = stringify(
    { inputs, outputs },
    { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0, minContentWidth: 0 },
  );
  return `${generatedComment(name)}\n${yaml}`;
}

/**
 * action.yml with its inputs:/outputs: blocks (and the generated comment) replaced by `block`; every
 * other line is kept byte for byte. A top-level block runs from its key to its last indented line.
 */
export function spliceActionYml(text, block) {
  const lines = text.split('\n');
  const kept = [];
  let insertAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (GENERATED_COMMENT.test(line)) {
      if (insertAt < 0) insertAt = kept.length;
      continue;
    }
    if (/^(inputs|outputs):/.test(line)) {
      if (insertAt < 0) insertAt = kept.length;
      let end = i;
      for (let j = i + 1; j < lines.length && (lines[j] === '' || /^[ \t]/.test(lines[j])); j++) {
        if (lines[j] !== '') end = j;
      }
      i = end;
      continue;
    }
    kept.push(line);
  }
  if (insertAt < 0) {
    const runs = kept.findIndex((line) => /^runs:/.test(line));
    insertAt = runs >= 0 ? runs : kept.length && kept[kept.length - 1] === '' ? kept.length - 1 : kept.length;
  }
  kept.splice(insertAt, 0, ...block.replace(/\n$/, '').split('\n'));
  return kept.join('\n');
}

/** action.yml for a new action dir: the hand-written parts start from the operation's description. */
export function scaffoldActionYml(name, operation) {
  return [
    `name: ${quote(`release-kit ${name}`)}`,
    `description: ${quote(oneLine(operation.description))}`,
    `author: 'release-kit'`,
    'branding:',
    `  icon: 'package'`,
    `  color: 'blue'`,
    'runs:',
    `  using: 'node24'`,
    `  main: '../../dist/${name}/index.js'`,
    '',
  ].join('\n');
}

/** The thin entry of a new action: the operation, run the way every action runs. */
export function scaffoldMain(name) {
  return [
    `// ${name}: the action entry; what it does is the operation in ${OPERATIONS_DIR}/${name}.ts.`,
    `import { runAction } from '../../../packages/release-kit/src/runtime/action.js';`,
    `import { operation } from '../../../packages/release-kit/src/operations/${name}.js';`,
    'await runAction(operation);',
    '',
  ].join('\n');
}

export function scaffoldReadme(name, operation) {
  return `# ${name}\n\n${oneLine(operation.description)}\n`;
}

/** The README's input table: the Default column shows the declared default, or (required). */
export function inputsTable(operation) {
  return [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...operation.inputs.map(
      (input) =>
        `| \`${input.name}\` | ${input.required ? '(required)' : code(input.default ?? '')} | ${cell(input.description)} |`,
    ),
  ].join('\n');
}

export function outputsTable(operation) {
  return [
    '| Output | Description |',
    '| --- | --- |',
    ...operation.outputs.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`),
  ].join('\n');
}

/** The top README's table of actions: each action's own summary line, its action.yml `description`. */
export function actionsTable(actions) {
  return [
    '| action | what it does |',
    '| --- | --- |',
    ...actions.map(({ name, description }) => `| [\`${name}\`](actions/${name}/README.md) | ${cell(description)} |`),
  ].join('\n');
}

/**
 * Put `content` between `<!-- <marker>:start -->` and `<!-- <marker>:end -->`. Without the markers
 * (a README written before the generator, or a new one), the first table under `## <heading>` is
 * replaced; without that heading, the section is appended.
 */
export function spliceMarked(text, marker, heading, content) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const marked = `${start}\n\n${content}\n\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 || to >= 0) {
    if (from < 0 || to < from || text.indexOf(start, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0)
      throw new Error(`needs exactly one ${start} followed by one ${end}`);
    return text.slice(0, from) + marked + text.slice(to + end.length);
  }
  const lines = text.split('\n');
  const headingAt = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (headingAt < 0) return `${text.replace(/\n*$/, '')}\n\n## ${heading}\n\n${marked}\n`;
  let sectionEnd = lines.findIndex((line, i) => i > headingAt && /^#{1,2} /.test(line));
  if (sectionEnd < 0) sectionEnd = lines.length;
  const tableAt = lines.findIndex((line, i) => i > headingAt && i < sectionEnd && line.trimStart().startsWith('|'));
  if (tableAt < 0) {
    lines.splice(headingAt + 1, 0, '', marked);
    return lines.join('\n');
  }
  let tableEnd = tableAt;
  while (tableEnd + 1 < sectionEnd && lines[tableEnd + 1].trimStart().startsWith('|')) tableEnd++;
  lines.splice(tableAt, tableEnd - tableAt + 1, marked);
  return lines.join('\n');
}

/** Format a generated file as `prettier --check .` expects it, unless .prettierignore leaves it out. */
async function formatted(root, file, text) {
  const full = path.join(root, file);
  const info = await prettier.getFileInfo(full, { ignorePath: path.join(root, '.prettierignore') });
  if (info.ignored || !info.inferredParser) return text;
  const options = (await prettier.resolveConfig(full)) ?? {};
  return prettier.format(text, { ...options, filepath: full });
}

/**
 * Every file the generator owns, as it should be: [{ file, source, text }] with `file` relative to
 * root and `source` the operation it comes from. Reads the committed files (to keep their
 * hand-written parts) and writes nothing.
 */
export async function generatedFiles(root, load = (name) => loadOperation(root, name)) {
  const read = (file) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined);
  const files = [];
  const actions = [];
  for (const name of actionDirs(root)) {
    const operation = await load(name);
    const source = path.join(OPERATIONS_DIR, `${name}.ts`);

    const yml = `actions/${name}/action.yml`;
    const ymlText = await formatted(
      root,
      yml,
      spliceActionYml(read(yml) ?? scaffoldActionYml(name, operation), metadataBlock(name, operation)),
    );
    files.push({ file: yml, source, text: ymlText });
    actions.push({ name, description: oneLine(String(parse(ymlText)?.description ?? operation.description)) });

    const main = `actions/${name}/src/main.ts`;
    files.push({ file: main, source, text: read(main) ?? (await formatted(root, main, scaffoldMain(name))) });

    const readme = `actions/${name}/README.md`;
    const readmeText = inContext(readme, () =>
      spliceMarked(
        spliceMarked(read(readme) ?? scaffoldReadme(name, operation), 'inputs', 'Inputs', inputsTable(operation)),
        'outputs',
        'Outputs',
        outputsTable(operation),
      ),
    );
    files.push({ file: readme, source, text: await formatted(root, readme, readmeText) });
  }
  const top = read('README.md');
  if (top !== undefined && actions.length) {
    const text = inContext('README.md', () => spliceMarked(top, 'actions', 'Actions', actionsTable(actions)));
    files.push({ file: 'README.md', source: 'actions/*/action.yml (description)', text });
  }
  return files;
}

/** Run a rendering; its error is prefixed with the file it was rendering. */
function inContext(file, fn) {
  try {
    return fn();
  } catch (error) {
    throw new Error(`${file}: ${error.message}`, { cause: error });
  }
}

/** The first line where two texts differ, 1-based, with both versions of it. */
export function firstDifference(committed, generated) {
  const a = committed.split('\n');
  const b = generated.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, committed: a[i], generated: b[i] };
  }
  return undefined;
}

function oneLine(text) {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function quote(text) {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** An inline code span holding `text` (empty for ''), wide enough for backticks inside it. */
function code(text) {
  if (text === '') return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return cell(`${fence}${pad}${text}${pad}${fence}`);
}
