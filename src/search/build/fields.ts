/**
 * What of an article the search index holds (build only): its record, the
 * fields the ranking weighs, and their weights.
 */
import type {ArticleRecord} from '../../kb/types';
import type {DocRecord} from '../indexFormat';
import {stepNumber} from '../../kb/ids';
import {nameToken, type NamedGroup} from '../named';

/** Fields and their weight: what people paste (status, symptoms) counts most. */
export const fieldBoosts = {
  kbId: 8,
  statusTexts: 6,
  title: 4,
  symptoms: 4,
  keywords: 3,
  /**
   * The guide's named things (docs/<guide>/named.json: for AMZ, every domain and country name), each one
   * token, in the article that answers them: a name is an item of a set, so its weight is not scaled down by
   * the size of the set (impacts.ts), and a thing the query names is what it is about, like a KB ID.
   */
  named: 8,
  uiPaths: 3,
  description: 1.5,
  body: 1,
} as const;

export type Field = keyof typeof fieldBoosts;
export const fields = Object.keys(fieldBoosts) as Field[];

/** The record the browser fetches for an article it shows (and re-ranks by phrase). */
export function toRecord(a: ArticleRecord, named?: NamedGroup): DocRecord {
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
    ...(named?.article === a.kbId ? {named: true as const} : {}),
  };
}

/** Each name of a group as the one token it is indexed as ("newzealand", "amazoncojp"), never its words. */
export const namedTokens = (group: NamedGroup): string[] => [
  ...new Set(group.entries.flatMap((e) => e.names).map(nameToken)),
];

/**
 * The text of one field; list fields are joined with " | " so no phrase spans two items. `named`: the
 * tokens of the named things the record answers (namedTokens), which its record does not carry.
 */
export function fieldText(r: DocRecord, field: Field, named: readonly string[] = []): string {
  switch (field) {
    case 'body':
      return r.sections.map((s) => `${s.label} ${s.text}`).join(' ');
    case 'symptoms':
      return r.symptoms.map((s) => s.text).join(' | ');
    case 'named':
      // Each name as its one token (the query adds the same, query.ts): never its words, which would match
      // "unit price" (united) or "new user".
      return r.named ? named.join(' | ') : '';
    case 'statusTexts':
    case 'keywords':
    case 'uiPaths':
      return r[field].join(' | ');
    default:
      return r[field];
  }
}
