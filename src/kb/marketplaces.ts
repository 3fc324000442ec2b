/**
 * Amazon's regional marketplaces: which domain serves which country. This is
 * general knowledge, not product behaviour; whether the PunchOut integration
 * supports one comes only from the guide's list (./domains.ts). Search and
 * the symptom filter use it to answer "Italy" or "www.amazon.co.jp" with the
 * article on regional domains and a plain supported / not supported sentence.
 */
import {fold} from '../lib/fold';
import {supportedDomains} from './domains';

export interface Marketplace {
  /** As Amazon writes it: "Amazon.co.jp". */
  readonly domain: string;
  readonly country: string;
  /** Other names people type for the country. */
  readonly aliases?: readonly string[];
}

export const marketplaces: readonly Marketplace[] = [
  {domain: 'Amazon.com', country: 'United States', aliases: ['USA', 'United States of America', 'America']},
  {domain: 'Amazon.ca', country: 'Canada'},
  {domain: 'Amazon.com.mx', country: 'Mexico', aliases: ['México']},
  {domain: 'Amazon.com.br', country: 'Brazil', aliases: ['Brasil']},
  {domain: 'Amazon.co.uk', country: 'United Kingdom', aliases: ['UK', 'Great Britain', 'Britain', 'England']},
  {domain: 'Amazon.ie', country: 'Ireland'},
  {domain: 'Amazon.de', country: 'Germany', aliases: ['Deutschland']},
  {domain: 'Amazon.fr', country: 'France'},
  {domain: 'Amazon.it', country: 'Italy', aliases: ['Italia']},
  {domain: 'Amazon.es', country: 'Spain', aliases: ['España']},
  {domain: 'Amazon.nl', country: 'Netherlands', aliases: ['Holland', 'Nederland']},
  {domain: 'Amazon.com.be', country: 'Belgium', aliases: ['Belgique', 'België']},
  {domain: 'Amazon.se', country: 'Sweden', aliases: ['Sverige']},
  {domain: 'Amazon.pl', country: 'Poland', aliases: ['Polska']},
  {domain: 'Amazon.com.tr', country: 'Turkey', aliases: ['Türkiye']},
  {domain: 'Amazon.ae', country: 'United Arab Emirates', aliases: ['UAE', 'Dubai']},
  {domain: 'Amazon.sa', country: 'Saudi Arabia'},
  {domain: 'Amazon.eg', country: 'Egypt'},
  {domain: 'Amazon.in', country: 'India'},
  {domain: 'Amazon.sg', country: 'Singapore'},
  {domain: 'Amazon.co.jp', country: 'Japan'},
  {domain: 'Amazon.com.au', country: 'Australia'},
  {domain: 'Amazon.co.za', country: 'South Africa'},
];

export interface PlaceMatch {
  /** The domain as Amazon writes it ("Amazon.it"), or as typed for a domain this table does not know. */
  readonly domain: string;
  /** The country, when known. */
  readonly country?: string;
  /** The guide lists it among the supported domains. */
  readonly supported: boolean;
}

const supported = new Set(supportedDomains.map((d) => d.domain.toLowerCase()));
const words = (text: string) =>
  ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const byDomain = new Map(marketplaces.map((m) => [m.domain.toLowerCase(), m]));
/** Longest names first, so "United States of America" wins over "America". */
const names = marketplaces
  .flatMap((m) => [m.country, ...(m.aliases ?? [])].map((name) => ({key: words(name), m})))
  .sort((a, b) => b.key.length - a.key.length);

/** amazon.<tld> with or without scheme and www., any case; a path after it is ignored. */
const domainPattern = /(?:^|[^a-z0-9.-])(?:https?:\/\/)?(?:www\.)?(amazon\.(?:com?\.)?[a-z]{2,3})(?![a-z0-9-])/i;

const match = (m: Marketplace): PlaceMatch => ({
  domain: m.domain,
  country: m.country,
  supported: supported.has(m.domain.toLowerCase()),
});

/** The marketplace a query names, by domain ("WWW.AMAZON.DE") or country ("Italy"), if any. */
export function findPlace(query: string): PlaceMatch | undefined {
  const domain = domainPattern.exec(query)?.[1]?.toLowerCase();
  if (domain) {
    const known = byDomain.get(domain);
    if (known) return match(known);
    const typed = `Amazon.${domain.slice('amazon.'.length)}`;
    return {domain: typed, supported: supported.has(typed.toLowerCase())};
  }
  const text = words(query);
  const named = names.find((n) => text.includes(n.key));
  return named ? match(named.m) : undefined;
}

/** The sentence the reader gets: whether the integration supports the marketplace, in the guide's terms. */
export function placeSentence(place: PlaceMatch): string {
  const name = place.country ? `${place.domain} (${place.country})` : place.domain;
  if (place.supported) return `${name} is one of the Amazon domains the PunchOut integration supports.`;
  const list = supportedDomains.map((d) => d.domain);
  return `${name} is not one of the Amazon domains the PunchOut integration supports: only ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} are.`;
}

/** Search keywords for the article on regional domains: every domain and country name in the table. */
export function placeKeywords(): string[] {
  return marketplaces.flatMap((m) => [m.domain, m.country, ...(m.aliases ?? [])]);
}
