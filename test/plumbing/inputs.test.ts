// Inputs read each default from its declaration: one statement of it for the action, the CLI and --help.
import { describe, expect, test } from '@jest/globals';
import { Inputs, recordInputSource } from '../../packages/release-kit/src/plumbing/inputs.js';
import { operation as publishChartOci } from '../../packages/release-kit/src/operations/publish-chart-oci.js';

const declared = [
  { name: 'mode', default: 'notes' },
  { name: 'plain-http', default: 'false' },
  { name: 'retries', default: '3' },
  { name: 'changelog', default: 'CHANGELOG.md' },
  { name: 'push' },
];

describe('declared defaults', () => {
  const empty = new Inputs(recordInputSource({ mode: '  ', 'plain-http': '' }), undefined, declared);

  test('an empty or absent input takes the declared default, typed', () => {
    expect(empty.choice('mode', ['notes', 'release'] as const)).toBe('notes');
    expect(empty.boolean('plain-http')).toBe(false);
    expect(empty.integer('retries', { min: 0, max: 10 })).toBe(3);
    expect(empty.string('changelog')).toBe('CHANGELOG.md');
  });

  test('a given value wins and is still validated', () => {
    const given = new Inputs(
      recordInputSource({ mode: 'release', 'plain-http': 'yes', retries: '11' }),
      undefined,
      declared,
    );
    expect(given.choice('mode', ['notes', 'release'] as const)).toBe('release');
    expect(() => given.boolean('plain-http')).toThrow(
      `input 'plain-http' has invalid value "yes": expected true or false`,
    );
    expect(() => given.integer('retries', { min: 0, max: 10 })).toThrow(
      `input 'retries' has invalid value "11": expected a whole number from 0 to 10`,
    );
  });

  test('a default that depends on another value is the explicit fallback', () => {
    expect(empty.boolean('push', true)).toBe(true);
  });

  test('reading an input the operation does not declare, or one without any default, is a bug (not a UserError)', () => {
    expect(() => empty.string('chnagelog')).toThrow(
      "input 'chnagelog' is read but not declared in the operation's inputs",
    );
    expect(() => empty.boolean('push')).toThrow("input 'push' has no declared default and no fallback");
  });

  test("every operation's declared defaults parse as the accessor reads them (publish-chart-oci)", () => {
    const inputs = new Inputs(recordInputSource({}), undefined, publishChartOci.inputs);
    expect(inputs.boolean('plain-http')).toBe(false);
    expect(inputs.choice('on-existing', ['fail', 'overwrite'] as const)).toBe('fail');
  });
});
