/**
 * The answer a reader gets for a place they named: whether the PunchOut
 * integration supports its Amazon domain, in the guide's terms (./domains.ts).
 * Apart from the place tables (./marketplaces.ts, ./countries.ts), which only
 * the search engine's chunk and the symptom index load: the notice that says
 * this sentence is in every page's navbar.
 */
import {supportedDomains} from './domains';

export interface PlaceMatch {
  /**
   * The domain as Amazon writes it ("Amazon.it"), or as typed for a domain this table does not know;
   * none for a country with no Amazon marketplace of its own.
   */
  readonly domain?: string;
  /** The country, when known. */
  readonly country?: string;
  /** The guide lists it among the supported domains. */
  readonly supported: boolean;
}

/** The sentence the reader gets: whether the integration supports the marketplace, in the guide's terms. */
export function placeSentence(place: PlaceMatch): string {
  const list = supportedDomains.map((d) => d.domain);
  const domains = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  if (!place.domain)
    return `${place.country} has no Amazon marketplace of its own. The PunchOut integration supports only ${domains}.`;
  const name = place.country ? `${place.domain} (${place.country})` : place.domain;
  if (place.supported) return `${name} is one of the Amazon domains the PunchOut integration supports.`;
  return `${name} is not one of the Amazon domains the PunchOut integration supports: only ${domains} are.`;
}
