import type { PhrasingContent, RootContent } from 'mdast';
import type { Amount, Contact, Duration, LocalisedText, Review, Status } from '../../generated/types/records.js';
import type { Entry } from '../../src/query.js';
import { md } from '../lib/markdown.js';
import type { SchemaSet } from '../lib/schemas.js';

/** Turns vocabulary words into their labels. */
export type Labeller = (vocabulary: string, word: string) => string;

/** A labeller over the schemas' vocabularies. */
export function labeller(schemas: SchemaSet): Labeller {
  return (vocabulary, word) => schemas.vocabularies[vocabulary]?.terms[word]?.label ?? word;
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
/** English text of a localised field. */
export const en = (text: LocalisedText | undefined): string => text?.en ?? '';

/** "Front Line Defenders (FLD)". */
export function title(entry: Entry): string {
  return entry.acronym ? `${entry.name.en} (${entry.acronym})` : entry.name.en;
}

/** "within 48 hours", "1 to 7 days", "at least 1 week". */
export function durationText(d: Duration): string {
  const unit = (n: number) => (n === 1 ? d.unit.replace(/s$/, '') : d.unit);
  const range = d.min !== undefined && d.max !== undefined ? `${number.format(d.min)} to ${number.format(d.max)} ${unit(d.max)}` : d.max !== undefined ? `within ${number.format(d.max)} ${unit(d.max)}` : `at least ${number.format(d.min!)} ${unit(d.min!)}`;
  return d.note ? `${range} (${en(d.note)})` : range;
}

/** "up to EUR 7,500 per grant". */
export function amountText(a: Amount): string {
  const money = (n: number) => `${a.currency} ${number.format(n)}`;
  const parts = [
    a.min !== undefined && a.max !== undefined ? `${money(a.min)} to ${money(a.max)}` : a.max !== undefined ? `up to ${money(a.max)}` : a.min !== undefined ? `from ${money(a.min)}` : undefined,
    a.average !== undefined ? `average ${money(a.average)}` : undefined,
  ].filter(Boolean);
  return `${parts.join(', ')} per ${a.per.replace('-', ' ')}`;
}

/** Status with the date it was seen, or a plain warning that no source stated it. */
export function statusPhrase(status: Status | undefined, label: Labeller): PhrasingContent[] {
  if (!status) return [md.text('not stated by the sources; ask before relying on it')];
  return [md.strong(md.text(label('status', status.value))), md.text(` (seen ${status.seen}${status.note ? `: ${en(status.note)}` : ''})`)];
}

/** "Last reviewed 2026-11-25 by …: desk research, not yet confirmed with the organisation (or mechanism)." */
export function reviewPhrase(review: Review, kind: Entry['kind'], label: Labeller): PhrasingContent[] {
  const level = review.verification === 'desk-research' ? `desk research from published pages, not yet confirmed with the ${kind}` : label('verification', review.verification).toLowerCase();
  return [md.text(`Last reviewed ${review.date} by ${review.by}: ${level}.`)];
}

const languagesOf = (c: Contact, label: Labeller) => (c.any_language ? 'any language' : c.languages?.map((l) => label('language', l)).join(', '));

/** One contact channel as a list item: label, the detail itself (as a link where it is one), languages, hours, cautions. */
export function contactItem(c: Contact, label: Labeller): PhrasingContent[] {
  const parts: PhrasingContent[] = [md.strong(md.text(c.label ? en(c.label) : label('contact-kind', c.kind))), md.text(': ')];
  switch (c.kind) {
    case 'email': parts.push(md.link(`mailto:${c.address}`, md.text(c.address))); break;
    case 'phone': parts.push(c.number ? md.link(`tel:${c.number.replace(/ /g, '')}`, md.text(c.number)) : md.text(`${c.national_number ?? ''}${c.country ? ` (from ${label('country', c.country)} only)` : ''}`)); break;
    case 'hotline':
    case 'fax': parts.push(md.link(`tel:${c.number.replace(/ /g, '')}`, md.text(c.number))); break;
    case 'messaging': parts.push(md.text(`${c.app}: `), c.url ? md.link(c.url) : md.text(c.number ?? c.handle ?? '')); break;
    case 'pgp-key': parts.push(md.code(c.fingerprint), ...(c.key_url ? [md.text(' '), md.link(c.key_url, md.text('key'))] : [])); break;
    case 'postal': parts.push(md.text(c.address.join(', '))); break;
    case 'web-form':
    case 'online-portal': parts.push(md.link(c.url)); break;
    case 'secure-channel': parts.push(...(c.url ? [md.link(c.url)] : [md.text('see note')])); break;
  }
  const details = [
    label('contact-kind', c.kind).toLowerCase(),
    languagesOf(c, label),
    c.hours?.always_open ? 'open 24 hours, every day' : c.hours?.description ? en(c.hours.description) : undefined,
  ].filter(Boolean);
  parts.push(md.text(` (${details.join('; ')})`));
  if (c.sensitive_details === 'avoid') parts.push(md.text(' '), md.strong(md.text('Do not send sensitive details here; ask for a secure channel first.')));
  if (c.note) parts.push(md.text(` ${en(c.note)}`));
  return parts;
}

/** A labelled line such as "Who may ask: the person at risk, an organisation". */
export function fact(name: string, value: string | PhrasingContent[]): PhrasingContent[] {
  return [md.strong(md.text(`${name}:`)), md.text(' '), ...(typeof value === 'string' ? [md.text(value)] : value)];
}

/** A bulleted list of facts, leaving out the empty ones. */
export function factList(items: (PhrasingContent[] | undefined)[]): RootContent[] {
  const present = items.filter((i): i is PhrasingContent[] => i !== undefined);
  return present.length ? [md.list(present)] : [];
}
