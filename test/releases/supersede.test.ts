// The supersede texts and checks: one banner at the top whatever ran before, tags kept in their series.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  checkSupersession,
  isSuperseded,
  supersededTag,
  withSupersededBanner,
  withSupersedesLine,
} from '../../packages/release-kit/src/releases/supersede.js';

const s = { newTag: 'v0.3.1', oldTag: 'v0.3.0', reason: 'the arm64 image crashes on start' };

describe('withSupersededBanner', () => {
  test('puts the banner on top and is stable on rerun', () => {
    const once = withSupersededBanner('## Summary\n\nText.\n', s);
    expect(once).toBe(
      '> [!WARNING]\n> Superseded by v0.3.1: the arm64 image crashes on start. Use v0.3.1 instead.\n\n## Summary\n\nText.\n',
    );
    expect(withSupersededBanner(once, s)).toBe(once);
    expect(isSuperseded({ body: once })).toBe(true);
    expect(isSuperseded({ body: '## Summary' })).toBe(false);
  });

  test('an empty body gets the banner alone; a later superseding release replaces the banner', () => {
    expect(withSupersededBanner(null, s)).toBe(
      '> [!WARNING]\n> Superseded by v0.3.1: the arm64 image crashes on start. Use v0.3.1 instead.\n',
    );
    const first = withSupersededBanner('notes', s);
    expect(withSupersededBanner(first, { newTag: 'v0.3.2', reason: 'v0.3.1 did not fix it' })).toBe(
      '> [!WARNING]\n> Superseded by v0.3.2: v0.3.1 did not fix it. Use v0.3.2 instead.\n\nnotes',
    );
  });

  test('a warning the authors wrote lower down is theirs and stays', () => {
    const body = '## Summary\n\n> [!WARNING]\n> Superseded by nothing: a quote.\n';
    expect(withSupersededBanner(body, s)).toBe(
      `> [!WARNING]\n> Superseded by v0.3.1: the arm64 image crashes on start. Use v0.3.1 instead.\n\n${body}`,
    );
  });

  test('property: applying any sequence of banners leaves exactly one, the last, above the original notes', () => {
    const reason = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,:()'-]{0,40}$/);
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ newTag: fc.constantFrom('v0.3.1', 'v0.3.2', 'v1.0.0'), reason }), {
          minLength: 1,
          maxLength: 5,
        }),
        (notes, banners) => {
          const original = `notes: ${notes.replace(/\r\n?/g, '\n')}`;
          let body = original;
          for (const banner of banners) body = withSupersededBanner(body, banner);
          const last = banners[banners.length - 1];
          expect(body).toBe(
            `> [!WARNING]\n> Superseded by ${last.newTag}: ${last.reason}. Use ${last.newTag} instead.\n\n${original}`,
          );
        },
      ),
    );
  });
});

describe('checkSupersession', () => {
  test('a bare version takes the new tag series; a prefixed tag is kept', () => {
    expect(supersededTag('0.3.0', 'v0.3.1', '0.3.1')).toBe('v0.3.0');
    expect(supersededTag('0.3.0', 'krt-v0.3.1', '0.3.1')).toBe('krt-v0.3.0');
    expect(supersededTag('krt-v0.3.0', 'v0.3.1', '0.3.1')).toBe('krt-v0.3.0');
    expect(checkSupersession('krt-v0.9.1', 'broken archives.', 'krt-v0.9.2', '0.9.2')).toEqual({
      oldTag: 'krt-v0.9.1',
      oldVersion: '0.9.1',
      newTag: 'krt-v0.9.2',
      newVersion: '0.9.2',
      reason: 'broken archives',
    });
  });

  test('a release never supersedes itself, a higher or an equal version', () => {
    expect(() => checkSupersession('v0.3.1', 'x', 'v0.3.1', '0.3.1')).toThrow(
      /^input 'supersedes' has invalid value "v0\.3\.1": expected an earlier release than v0\.3\.1 itself/,
    );
    expect(() => checkSupersession('chart-v0.3.1', 'x', 'v0.3.1', '0.3.1')).toThrow(
      /expected a release lower than 0\.3\.1.*such as its superseding patch chart-v0\.3\.2/,
    );
    expect(() => checkSupersession('v0.3.1', 'x', 'v0.3.1-rc.1', '0.3.1-rc.1')).toThrow(
      /expected a release lower than 0\.3\.1-rc\.1/,
    );
    expect(checkSupersession('v0.3.1-rc.1', 'x', 'v0.3.1', '0.3.1').oldVersion).toBe('0.3.1-rc.1');
  });

  test('the reason is one line', () => {
    expect(() => checkSupersession('v0.3.0', '  ', 'v0.3.1', '0.3.1')).toThrow(
      /^input 'supersede-reason' has invalid value " {2}": expected one line/,
    );
    expect(() => checkSupersession('v0.3.0', 'a\nb', 'v0.3.1', '0.3.1')).toThrow(/input 'supersede-reason'/);
    expect(() => checkSupersession('v0.3.0', 'x'.repeat(301), 'v0.3.1', '0.3.1')).toThrow(/at most 300 characters/);
  });

  test('the new notes open with the line naming the superseded release', () => {
    expect(withSupersedesLine('## Summary\n', s)).toBe(
      '> [!NOTE]\n> Supersedes v0.3.0: the arm64 image crashes on start.\n\n## Summary\n',
    );
  });
});
