import type { RootContent } from 'mdast';
import type { Region } from '../../generated/types/records.js';
import { coversRegion, type Entry, type Geography, type OrganisationEntry } from '../../src/query.js';
import { md, toMarkdown } from '../lib/markdown.js';
import { en, title, type Labeller } from './describe.js';
import { coverageText, essentials, pagePath } from './record-page.js';

/** Handout sections in the order a workshop teaches them; each organisation appears once, in the section CLAIM_ORDER gives it. */
const SECTIONS: { key: string; heading: string; intro: string; fits: (o: OrganisationEntry) => boolean }[] = [
  { key: 'donors', heading: 'Donors with security and flexible funds', intro: 'Funders whose grants can include security costs. Ask your existing donors first: many accept a revised budget for protection.', fits: (o) => o.types.some((t) => t === 'donor' || t === 'womens-fund') },
  { key: 'rapid', heading: 'Rapid-response and emergency grants', intro: 'Fast, one-off grants for urgent protection needs. Most take requests at any time; read the conditions before you apply.', fits: (o) => o.types.includes('rapid-response-fund') || o.services.includes('emergency-grant') },
  { key: 'relocation', heading: 'Relocation, shelter and respite', intro: 'Temporary relocation, safe houses, residencies and rest. Usually a last resort, with conditions on travel and return.', fits: (o) => o.types.includes('relocation-programme') || o.services.some((s) => ['temporary-relocation', 'shelter', 'residency', 'rest-respite'].includes(s)) },
  { key: 'digital', heading: 'Digital security help', intro: 'Help when accounts, devices or communications are attacked, and advice to prevent it.', fits: (o) => o.types.includes('digital-security-helpline') || o.services.some((s) => s === 'digital-incident-response' || s === 'digital-security-support') },
  { key: 'specialised', heading: 'Legal, medical, psychosocial and media support', intro: 'Support for particular needs and professions: lawyers, journalists, writers, artists and scholars.', fits: (o) => o.types.some((t) => ['legal-defence', 'journalist-support', 'freedom-of-expression-network', 'referral-service'].includes(t)) || o.services.some((s) => ['legal-support', 'medical-support', 'psychosocial-support'].includes(s)) },
  { key: 'networks', heading: 'Networks, solidarity and advocacy', intro: 'Networks that share alerts, mobilise solidarity and raise cases with authorities.', fits: () => true },
];
// Which section claims an organisation when several fit: the most urgent kind of help first.
const CLAIM_ORDER = ['rapid', 'relocation', 'digital', 'specialised', 'donors', 'networks'];

function sectionOf(o: OrganisationEntry): string {
  return CLAIM_ORDER.find((key) => SECTIONS.find((s) => s.key === key)!.fits(o))!;
}

// Entries that name the region (or places in it) come before worldwide ones: they are closer to the participants.
const regionalFirst = (a: Entry, b: Entry) => Number(Boolean(a.coverage.global)) - Number(Boolean(b.coverage.global)) || title(a).localeCompare(title(b));

function entryBlocks(entry: Entry, label: Labeller): RootContent[] {
  return [
    md.heading(3, md.text(title(entry))),
    md.paragraph(md.emphasis(md.text(`Where: ${coverageText(entry, label)}.`)), md.text(' '), md.link(`../${pagePath(entry)}`, md.text('Full entry and sources'))),
    ...essentials(entry, label, 4),
  ];
}

const notTakingRequests = (e: Entry) => e.status !== undefined && e.status.value !== 'open';

/** The handout for one top-level region: what a facilitator hands to participants, in workshop order. */
export function renderHandout(region: Region, entries: readonly Entry[], geography: Geography, label: Labeller): string {
  const here = entries.filter((e) => coversRegion(e, region, geography));
  const open = here.filter((e) => !notTakingRequests(e));
  const organisations = open.filter((e): e is OrganisationEntry => e.kind === 'organisation');
  const mechanisms = open.filter((e) => e.kind === 'mechanism');
  const blocks: RootContent[] = [
    md.heading(1, md.text(`Where defenders in ${label('region', region)} can turn for protection`)),
    md.paragraph(md.emphasis(md.text('Generated from data/ by npm run build. Do not edit by hand.'))),
    md.paragraph(md.text(`${here.length} organisations and mechanisms that say they work in ${label('region', region)} or worldwide. Each entry shows when it was last reviewed and whether it was confirmed with the organisation. Before sending sensitive details, check the contact on the organisation's own website and ask for a secure channel.`)),
    md.heading(2, md.text('First: your own protection')),
    md.paragraph(md.text('Start with the protection plan of your own organisation and networks: who to call, where to go, what to record. The organisations below can help when that is not enough. Apply to more than one at a time where they allow it.')),
  ];
  for (const section of SECTIONS) {
    const members = organisations.filter((o) => sectionOf(o) === section.key).sort(regionalFirst);
    if (members.length === 0) continue;
    blocks.push(md.heading(2, md.text(section.heading)), md.paragraph(md.text(section.intro)), ...members.flatMap((e) => entryBlocks(e, label)));
  }
  if (mechanisms.length) {
    blocks.push(md.heading(2, md.text('International and regional protection mechanisms')), md.paragraph(md.text('When national protection fails, these bodies can ask a State to act. Each states its limits: most cannot enforce what they ask, and many apply only to States that accepted them.')));
    const systems = [...new Set(mechanisms.map((m) => m.system))].sort((a, b) => Number(b === 'united-nations') - Number(a === 'united-nations') || label('system', a).localeCompare(label('system', b)));
    for (const system of systems) {
      blocks.push(md.heading(2, md.text(label('system', system))), ...mechanisms.filter((m) => m.system === system).sort(regionalFirst).flatMap((e) => entryBlocks(e, label)));
    }
  }
  const closed = here.filter(notTakingRequests).sort(regionalFirst);
  if (closed.length) {
    blocks.push(
      md.heading(2, md.text('Not taking requests when last seen')),
      md.list(closed.map((e) => [md.link(`../${pagePath(e)}`, md.text(title(e))), md.text(`: ${label('status', e.status!.value).toLowerCase()} (seen ${e.status!.seen})${e.status!.note ? `. ${en(e.status!.note)}` : ''}`)])),
    );
  }
  return toMarkdown(md.root(blocks));
}
