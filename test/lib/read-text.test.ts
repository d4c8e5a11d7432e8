import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES, readText } from '../../scripts/lib/read-text.js';
import { lint } from '../helpers/check.js';
import { organisation } from '../helpers/records.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p))));

const NOT_UTF8 = 'file is not valid UTF-8 (byte 0xE9; often a letter such as "é" saved as Latin-1 or Windows-1252); save it as UTF-8';

describe('readText', () => {
  it('decodes plain UTF-8 without problems', () => {
    expect(readText(utf8('id: a\nname:\n  en: Café\n'))).toEqual({ text: 'id: a\nname:\n  en: Café\n', problems: [] });
  });

  it('reports a UTF-8 byte-order mark and still gives the text after it', () => {
    expect(readText(bytes([0xef, 0xbb, 0xbf], 'id: a\n'))).toEqual({
      text: 'id: a\n',
      problems: [{ rule: 'encoding', position: { line: 1, column: 1 }, message: 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM' }],
    });
  });

  it('refuses UTF-16, little and big endian', () => {
    const problems = [{ rule: 'encoding', position: { line: 1, column: 1 }, message: 'file is saved as UTF-16; save it as UTF-8 (without BOM)' }];
    expect(readText(bytes([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]))).toEqual({ problems });
    expect(readText(bytes([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]))).toEqual({ problems });
  });

  it('refuses invalid UTF-8 at the line and column of the bad byte', () => {
    expect(readText(bytes('id: a\nname:\n  en: Caf', [0xe9], '\n'))).toEqual({ problems: [{ rule: 'encoding', position: { line: 3, column: 10 }, message: NOT_UTF8 }] });
  });

  it('counts columns in characters, not bytes, before the bad byte', () => {
    expect(readText(bytes('id: a\nname: é', [0xe9], '\n'))).toEqual({ problems: [{ rule: 'encoding', position: { line: 2, column: 8 }, message: NOT_UTF8 }] });
  });

  it('keeps the BOM problem when the rest is not UTF-8, positioned in the text after the BOM', () => {
    expect(readText(bytes([0xef, 0xbb, 0xbf], 'ab', [0xe9]))).toEqual({
      problems: [
        { rule: 'encoding', position: { line: 1, column: 1 }, message: 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM' },
        { rule: 'encoding', position: { line: 1, column: 3 }, message: NOT_UTF8 },
      ],
    });
  });

  it('refuses a NUL byte at its position', () => {
    expect(readText(bytes('id: a\nna', [0x00], 'me: b\n'))).toEqual({
      problems: [{ rule: 'encoding', position: { line: 2, column: 3 }, message: 'file contains a NUL byte; it is binary or UTF-16, not a UTF-8 text record' }],
    });
  });

  it('refuses a file over 256 KiB and accepts one of exactly 256 KiB', () => {
    expect(MAX_RECORD_BYTES).toBe(262_144);
    expect(readText(new Uint8Array(MAX_RECORD_BYTES + 1).fill(0x61))).toEqual({
      problems: [{ rule: 'file-too-large', position: { line: 1, column: 1 }, message: 'file is 257 KiB; a record must be at most 256 KiB. Shorten long text or split the record' }],
    });
    expect(readText(new Uint8Array(MAX_RECORD_BYTES).fill(0x61)).problems).toEqual([]);
  });

  it('takes another size bound', () => {
    expect(readText(utf8('x'.repeat(2049)), 2048)).toEqual({
      problems: [{ rule: 'file-too-large', position: { line: 1, column: 1 }, message: 'file is 3 KiB; a record must be at most 2 KiB. Shorten long text or split the record' }],
    });
  });

  it('lets a record saved with a BOM be checked in full, with only the BOM reported', async () => {
    expect(await lint(bytes([0xef, 0xbb, 0xbf], organisation()))).toEqual([
      'data/organisations/example-fund.yml:1:1: error: file starts with a byte-order mark (BOM); save it as UTF-8 without BOM [encoding]',
    ]);
  });

  it('stops a record at the first byte problem, as a formatted line', async () => {
    expect(await lint(bytes(organisation(), [0xe9]))).toEqual([`data/organisations/example-fund.yml:21:1: error: ${NOT_UTF8} [encoding]`]);
  });
});
