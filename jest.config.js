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
  // Four workers on two cores: the suites wait on child processes, registries and loopback servers
  // much of the time (a 2-worker run kept about 1.5 cores busy), so more workers overlap those waits.
  maxWorkers: 4,
  // Jest gives a worker 500 ms to exit once told to, then kills it and warns "A worker process has failed
  // to exit gracefully … tests leaking". Measured per worker (every suite): each reached its exit event
  // within 35 ms with nothing alive but its stdio and IPC pipes, so no test leaks a handle; what took
  // longer was the operating system tearing down a worker of 250-300 MB on a machine with a load of 15-25.
  // Five seconds still catches a handle left open (a server, a child process, an interval), which keeps a
  // worker alive for good.
  workerGracefulExitTimeout: 5000,
};
