import type { Entry } from '../../src/query.js';
import { md, toMarkdown } from '../lib/markdown.js';
import type { SchemaSet } from '../lib/schemas.js';
import { title, type Labeller } from './describe.js';
import { coverageText, pagePath } from './record-page.js';

/** The directory's front page: counts, region handouts, and every record with its type and area. */
export function renderIndex(entries: readonly Entry[], regions: readonly string[], label: Labeller): string {
  const organisations = entries.filter((e) => e.kind === 'organisation');
  const mechanisms = entries.filter((e) => e.kind === 'mechanism');
  const row = (e: Entry, kind: string) => [[md.link(pagePath(e), md.text(title(e)))], [md.text(kind)], [md.text(coverageText(e, label))], [md.text(e.status ? label('status', e.status.value) : 'not stated')], [md.text(e.review.date)]];
  return toMarkdown(md.root([
    md.heading(1, md.text('WHRD Protection Directory')),
    md.paragraph(md.emphasis(md.text('Generated from data/ by npm run build. Do not edit by hand.'))),
    md.paragraph(md.text(`${organisations.length} organisations and ${mechanisms.length} mechanisms. Every entry cites its sources and says when it was last reviewed and how.`)),
    md.heading(2, md.text('Handouts by region')),
    md.list(regions.map((r) => [md.link(`regions/${r}.md`, md.text(label('region', r)))])),
    md.heading(2, md.text('Organisations')),
    md.table(['Name', 'Type', 'Where', 'Status', 'Reviewed'], organisations.map((e) => row(e, e.kind === 'organisation' ? e.types.map((t) => label('organisation-type', t)).join(', ') : ''))),
    md.heading(2, md.text('Mechanisms')),
    md.table(['Name', 'Body', 'Where', 'Status', 'Reviewed'], mechanisms.map((e) => row(e, e.kind === 'mechanism' ? `${label('mechanism-type', e.type)}, ${label('system', e.system)}` : ''))),
    md.heading(2, md.text('Words used')),
    md.paragraph(md.link('vocabularies.md', md.text('The controlled vocabularies')), md.text(', with a definition for every word.')),
  ]));
}

// ISO lists are long and defined by their standards; they are linked, not copied out.
const ISO_VOCABULARIES = new Set(['language', 'currency']);

/** Every controlled vocabulary with its words, labels and definitions. */
export function renderVocabularies(schemas: SchemaSet): string {
  const blocks = Object.values(schemas.vocabularies).flatMap((v) => {
    if (ISO_VOCABULARIES.has(v.name)) return [md.heading(2, md.text(v.title)), md.paragraph(md.text(`${v.description} ${v.words.length} codes; see ${v.file}.`))];
    const extra = v.name === 'country' ? 'Regions' : v.name === 'region' ? 'Part of' : v.name === 'relation-type' ? 'Inverse' : undefined;
    const rows = v.words.map((w) => {
      const t = v.terms[w]!;
      const more = v.name === 'country' ? (t.regions ?? []).join(', ') : v.name === 'region' ? (t.parents ?? []).join(', ') : (t.inverse ?? '');
      return [[md.code(w)], [md.text(t.label)], ...(v.name === 'country' ? [] : [[md.text(t.definition ?? '')]]), ...(extra ? [[md.text(more)]] : [])];
    });
    const header = ['Word', 'Label', ...(v.name === 'country' ? [] : ['Definition']), ...(extra ? [extra] : [])];
    return [md.heading(2, md.text(v.title)), md.paragraph(md.text(`${v.description} Defined in ${v.file}.`)), md.table(header, rows)];
  });
  return toMarkdown(md.root([
    md.heading(1, md.text('Controlled vocabularies')),
    md.paragraph(md.emphasis(md.text('Generated from schemas/vocabularies/ by npm run build. Do not edit by hand.'))),
    ...blocks,
  ]));
}
