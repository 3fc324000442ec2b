/**
 * What of an article the search index holds (build only): its record, the
 * fields the ranking weighs, and their weights.
 */
import type {ArticleRecord} from '../../kb/types';
import type {DocRecord} from '../indexFormat';
import {stepNumber} from '../../kb/ids';
import {placeTokens} from '../../kb/marketplaces';

/**
 * The article that renders the supported-domains table answers queries naming
 * a place ("Italy", "amazon.co.jp", "Norway"): it is found by every domain and
 * country of the place tables (src/kb/marketplaces.ts, countries.ts), which stay
 * the one list of them, through a field of its own (`places`).
 */
const answersPlaces = (a: ArticleRecord) => a.components.includes('SupportedDomains');

/** Fields and their weight: what people paste (status, symptoms) counts most. */
export const fieldBoosts = {
  kbId: 8,
  statusTexts: 6,
  title: 4,
  symptoms: 4,
  keywords: 3,
  /**
   * The places article's domains and country names, each one token: a name is an item of a set, so its weight
   * is not scaled down by the size of the set (impacts.ts), and a place the query names is what it is about,
   * like a KB ID.
   */
  places: 8,
  uiPaths: 3,
  description: 1.5,
  body: 1,
} as const;

export type Field = keyof typeof fieldBoosts;
export const fields = Object.keys(fieldBoosts) as Field[];

/** The record the browser fetches for an article it shows (and re-ranks by phrase). */
export function toRecord(a: ArticleRecord): DocRecord {
  return {
    kbId: a.kbId,
    title: a.title,
    permalink: a.permalink,
    guide: a.guide,
    description: a.description,
    statusTexts: a.statusTexts,
    keywords: a.keywords,
    uiPaths: a.uiPaths,
    symptoms: a.symptoms.map((s) => (s.cause ? {text: s.text, cause: s.cause} : {text: s.text})),
    sections: [
      {anchor: '', label: 'Issue', text: a.issueText},
      ...a.causes.map((c) => ({anchor: c.id, label: `Cause: ${c.title}`, text: c.text})),
      ...a.steps.map((s) => ({
        anchor: s.id,
        label: `Step ${stepNumber(s.id)}`,
        text: s.text,
        ...(s.fixes.length ? {fixes: s.fixes} : {}),
      })),
    ],
    ...(answersPlaces(a) ? {places: true as const} : {}),
  };
}

/** The text of one field; list fields are joined with " | " so no phrase spans two items. */
export function fieldText(r: DocRecord, field: Field): string {
  switch (field) {
    case 'body':
      return r.sections.map((s) => `${s.label} ${s.text}`).join(' ');
    case 'symptoms':
      return r.symptoms.map((s) => s.text).join(' | ');
    case 'places':
      // From the typed tables at build time: the record the browser fetches does not carry 300 names.
      // Each name and domain as its one token ("newzealand", "amazoncojp"; the query adds the same, query.ts):
      // never its words, which would match "unit price" (united) or "new user".
      return r.places ? placeTokens().join(' | ') : '';
    case 'statusTexts':
    case 'keywords':
    case 'uiPaths':
      return r[field].join(' | ');
    default:
      return r[field];
  }
}
