import type { Finding, Severity } from '../lib/types.js';
import type { Corroboration } from './corroborate.js';
import { countsAsFailure, isConfirmedBroken } from './state.js';
import type { ConfirmPolicy, ContactDetail, LinkResult, UrlState, UrlUse, ValuePlace } from './types.js';

/** How the run judges failures: by the state's history, or (in pull-request mode) at once. */
export interface JudgeContext {
  confirm: ConfirmPolicy;
  prMode: boolean;
  /** No URL could be reached in this run: failures say so and count for nothing. */
  offline: boolean;
}

const at = (place: ValuePlace, severity: Severity, rule: string, message: string): Finding => ({ file: place.file, line: place.line, column: place.column, severity, rule, message, pointer: place.pointer });

const DETAIL_WORDS = { email: 'e-mail address', phone: 'phone number', url: 'address', fingerprint: 'key fingerprint' } as const;

/** The finding for one use of a URL, or undefined when the link is fine. */
export function linkFinding(use: UrlUse, result: LinkResult, entry: UrlState | undefined, context: JudgeContext): Finding | undefined {
  const url = use.url;
  switch (result.class) {
    case 'ok':
      return undefined;
    case 'moved-permanently':
      return at(use, 'warning', 'link-moved', `${url} moved permanently to ${result.finalUrl}; check it is the same page, then write the new address in the record`);
    case 'cross-domain-redirect':
      return at(use, 'error', 'link-cross-domain', `${url} ${result.detail}; needs human review: confirm with the organisation before writing any new address, never copy it as is`);
    case 'https-downgrade':
      return at(use, 'error', 'link-https-downgrade', `${url} ${result.detail}; check the site by hand and keep only an https address`);
    case 'bot-protection':
      return at(use, 'warning', 'link-bot-protection', `${url} is blocked by bot protection (${result.detail}), not dead; needs a human look: open it in a browser`);
    case 'soft-404':
      return at(use, 'warning', 'link-soft-404', `${url} is a soft 404 (likely): ${result.detail}; open it and find where the page went`);
    default:
      return failureFinding(use, result, entry, context);
  }
}

function failureFinding(use: UrlUse, result: LinkResult, entry: UrlState | undefined, context: JudgeContext): Finding | undefined {
  const url = use.url;
  if (!countsAsFailure(result.class)) return undefined;
  if (context.offline) return at(use, 'warning', 'link-unchecked', `${url} could not be checked (${result.detail}); no URL could be reached in this run, so the machine looks offline; run again with a network`);
  if (context.prMode) {
    if (result.transient) return at(use, 'warning', 'link-unchecked', `${url} could not be checked (${result.detail}, also when re-checked); re-run the check later`);
    return at(use, 'error', 'link-broken', `${url} does not work: ${result.detail}; correct the address or cite another page`);
  }
  const runs = entry?.consecutiveFailures ?? 1;
  if (isConfirmedBroken(entry, context.confirm)) {
    return at(use, 'error', 'link-broken', `${url} is broken: ${result.detail}, failing in ${runs} runs since ${entry?.firstFailure}; find the page's new address or remove it`);
  }
  const since = entry?.firstFailure ? ` since ${entry.firstFailure}` : '';
  return at(use, 'warning', 'link-failing', `${url} failed: ${result.detail} (${runs} failed run${runs === 1 ? '' : 's'}${since}; broken after ${context.confirm.runs} over at least ${context.confirm.days} days); nothing to do yet`);
}

/** The finding for a contact detail no cited page states, or undefined when one does. */
export function contactFinding(detail: ContactDetail, outcome: Corroboration, failing: boolean): Finding | undefined {
  const severity: Severity = failing ? 'error' : 'warning';
  const what = DETAIL_WORDS[detail.kind];
  const cite = failing ? `cite the organisation's page that states it: add it to "sources" and give it as this contact's "source"` : 'cite a page that states it, or correct it';
  switch (outcome.status) {
    case 'corroborated':
      return undefined;
    case 'not-stated':
      return at(detail, severity, 'contact-uncorroborated', `${what} ${detail.value} is not stated on any cited source (read: ${outcome.read.join(', ')}); ${cite}`);
    case 'unreadable': {
      const why = outcome.problems.map((p) => `${p.url}: ${p.problem}`).join('; ');
      return at(detail, severity, 'contact-unverified', `${what} ${detail.value} could not be checked: no cited source could be read (${why}); check by hand that a cited page states it${failing ? ', or cite one that can be read' : ''}`);
    }
    case 'self-cited':
      return at(detail, severity, 'contact-uncorroborated', `${what} ${detail.value} is cited only as its own source; cite a page of the organisation that links to it`);
  }
}

/** The finding for a source page that changed after the record's last review. */
export function sourceChangedFinding(use: UrlUse, entry: UrlState | undefined, reviewDate: string): Finding {
  return at(use, 'warning', 'source-changed', `source ${use.url} changed since the record was reviewed on ${reviewDate} (new content first seen ${entry?.fingerprintSince}); re-read it, update the record and its review date`);
}
