/**
 * What each guide answers when a reader names one of its named things (src/search/named.ts): a sentence
 * shown above the results and in the symptom filter. A guide without an entry here still leads such a
 * query to its article; only the sentence is missing. Small, and free of the names themselves (those are
 * data of the search index and the symptom pages), so it can sit in every page's navbar.
 */
import type {NamedMatch} from '../search/named';
import {amzPlaceAnswer} from './amz/placeAnswer';
import type {NamedAnswer} from './types';

export type {NamedAnswer} from './types';

const answers: Readonly<Record<string, (match: NamedMatch) => NamedAnswer | undefined>> = {
  amz: amzPlaceAnswer,
};

export function namedAnswer(match: NamedMatch): NamedAnswer | undefined {
  return answers[match.guide]?.(match);
}
