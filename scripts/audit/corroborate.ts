import type { PageText } from './page-text.js';
import type { ContactDetail, DetailKind } from './types.js';

/** What a fetched source page states, normalised for matching. */
export interface Evidence {
  emails: Set<string>;
  /** Digit groups of each number-like run in the page, e.g. [["353", "1", "210", "0489"]]. */
  phoneRuns: string[][];
  urls: Set<string>;
  fingerprints: Set<string>;
}

/** A page that could not serve as evidence, and why. */
export interface Unreadable {
  problem: string;
}

/** Whether any cited page states a contact detail. */
export type Corroboration =
  | { status: 'corroborated'; by: string }
  | { status: 'not-stated'; read: string[] }
  | { status: 'unreadable'; problems: { url: string; problem: string }[] }
  | { status: 'self-cited' };

/** An e-mail address for comparison: trimmed and lower-cased. */
export function normaliseEmail(address: string): string {
  return address.trim().toLowerCase();
}

/** A phone number for comparison: digits only, without a "(0)" trunk prefix or a leading + or 00. */
export function normalisePhone(number: string): string {
  const digits = number.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.startsWith('00') ? digits.slice(2) : digits;
}

/** A web address for comparison: no scheme, "www.", fragment, default port or trailing slash; host lower-cased. */
export function normaliseUrl(address: string): string {
  try {
    const url = new URL(address);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '');
    return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
  } catch {
    return address.trim().toLowerCase();
  }
}

/** A PGP fingerprint for comparison: upper-case hex without spaces. */
export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, '').toUpperCase();
}

/** Normalises a contact detail of the given kind. */
export function normaliseDetail(kind: DetailKind, value: string): string {
  switch (kind) {
    case 'email':
      return normaliseEmail(value);
    case 'phone':
      return normalisePhone(value);
    case 'url':
      return normaliseUrl(value);
    case 'fingerprint':
      return normaliseFingerprint(value);
  }
}

/** Undoes the usual ways of hiding an address from robots: [at], (at), " at ", [dot], (dot), " dot ". */
export function deobfuscate(text: string): string {
  return text
    .replace(/\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*/gi, '@')
    .replace(/\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*/gi, '.')
    // Lookbehinds make each word start the only place a match can begin, which keeps these scans linear.
    .replace(/(?<![\w.%+-])([\w.%+-]+) +at +([a-z0-9-]+(?:(?: +dot +|\.)[a-z0-9-]+)+)/gi, (_m, local: string, domain: string) => `${local}@${domain.replace(/ +dot +/gi, '.')}`);
}

/** The e-mail addresses a text states, lower-cased, after undoing obfuscations. */
export function emailsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of deobfuscate(text).matchAll(/(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi)) found.add(m[0].toLowerCase().replace(/\.+$/, ''));
  return found;
}

/** Each number-like run in a text as its digit groups; "(0)" trunk prefixes are dropped first. */
export function phoneRunsIn(text: string): string[][] {
  const runs: string[][] = [];
  for (const m of text.replace(/\s*\(0\)\s*/g, ' ').matchAll(/\+?\(?\d+\)?(?:[ .\-\u00a0]{1,2}\(?\d+\)?)*/g)) {
    const groups = m[0].match(/\d+/g);
    if (groups && groups.join('').length >= 5) runs.push(groups);
  }
  return runs;
}

/** Whether consecutive digit groups of one run spell the number (so a longer number does not match a part of it). */
export function statesPhone(runs: string[][], digits: string): boolean {
  for (const groups of runs) {
    for (let i = 0; i < groups.length; i++) {
      let joined = '';
      for (let j = i; j < groups.length && joined.length < digits.length + 2; j++) {
        joined += groups[j];
        if ((joined.startsWith('00') ? joined.slice(2) : joined) === digits) return true;
      }
    }
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What a page states, ready for matching contact details against. */
export function evidenceFrom(page: PageText): Evidence {
  const linkText = page.links.filter((l) => /^(?:mailto|tel):/i.test(l)).map((l) => safeDecode(l.replace(/^(?:mailto|tel):/i, '')));
  const text = `${page.text}\n${linkText.join('\n')}`;
  const urls = new Set([...page.links, ...(page.text.match(/https?:\/\/[^\s"'<>]+/g) ?? [])].map(normaliseUrl));
  const fingerprints = new Set((text.match(/\b[0-9a-f]{4}(?:\s{0,2}[0-9a-f]{4}){9}\b/gi) ?? []).map(normaliseFingerprint));
  return { emails: emailsIn(text), phoneRuns: phoneRunsIn(text), urls, fingerprints };
}

/** Whether a page's evidence states a contact detail (already normalised). */
export function states(evidence: Evidence, kind: DetailKind, normalised: string): boolean {
  switch (kind) {
    case 'email':
      return evidence.emails.has(normalised);
    case 'phone':
      return statesPhone(evidence.phoneRuns, normalised);
    case 'url':
      return evidence.urls.has(normalised);
    case 'fingerprint':
      return evidence.fingerprints.has(normalised);
  }
}

/** Checks a contact detail against the pages fetched for its cited sources; a page never vouches for its own address. */
export function corroborate(detail: ContactDetail, pages: ReadonlyMap<string, Evidence | Unreadable>): Corroboration {
  const wanted = normaliseDetail(detail.kind, detail.value);
  const candidates = detail.kind === 'url' ? detail.evidence.filter((url) => normaliseUrl(url) !== wanted) : detail.evidence;
  if (candidates.length === 0) return { status: 'self-cited' };
  const read: string[] = [];
  const problems: { url: string; problem: string }[] = [];
  for (const url of candidates) {
    const page = pages.get(url) ?? { problem: 'not fetched' };
    if ('problem' in page) problems.push({ url, problem: page.problem });
    else if (states(page, detail.kind, wanted)) return { status: 'corroborated', by: url };
    else read.push(url);
  }
  return read.length > 0 ? { status: 'not-stated', read } : { status: 'unreadable', problems };
}
