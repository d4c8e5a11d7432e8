import type { PhrasingContent, RootContent } from 'mdast';
import type { Entry } from '../../src/query.js';
import { md, toMarkdown } from '../lib/markdown.js';
import { amountText, contactItem, durationText, en, fact, factList, reviewPhrase, statusPhrase, title, type Labeller } from './describe.js';

const words = (label: Labeller, vocabulary: string, list: readonly string[] | undefined) => (list?.length ? list.map((w) => label(vocabulary, w)).join(', ') : undefined);
const maybe = (name: string, value: string | undefined) => (value ? fact(name, value) : undefined);
const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? undefined : value ? yes : no);

/** Path of an entry's page relative to generated/markdown/. */
export function pagePath(entry: Entry): string {
  return `${entry.kind === 'organisation' ? 'organisations' : 'mechanisms'}/${entry.id}.md`;
}

/** The practical part shared by pages and handouts: how to ask, contacts, timing, money, eligibility, status, review. */
export function essentials(entry: Entry, label: Labeller, depth: 2 | 3 | 4): RootContent[] {
  const how = entry.how_to_request;
  const e = entry.eligibility;
  const blocks: RootContent[] = [md.paragraph(md.text(en(entry.summary)))];
  blocks.push(...factList([
    fact('Status', statusPhrase(entry.status, label)),
    maybe('How to ask', how?.access ? label('access', how.access) : undefined),
    maybe('First contact', en(how?.first_contact)),
    maybe('Who may ask', words(label, 'requester', entry.requesters)),
    maybe('Stated response time', entry.response_time ? durationText(entry.response_time) : undefined),
    maybe('Stated time to receive funds', entry.kind === 'organisation' && entry.disbursement_time ? durationText(entry.disbursement_time) : undefined),
    maybe('Not accepted', words(label, 'contact-kind', how?.channels_not_accepted)),
  ]));
  if (how?.steps) blocks.push(md.heading(depth, md.text('Steps')), md.list(how.steps.map((s) => [md.text(en(s))]), true));
  if (how?.documents) blocks.push(md.heading(depth, md.text('What to send')), md.list(how.documents.map((s) => [md.text(en(s))])));
  if (entry.contacts) blocks.push(md.heading(depth, md.text('Contacts')), md.list(entry.contacts.map((c) => contactItem(c, label))));
  if (entry.kind === 'organisation' && entry.amounts) {
    blocks.push(md.heading(depth, md.text('Amounts')), md.list(entry.amounts.map((a) => [md.text(`${a.label ? `${en(a.label)}: ` : ''}${amountText(a)} (seen ${a.seen})${a.note ? `. ${en(a.note)}` : ''}`)])));
  }
  const conditions: PhrasingContent[][] = [
    ...(e?.requirements ?? []).map((r) => [md.text(en(r))]),
    ...(e?.exclusions ?? []).map((r) => [md.text(`Not for: ${en(r)}`)]),
    ...[
      e?.time_limit ? `Time limit: within ${e.time_limit.max} ${e.time_limit.unit} of ${en(e.time_limit.from)}${e.time_limit.note ? ` (${en(e.time_limit.note)})` : ''}` : undefined,
      yesNo(e?.registration_required, 'Groups must be legally registered.', 'Groups need not be legally registered.'),
      yesNo(e?.referee_required, 'A referee or vouching organisation is needed.', 'No referee is needed.'),
      e?.language_requirement ? `Language: ${en(e.language_requirement)}` : undefined,
      e?.domestic_remedies ? `National remedies: ${e.domestic_remedies.replace(/-/g, ' ')}.` : undefined,
      e?.note ? en(e.note) : undefined,
    ].filter((t): t is string => Boolean(t)).map((t) => [md.text(t)]),
  ];
  if (conditions.length) blocks.push(md.heading(depth, md.text('Conditions')), md.list(conditions));
  const c = entry.confidentiality;
  const x = entry.expectations;
  const cautions = [
    yesNo(c?.consent_required, 'The consent of the person concerned is required.', 'Consent of the person concerned is not required.'),
    yesNo(c?.anonymity_allowed, 'Requests may be anonymous.', 'Anonymous requests are not accepted.'),
    yesNo(c?.identity_kept_confidential, 'The identity of the person or author is kept confidential.', 'The identity of the person or author may be disclosed to the State or the public.'),
    c?.vetting ? `Vetting: ${en(c.vetting)}` : undefined,
    c?.data_sharing ? `Sharing: ${en(c.data_sharing)}` : undefined,
    c?.note ? en(c.note) : undefined,
    x?.guaranteed === false ? 'Help is not guaranteed.' : undefined,
    x?.apply_in_parallel ? 'Look for other support at the same time.' : undefined,
    x?.note ? en(x.note) : undefined,
  ].filter((t): t is string => Boolean(t));
  if (cautions.length) blocks.push(md.heading(depth, md.text('Consent, confidentiality and expectations')), md.list(cautions.map((t) => [md.text(t)])));
  if (entry.kind === 'mechanism') blocks.push(md.heading(depth, md.text('Limits')), md.list(entry.limits.map((l) => [md.text(en(l))])));
  blocks.push(md.paragraph(md.emphasis(...reviewPhrase(entry.review, entry.kind, label))));
  return blocks;
}

