/**
 * What the Amazon Business PunchOut guide answers for a place a reader names (its named things:
 * docs/amz/named.json): whether the integration supports that Amazon domain, in the guide's terms (the
 * supported domains are the guide's list, AMZ-007). A plain sentence; no policy invented.
 */
import type {NamedMatch} from '../../search/named';
import type {NamedAnswer} from '../types';

interface SupportedDomain {
  readonly domain: string;
  readonly country?: string;
}

export interface PlaceMatch {
  /** The domain as Amazon writes it ("Amazon.it"), or as typed for one the table does not know; none for a country without one. */
  readonly domain?: string;
  readonly country?: string;
  readonly supported: boolean;
}

const supportedOf = (match: NamedMatch) => ((match.data?.supported ?? []) as SupportedDomain[]).map((d) => d.domain);

/** The place a match names: its entry's domain and country, or the domain as typed ("amazon.zz" → Amazon.zz). */
export function placeOf(match: NamedMatch): PlaceMatch {
  const supported = new Set(supportedOf(match).map((d) => d.toLowerCase()));
  const data = (match.entry?.data ?? {}) as {domain?: string; country?: string};
  const domain = data.domain ?? (match.entry ? undefined : `Amazon.${match.text.slice('amazon.'.length)}`);
  return {
    ...(domain ? {domain} : {}),
    ...(data.country ? {country: data.country} : {}),
    supported: !!domain && supported.has(domain.toLowerCase()),
  };
}

/** The sentence the reader gets: whether the integration supports the marketplace. */
export function placeSentence(place: PlaceMatch, supportedDomains: readonly string[]): string {
  const list = supportedDomains;
  const domains = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  if (!place.domain)
    return `${place.country} has no Amazon marketplace of its own. The PunchOut integration supports only ${domains}.`;
  const name = place.country ? `${place.domain} (${place.country})` : place.domain;
  if (place.supported) return `${name} is one of the Amazon domains the PunchOut integration supports.`;
  return `${name} is not one of the Amazon domains the PunchOut integration supports: only ${domains} are.`;
}

/** The domains tool's page for a name: its answer, with a link of its own for a ticket. */
export const domainsToolPath = '/tools/amazon-domains';
export const domainsToolLink = (name: string) => `${domainsToolPath}?q=${encodeURIComponent(name)}`;

export function amzPlaceAnswer(match: NamedMatch): NamedAnswer {
  const place = placeOf(match);
  return {
    sentence: placeSentence(place, supportedOf(match)),
    kind: place.supported ? 'supported' : 'unsupported',
    verdict: place.supported ? 'Yes' : 'No',
    more: 'lists the supported domains, with a note on international shipping costs.',
    page: domainsToolLink(match.text),
  };
}
