// Jest runs in native ESM mode (node --experimental-vm-modules); @swc/jest strips types only.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } },
    ],
  },
  // Sources import siblings as './x.js' (NodeNext); map those back to the .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Bundle tests run dist/: rebuild it first when the sources changed (npm test tests the edit).
  globalSetup: '<rootDir>/test/global-setup.mjs',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
};
