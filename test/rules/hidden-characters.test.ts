import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/hidden-characters.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { edit, organisation } from '../helpers/records.js';

const RETYPE = 'delete it and retype the text around it';
const withName = (name: string) => edit(organisation(), '  en: Example Fund', `  en: ${name}`);

describe('hidden-characters', () => {
  it('accepts accents, right-to-left scripts, CJK and emoji', async () => {
    const yaml = withName('Fondo Ejemplo – صندوق المثال – 示例基金 ✊');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
  });

  it('reports a right-to-left override', async () => {
    const yaml = withName('Example Fund \u202E0489 012');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/name/en', message: `contains an invisible right-to-left override (U+202E) at character 14; ${RETYPE}` },
    ]);
    expect(await lint(yaml)).toEqual([`${ORG}:3:7: error: contains an invisible right-to-left override (U+202E) at character 14; ${RETYPE} [hidden-characters]`]);
  });

  it('reports a zero-width space', async () => {
    expect(await lint(withName('Example\u200BFund'))).toEqual([`${ORG}:3:7: error: contains an invisible zero-width space (U+200B) at character 8; ${RETYPE} [hidden-characters]`]);
  });

  it('reports a control character written as an escape', async () => {
    expect(await lint(withName('"Example\\aFund"'))).toEqual([`${ORG}:3:7: error: contains an invisible control character (U+0007) at character 8; ${RETYPE} [hidden-characters]`]);
  });

  it('reports a byte-order mark inside text, and the first hidden character of each string', async () => {
    const yaml = edit(withName('Example\uFEFFFund'), '  en: A fund that', '  en: A \u2066fund\u2069 that');
    expect(await lint(yaml)).toEqual([
      `${ORG}:3:7: error: contains an invisible byte-order mark (U+FEFF) at character 8; ${RETYPE} [hidden-characters]`,
      `${ORG}:5:7: error: contains an invisible left-to-right isolate (U+2066) at character 3; ${RETYPE} [hidden-characters]`,
    ]);
  });
});
