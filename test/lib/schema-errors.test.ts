import { describe, expect, it } from 'vitest';
import { lint, ORG } from '../helpers/check.js';
import { edit, mechanism, organisation } from '../helpers/records.js';

const contact = (lines: string) => organisation({ extra: `contacts:\n  - ${lines.trim().split('\n').join('\n    ')}\n` });

describe('schema errors in contributor words', () => {
  it('accepts the valid fixtures', async () => {
    expect(await lint(organisation())).toEqual([]);
    expect(await lint(mechanism(), { folder: 'mechanisms', id: 'example-mechanism' })).toEqual([]);
  });

  it('missing required field, at the start of the record', async () => {
    expect(await lint(edit(organisation(), 'summary:\n  en: A fund that gives small emergency grants to defenders at risk.\n', ''))).toEqual([
      `${ORG}:1:1: error: missing required field "summary" [required-field]`,
    ]);
  });

  it('missing required field in a nested mapping, at that mapping', async () => {
    expect(await lint(edit(organisation(), '    consulted: 2026-01-10\n', ''))).toEqual([`${ORG}:14:5: error: missing required field "consulted" [required-field]`]);
  });

  it('a contact without kind is reported once', async () => {
    expect(await lint(contact('address: help@example.org'))).toEqual([`${ORG}:22:5: error: missing required field "kind" [required-field]`]);
  });

  it('unknown field with a suggestion, at the key', async () => {
    expect(await lint(organisation({ extra: 'respone_time:\n  max: 3\n  unit: days\n' }))).toEqual([
      `${ORG}:21:1: error: unknown field "respone_time"; did you mean "response_time"? [unknown-field]`,
    ]);
  });

  it('unknown field without a suggestion lists the allowed fields', async () => {
    expect(await lint(organisation({ extra: 'founded: 1990\n' }))).toEqual([
      `${ORG}:21:1: error: unknown field "founded"; allowed here: id, name, acronym, summary, website, types, services, service_mode, beneficiaries, applicant_types, requesters, eligibility, coverage, how_to_request, contacts, response_time, status, confidentiality, expectations, disbursement_time, amounts, relations, sources, review [unknown-field]`,
    ]);
  });

  it('unknown field of the other record kind suggests the field of this kind', async () => {
    expect(await lint(mechanism({ extra: 'types:\n  - special-procedure\n' }), { folder: 'mechanisms', id: 'example-mechanism' })).toEqual([
      'data/mechanisms/example-mechanism.yml:21:1: error: unknown field "types"; did you mean "type"? [unknown-field]',
    ]);
  });

  it('unknown field inside a contact suggests the common contact fields', async () => {
    expect(await lint(contact('kind: email\naddress: help@example.org\nlangauges: [en]'))).toEqual([
      `${ORG}:24:5: error: unknown field "langauges"; did you mean "languages"? [unknown-field]`,
    ]);
  });

  it('unknown field inside a contact lists the fields of its kind and the common ones', async () => {
    expect(await lint(contact('kind: email\naddress: help@example.org\nopening: daily'))).toEqual([
      `${ORG}:24:5: error: unknown field "opening"; allowed here: kind, address, label, languages, any_language, hours, secure, sensitive_details, note, source [unknown-field]`,
    ]);
  });

  it('typo in a service', async () => {
    expect(await lint(edit(organisation(), '  - emergency-grant', '  - emergency-grnt'))).toEqual([
      `${ORG}:10:5: error: unknown service "emergency-grnt"; did you mean "emergency-grant"? [controlled-vocabulary]`,
    ]);
  });

  it('typo in a region', async () => {
    expect(await lint(edit(organisation(), '  global: true', '  regions: [afrika]'))).toEqual([
      `${ORG}:12:13: error: unknown region "afrika"; did you mean "africa"? [controlled-vocabulary]`,
    ]);
  });

  it('a word far from every region points to the vocabulary file', async () => {
    expect(await lint(edit(organisation(), '  global: true', '  regions: [atlantis]'))).toEqual([
      `${ORG}:12:13: error: unknown region "atlantis"; see schemas/vocabularies/region.schema.json [controlled-vocabulary]`,
    ]);
  });

  it('three-letter country code', async () => {
    expect(await lint(edit(organisation(), '  global: true', '  countries: [KEN]'))).toEqual([
      `${ORG}:12:15: error: unknown country "KEN"; did you mean "KE"? [controlled-vocabulary]`,
    ]);
  });

  it('a short vocabulary lists its words', async () => {
    expect(await lint(edit(organisation(), '  verification: desk-research', '  verification: checked'))).toEqual([
      `${ORG}:20:17: error: unknown verification level "checked"; expected one of: desk-research, confirmed-with-organisation [controlled-vocabulary]`,
    ]);
  });

  it('unknown contact kind', async () => {
    expect(await lint(contact('kind: emial\naddress: help@example.org'))).toEqual([
      `${ORG}:22:11: error: unknown contact kind "emial"; did you mean "email"? [controlled-vocabulary]`,
    ]);
  });

  it('three-letter language key in localised text, at the key', async () => {
    expect(await lint(edit(organisation(), '  en: Example Fund\n', '  en: Example Fund\n  eng: Example Fund\n'))).toEqual([
      `${ORG}:4:3: error: unknown language code "eng"; did you mean "en"? [controlled-vocabulary]`,
    ]);
  });

  it('language key far from every code points to the ISO 639-1 vocabulary', async () => {
    expect(await lint(edit(organisation(), '  en: Example Fund\n', '  en: Example Fund\n  english: Example Fund\n'))).toEqual([
      `${ORG}:4:3: error: unknown language code "english"; see schemas/vocabularies/language.schema.json [controlled-vocabulary]`,
    ]);
  });

  it('phone number that YAML reads as a number', async () => {
    expect(await lint(contact('kind: hotline\nnumber: 35312100489'))).toEqual([
      `${ORG}:23:13: error: expected text, got a number: YAML reads unquoted digits as a number (dropping a leading + or 0); put the value in quotes exactly as written [value-type]`,
    ]);
  });

  it('a yes/no word that YAML reads as true', async () => {
    expect(await lint(edit(organisation(), '  by: Project maintainers', '  by: true'))).toEqual([
      `${ORG}:18:7: error: expected text, got true: YAML reads unquoted true, false, yes or no as a yes/no value; put the value in quotes [value-type]`,
    ]);
  });

  it('plain text where text by language is expected', async () => {
    expect(await lint(edit(organisation(), 'name:\n  en: Example Fund', 'name: Example Fund'))).toEqual([
      `${ORG}:2:7: error: expected text by language; write "en:" on the next line, indented, followed by the text [value-type]`,
    ]);
  });

  it('empty value', async () => {
    expect(await lint(edit(organisation(), 'website: https://example.org/', 'website:'))).toEqual([`${ORG}:6:9: error: is empty; give a value or remove the line [value-type]`]);
  });

  it('date not written YYYY-MM-DD', async () => {
    expect(await lint(edit(organisation(), '  date: 2026-01-10', '  date: 10/01/2026'))).toEqual([`${ORG}:17:9: error: must be a real date written YYYY-MM-DD [schema]`]);
  });

  it('date that does not exist', async () => {
    expect(await lint(edit(organisation(), '  date: 2026-01-10', '  date: 2026-02-30'))).toEqual([`${ORG}:17:9: error: must be a real date written YYYY-MM-DD [schema]`]);
  });

  it('web address without a scheme', async () => {
    expect(await lint(organisation({ website: 'www.example.org' }))).toEqual([`${ORG}:6:10: error: must be a full web address starting with https:// [schema]`]);
  });

  it('web address with another scheme', async () => {
    expect(await lint(organisation({ website: 'ftp://example.org/' }))).toEqual([`${ORG}:6:10: error: must be a full web address starting with https:// [schema]`]);
  });

  it('one word where a list is expected', async () => {
    expect(await lint(edit(organisation(), 'types:\n  - rapid-response-fund', 'types: rapid-response-fund'))).toEqual([
      `${ORG}:7:8: error: expected a list, got the text "rapid-response-fund"; put each item on its own line starting with "- " [value-type]`,
    ]);
  });

  it('amount written with a currency sign', async () => {
    const amount = 'amounts:\n  - max: "€7,500"\n    currency: EUR\n    per: grant\n    seen: 2026-01-10\n    source: https://example.org/grants\n';
    expect(await lint(organisation({ extra: amount }))).toEqual([
      `${ORG}:22:10: error: expected a number, got the text "€7,500"; write digits only, without currency signs or thousands separators, such as 7500 [value-type]`,
    ]);
  });

  it('coverage both global and by region', async () => {
    expect(await lint(edit(organisation(), '  global: true', '  global: true\n  regions: [africa]'))).toEqual([
      `${ORG}:12:3: error: give either "global: true" or "regions" and/or "countries", not both [schema]`,
    ]);
  });

  it('duration without min or max', async () => {
    expect(await lint(organisation({ extra: 'response_time:\n  unit: days\n' }))).toEqual([`${ORG}:22:3: error: give "min", "max" or both [schema]`]);
  });

  it('phone with both number and national_number', async () => {
    expect(await lint(contact('kind: phone\nnumber: "+254 20 123 4567"\nnational_number: "0800 123 456"'))).toEqual([
      `${ORG}:22:5: error: give either "number" (international) or "national_number", not both [schema]`,
    ]);
  });

  it('contact with both languages and any_language', async () => {
    expect(await lint(contact('kind: email\naddress: help@example.org\nlanguages: [en]\nany_language: true'))).toEqual([
      `${ORG}:22:5: error: give either "languages" or "any_language", not both [schema]`,
    ]);
  });

  it('empty list', async () => {
    expect(await lint(edit(organisation(), 'services:\n  - emergency-grant', 'services: []'))).toEqual([
      `${ORG}:9:11: error: must list at least 1 item; remove the field if there is nothing to list [schema]`,
    ]);
  });

  it('repeated list item, at the repeat', async () => {
    expect(await lint(edit(organisation(), '  - emergency-grant', '  - emergency-grant\n  - legal-support\n  - emergency-grant'))).toEqual([
      `${ORG}:12:5: error: repeats item 1 of the list; remove one [schema]`,
    ]);
  });

  it('id not in kebab case, also not matching the file name', async () => {
    expect(await lint(organisation({ id: 'Example_Fund' }))).toEqual([
      `${ORG}:1:5: error: id "Example_Fund" does not match the file name; rename the file to Example_Fund.yml or set id: example-fund [file-name]`,
      `${ORG}:1:5: error: must be lower-case letters and digits in words joined by hyphens, such as "front-line-defenders" [schema]`,
    ]);
  });

  it('several problems in one record, each at its place', async () => {
    const yaml = edit(edit(organisation(), '  - emergency-grant', '  - emergency-grnt'), '  method: published-sources\n', '');
    expect(await lint(yaml)).toEqual([
      `${ORG}:10:5: error: unknown service "emergency-grnt"; did you mean "emergency-grant"? [controlled-vocabulary]`,
      `${ORG}:17:3: error: missing required field "method" [required-field]`,
    ]);
  });
});