/** Where an entry works, in words. */
export function coverageText(entry: Entry, label: Labeller): string {
  const { coverage } = entry;
  const areas = coverage.global ? ['Worldwide'] : [...(coverage.regions ?? []).map((r) => label('region', r)), ...(coverage.countries ?? []).map((c) => label('country', c))];
  const excluded = coverage.excluded_countries?.length ? `; not ${coverage.excluded_countries.map((c) => label('country', c)).join(', ')}` : '';
  return `${areas.join(', ')}${excluded}${coverage.note ? ` (${en(coverage.note).replace(/\.$/, '')})` : ''}`;
}

/** The full page of one record. */
export function renderRecordPage(entry: Entry, sourceFile: string, label: Labeller, titleOf: (id: string) => Entry | undefined): string {
  const isOrg = entry.kind === 'organisation';
  const about = factList([
    isOrg ? fact('Type', words(label, 'organisation-type', entry.types)!) : fact('Body', `${label('mechanism-type', entry.type)}, ${label('system', entry.system)}`),
    fact('Where', coverageText(entry, label)),
    maybe('Offers', isOrg ? words(label, 'service', entry.services) : words(label, 'procedure-type', entry.procedures?.map((p) => p.type))),
    maybe('How it helps', words(label, 'service-mode', entry.service_mode)),
    maybe('For', words(label, 'beneficiary', entry.beneficiaries)),
    maybe('Supports', words(label, 'applicant-type', entry.applicant_types)),
    entry.website ? fact('Website', [md.link(entry.website)]) : undefined,
  ]);
  const procedures = entry.kind === 'mechanism' && entry.procedures?.some((p) => p.description)
    ? [md.heading(2, md.text('Procedures')), md.list(entry.procedures.map((p) => [md.strong(md.text(label('procedure-type', p.type))), md.text(`${p.urgent ? ' (urgent)' : ''}${p.description ? `: ${en(p.description)}` : ''}`)]))]
    : [];
  const related = (entry.relations ?? []).map((r) => {
    const other = titleOf(r.id);
    return [md.text(`${label('relation-type', r.type)}: `), other ? md.link(`../${pagePath(other)}`, md.text(title(other))) : md.text(r.id)];
  });
  const sources = entry.sources.map((s) => [md.link(s.url, md.text(s.title ?? s.url)), md.text(` (consulted ${s.consulted}${s.third_party ? '; not the organisation\'s own page' : ''})`)]);
  return toMarkdown(md.root([
    md.heading(1, md.text(title(entry))),
    md.paragraph(md.emphasis(md.text(`Generated from ${sourceFile} by npm run build. Do not edit by hand; edit the record.`))),
    ...about,
    md.heading(2, md.text('How to ask for help')),
    ...essentials(entry, label, 3),
    ...procedures,
    ...(related.length ? [md.heading(2, md.text('Related')), md.list(related)] : []),
    md.heading(2, md.text('Sources')),
    md.list(sources),
  ]));
}
