// Lint for the pack. The one rule that matters most: no shell strings anywhere in the sources. And one
// reader of the environment: runtime/context.ts (plus the entries that hand it process.env).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noShell = {
  'no-restricted-imports': [
    'error',
    {
      paths: ['child_process', 'node:child_process'].map((name) => ({
        name,
        importNames: ['exec', 'execSync'],
        message: 'Shell strings are forbidden: use execFile/spawn with an argument array (or plumbing/exec).',
      })),
    },
  ],
  'no-restricted-properties': [
    'error',
    ...['child_process', 'cp', 'childProcess'].flatMap((object) => [
      { object, property: 'exec', message: 'Shell strings are forbidden: use an argument array.' },
      { object, property: 'execSync', message: 'Shell strings are forbidden: use an argument array.' },
    ]),
  ],
  'no-restricted-syntax': [
    'error',
    {
      // Anything but a literal `shell: false` (true, '/bin/sh', a variable) would hand the command to a shell.
      selector: "Property[key.name='shell']:not([value.value=false])",
      message: 'A shell option is forbidden (only shell: false): run programs with argument arrays.',
    },
    {
      // A namespace or default import (or require) would let `anything.exec(...)` slip past the rules above.
      selector:
        'ImportDeclaration[source.value=/^(node:)?child_process$/] > :matches(ImportNamespaceSpecifier, ImportDefaultSpecifier)',
      message: 'Import the argument-array functions by name (spawn, execFile) from child_process.',
    },
    {
      selector: "CallExpression[callee.name='require'][arguments.0.value=/^(node:)?child_process$/]",
      message: 'Import the argument-array functions by name (spawn, execFile) from child_process.',
    },
  ],
};

// runtime/context.ts is the one reader of the environment (README): everything else gets what it needs
// through the runner context, so the CLI can set it per run and tests can run operations in-process.
const ONE_ENVIRONMENT_READER = {
  object: 'process',
  property: 'env',
  message:
    'Read the environment in runtime/context.ts only (the RunnerContext / RunHost): pass what you need through the context.',
};
const ENVIRONMENT_READERS = [
  'packages/release-kit/src/runtime/context.ts',
  'packages/release-kit/src/cli/main.ts',
  'actions/*/src/main.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', 'coverage/**', '.demo/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        setImmediate: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      ...noShell,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/**/*.ts', 'actions/**/*.ts'],
    ignores: ENVIRONMENT_READERS,
    rules: {
      'no-restricted-properties': [...noShell['no-restricted-properties'], ONE_ENVIRONMENT_READER],
    },
  },
);
