import type { DatasetRule, RecordRule, Rule } from '../lib/types.js';
import coveragePrecise from './coverage-precise.js';
import duplicateDomain from './duplicate-domain.js';
import hiddenCharacters from './hidden-characters.js';
import noFutureDates from './no-future-dates.js';
import rangesOrdered from './ranges-ordered.js';
import relationInverse from './relation-inverse.js';
import relationTargetExists from './relation-target-exists.js';
import reviewAfterSources from './review-after-sources.js';
import sourceCited from './source-cited.js';
import uniqueIds from './unique-ids.js';
import uniqueSources from './unique-sources.js';
import urlSafety from './url-safety.js';
import verificationNeedsHuman from './verification-needs-human.js';

/** Every lint rule, sorted by id. Adding a rule: its module, its test, one line here. */
export const rules: readonly Rule[] = [
  coveragePrecise,
  duplicateDomain,
  hiddenCharacters,
  noFutureDates,
  rangesOrdered,
  relationInverse,
  relationTargetExists,
  reviewAfterSources,
  sourceCited,
  uniqueIds,
  uniqueSources,
  urlSafety,
  verificationNeedsHuman,
];

/** The rules that check one record at a time. */
export const recordRules = rules.filter((r): r is RecordRule => r.scope === 'record');
/** The rules that check relations between records. */
export const datasetRules = rules.filter((r): r is DatasetRule => r.scope === 'dataset');
