import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/verification-needs-human.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { edit, organisation } from '../helpers/records.js';

const reviewed = (by: string, method: string) =>
  edit(organisation(), '  by: Project maintainers\n  method: published-sources\n  verification: desk-research', `  by: ${by}\n  method: ${method}\n  verification: confirmed-with-organisation`);
const DESK = 'a record read from published pages is desk research; set verification: desk-research, or method: contact-with-organisation if you confirmed it with them';
const HANDLE = 'a confirmed record must name the reviewer who confirmed it by GitHub handle, such as @name';

describe('verification-needs-human', () => {
  it('accepts a confirmation by a GitHub handle after contact, and desk research by a team', async () => {
    const yaml = reviewed('"@example-reviewer"', 'contact-with-organisation');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
    expect(await lint(organisation())).toEqual([]);
  });

  it('reports a confirmation read from published pages', async () => {
    expect(await lint(reviewed('"@example-reviewer"', 'published-sources'))).toEqual([`${ORG}:19:11: error: ${DESK} [verification-needs-human]`]);
  });

  it('reports a confirmation by a team rather than a person', async () => {
    expect(await lint(reviewed('Project maintainers', 'submitted-by-organisation'))).toEqual([`${ORG}:18:7: error: ${HANDLE} [verification-needs-human]`]);
  });

  it('reports both at once', async () => {
    const yaml = reviewed('Project maintainers', 'published-sources');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/review/method', message: DESK },
      { pointer: '/review/by', message: HANDLE },
    ]);
  });
});
