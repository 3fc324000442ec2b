/**
 * What each guide answers when a reader names one of its named things (src/search/named.ts): a sentence
 * shown above the results and in the symptom filter. A guide without an entry here still leads such a
 * query to its article; only the sentence is missing. Small, and free of the names themselves (those are
 * data of the search index and the symptom pages), so it can sit in every page's navbar.
 */
import type {NamedMatch} from '../search/named';
import {amzPlaceAnswer} from './amz/placeAnswer';

export interface NamedAnswer {
  /** The plain answer: "Amazon.it (Italy) is not one of the Amazon domains the PunchOut integration supports …". */
  readonly sentence: string;
  /** A word tests and styles can read (data-place-answer): "supported", "unsupported". */
  readonly kind: string;
  /** After the link to the article: what it holds on the matter. */
  readonly more?: string;
  /** The plain yes or no the sentence gives, said first: "Yes", "No". */
  readonly verdict?: string;
  /** A page of the site that answers this name with a link of its own, for a ticket: "/tools/amazon-domains?q=italy". */
  readonly page?: string;
}

const answers: Readonly<Record<string, (match: NamedMatch) => NamedAnswer | undefined>> = {
  amz: amzPlaceAnswer,
};

export function namedAnswer(match: NamedMatch): NamedAnswer | undefined {
  return answers[match.guide]?.(match);
}
