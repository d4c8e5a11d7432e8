import { describe, expect, it } from 'vitest';
import rule from '../../scripts/rules/coverage-precise.js';
import { lint, loadRecord, ORG, reportsOf } from '../helpers/check.js';
import { edit, organisation } from '../helpers/records.js';

const covering = (coverage: string) => edit(organisation(), '  global: true', coverage);
const CLAIM = 'would claim the whole region, but';
const ADVICE = "otherwise remove it (the narrower areas still place the record in that region's handout)";

describe('coverage-precise', () => {
  it('accepts sibling sub-regions and countries outside the listed regions', async () => {
    const yaml = covering('  regions: [west-africa, mesoamerica]\n  countries: [FR]');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([]);
    expect(await lint(yaml)).toEqual([]);
  });

  it('reports a region listed with a sub-region inside it', async () => {
    const yaml = covering('  regions: [africa, west-africa]');
    expect(reportsOf(rule, await loadRecord(yaml))).toEqual([
      { pointer: '/coverage/regions/0', message: `"africa" ${CLAIM} "west-africa" inside it is listed too; keep "africa" only if the record works across all of it, ${ADVICE}` },
    ]);
    expect(await lint(yaml)).toEqual([
      `${ORG}:12:13: error: "africa" ${CLAIM} "west-africa" inside it is listed too; keep "africa" only if the record works across all of it, ${ADVICE} [coverage-precise]`,
    ]);
  });

  it('reports a region listed with countries inside it, naming them all', async () => {
    expect(await lint(covering('  regions: [africa]\n  countries: [KE, UG]'))).toEqual([
      `${ORG}:12:13: error: "africa" ${CLAIM} KE, UG inside it are listed too; keep "africa" only if the record works across all of it, ${ADVICE} [coverage-precise]`,
    ]);
  });

  it('reports each claiming region at its own item, in the order the narrower areas name them', async () => {
    expect(await lint(covering('  regions:\n    - europe-central-asia\n    - middle-east-north-africa\n    - africa\n    - north-africa'))).toEqual([
      `${ORG}:15:7: error: "africa" ${CLAIM} "north-africa" inside it is listed too; keep "africa" only if the record works across all of it, ${ADVICE} [coverage-precise]`,
      `${ORG}:14:7: error: "middle-east-north-africa" ${CLAIM} "north-africa" inside it is listed too; keep "middle-east-north-africa" only if the record works across all of it, ${ADVICE} [coverage-precise]`,
    ]);
  });
});
