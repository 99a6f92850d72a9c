// A file's bytes as text that encodes back to exactly those bytes, invalid UTF-8 included, so an
// edit of one value leaves every other byte of the file as it was.
//
// Written by hand because no codec does this: TextDecoder and Buffer turn each invalid byte into
// U+FFFD, which writes back as three other bytes. Here an invalid byte 0xXY becomes the lone
// surrogate U+DCXY (Python's "surrogateescape"): valid UTF-8 never decodes to a lone surrogate, so
// the way back is unambiguous. A BOM is kept as U+FEFF, as the file holds it.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of `bytes`; invalid UTF-8 bytes become lone surrogates U+DC80–U+DCFF. */
export function decodeLossless(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    return decodeEscaping(bytes);
  }
}

/** The bytes of `text`, lone surrogates U+DC80–U+DCFF back to the invalid bytes they stand for. */
export function encodeLossless(text: string): Buffer {
  if (!/[\uDC80-\uDCFF]/.test(text)) return Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a pair: one astral character, encoded below
      continue;
    }
    if (unit >= 0xdc80 && unit <= 0xdcff) {
      chunks.push(Buffer.from(text.slice(from, i), 'utf8'), Buffer.of(unit & 0xff));
      from = i + 1;
    }
  }
  chunks.push(Buffer.from(text.slice(from), 'utf8'));
  return Buffer.concat(chunks);
}

function decodeEscaping(bytes: Uint8Array): string {
  let out = '';
  let runStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) out += strict.decode(bytes.subarray(runStart, end));
  };
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    flush(i);
    out += String.fromCharCode(0xdc00 | bytes[i]);
    i++;
    runStart = i;
  }
  flush(i);
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when there is none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) =>
    i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
