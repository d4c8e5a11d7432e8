import type { RecordRule } from '../lib/types.js';
import { pointerOf, visitStrings } from '../lib/walk.js';

// Invisible characters can hide or reorder text (a reversed phone number reads correctly but dials another).
const NAMES: Record<number, string> = {
  0x200b: 'zero-width space', 0x200c: 'zero-width non-joiner', 0x200d: 'zero-width joiner', 0x200e: 'left-to-right mark', 0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding', 0x202b: 'right-to-left embedding', 0x202c: 'pop directional formatting', 0x202d: 'left-to-right override', 0x202e: 'right-to-left override',
  0x2060: 'word joiner', 0x2066: 'left-to-right isolate', 0x2067: 'right-to-left isolate', 0x2068: 'first strong isolate', 0x2069: 'pop directional isolate', 0xfeff: 'byte-order mark',
};
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

export default {
  id: 'hidden-characters',
  description: 'Text has no invisible control, zero-width or direction-changing characters.',
  scope: 'record',
  check({ record }, report) {
    visitStrings(record.data, (value, _key, path) => {
      const match = HIDDEN.exec(value);
      if (!match) return;
      const code = match[0].codePointAt(0)!;
      const name = NAMES[code] ?? 'control character';
      report({ record, pointer: pointerOf(path), message: `contains an invisible ${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at character ${match.index + 1}; delete it and retype the text around it` });
    });
  },
} satisfies RecordRule;
