// The lossless text of a file's bytes: any bytes come back exactly, and an edit of the text changes
// only the bytes it touched.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { decodeLossless, encodeLossless } from '../../packages/release-kit/src/plumbing/lossless-text.js';

describe('decodeLossless / encodeLossless', () => {
  test('any bytes, valid UTF-8 or not, encode back to exactly themselves', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeLossless(decodeLossless(bytes)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('valid UTF-8 (a BOM and astral characters included) decodes as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        const bytes = Buffer.from(`\ufeff${text}`, 'utf8');
        expect(decodeLossless(bytes)).toBe(`\ufeff${text}`);
        expect(encodeLossless(decodeLossless(bytes)).equals(bytes)).toBe(true);
      }),
    );
  });

  test('an edit of ASCII text between arbitrary non-ASCII bytes changes only those bytes', () => {
    const high = fc.uint8Array({ min: 0x80, maxLength: 60 });
    fc.assert(
      fc.property(high, high, (before, after) => {
        const bytes = Buffer.concat([before, Buffer.from('\nversion: 1.0.0\n'), after]);
        const edited = encodeLossless(decodeLossless(bytes).replace('version: 1.0.0', 'version: 1.0.1'));
        expect(edited.equals(Buffer.concat([before, Buffer.from('\nversion: 1.0.1\n'), after]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('invalid bytes are kept as lone surrogates: Latin-1 é, a stray continuation byte, an encoded surrogate', () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80]);
    const text = decodeLossless(bytes);
    expect(text).toBe('Caf\udce9 \udc80\udced\udca0\udc80😀');
    expect(encodeLossless(text).equals(bytes)).toBe(true);
  });
});
