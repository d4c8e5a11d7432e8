import { isUtf8 } from 'node:buffer';
import type { Position } from './types.js';

/** Records are small; anything bigger is a mistake or an attack. */
export const MAX_RECORD_BYTES = 256 * 1024;

/** A problem with a file's bytes, before any parsing. */
export interface ByteProblem {
  rule: 'file-too-large' | 'encoding';
  message: string;
  position: Position;
}

/** The text of a record file, or why it cannot be read as text. */
export interface TextResult {
  text?: string;
  problems: ByteProblem[];
}

const start: Position = { line: 1, column: 1 };

/** Offset of the first byte that breaks UTF-8 (only called once isUtf8 said no). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (lineStart = i + 1));
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

/** Decodes a record file: UTF-8 only, no byte-order mark, no NUL, bounded size. */
export function readText(bytes: Uint8Array, maxBytes = MAX_RECORD_BYTES): TextResult {
  if (bytes.length > maxBytes) {
    const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;
    return { problems: [{ rule: 'file-too-large', position: start, message: `file is ${kib(bytes.length)}; a record must be at most ${kib(maxBytes)}. Shorten long text or split the record` }] };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [{ rule: 'encoding', position: start, message: 'file is saved as UTF-16; save it as UTF-8 (without BOM)' }] };
  }
  const problems: ByteProblem[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({ rule: 'encoding', position: start, message: 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM' });
    body = bytes.subarray(3);
  }
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    const byte = body[offset]!.toString(16).toUpperCase().padStart(2, '0');
    problems.push({
      rule: 'encoding',
      position: positionOfByte(body, offset),
      message: `file is not valid UTF-8 (byte 0x${byte}; often a letter such as "é" saved as Latin-1 or Windows-1252); save it as UTF-8`,
    });
    return { problems };
  }
  const nul = body.indexOf(0);
  if (nul !== -1) {
    problems.push({ rule: 'encoding', position: positionOfByte(body, nul), message: 'file contains a NUL byte; it is binary or UTF-16, not a UTF-8 text record' });
    return { problems };
  }
  return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), problems };
}
