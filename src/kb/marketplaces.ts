/**
 * Amazon's regional marketplaces: which domain serves which country. This is
 * general knowledge, not product behaviour; whether the PunchOut integration
 * supports one comes only from the guide's list (./domains.ts). Search and
 * the symptom filter use it to answer "Italy" or "www.amazon.co.jp" with the
 * article on regional domains and a plain supported / not supported sentence.
 */
import {fold} from '../lib/fold';
import {countriesWithoutMarketplace} from './countries';
import {supportedDomains} from './domains';
import type {PlaceMatch} from './placeSentence';

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
  {domain: 'Amazon.cn', country: 'China'},
];

const supported = new Set(supportedDomains.map((d) => d.domain.toLowerCase()));
const words = (text: string) =>
  ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const byDomain = new Map(marketplaces.map((m) => [m.domain.toLowerCase(), m]));
/** Every name with what it answers; longest first, so "United States of America" wins over "America". */
const names = [
  ...marketplaces.flatMap((m) =>
    [m.country, ...(m.aliases ?? [])].map((name) => ({key: words(name), place: match(m)})),
  ),
  ...countriesWithoutMarketplace.flatMap((c) =>
    [c.name, ...(c.aliases ?? [])].map((name) => ({key: words(name), place: {country: c.name, supported: false}})),
  ),
].sort((a, b) => b.key.length - a.key.length);

/** amazon.<tld> with or without scheme and subdomain (www., business.), any case; a path after it is ignored. */
const domainPattern =
  /(?:^|[^a-z0-9.-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*?(amazon\.(?:com?\.)?[a-z]{2,3})(?![a-z0-9-]|\.[a-z])/i;

function match(m: Marketplace): PlaceMatch {
  return {domain: m.domain, country: m.country, supported: supported.has(m.domain.toLowerCase())};
}

/** The marketplace a query names, by domain ("WWW.AMAZON.DE") or country ("Italy", "Norway"), if any. */
export function findPlace(query: string): PlaceMatch | undefined {
  const domain = domainPattern.exec(query)?.[1]?.toLowerCase();
  if (domain) {
    const known = byDomain.get(domain);
    if (known) return match(known);
    // "amazon.co" on its way to amazon.co.uk: no answer until it is one domain or another.
    if ([...byDomain.keys()].some((d) => d.startsWith(`${domain}.`))) return undefined;
    const typed = `Amazon.${domain.slice('amazon.'.length)}`;
    return {domain: typed, supported: supported.has(typed.toLowerCase())};
  }
  const text = words(query);
  return names.find((n) => text.includes(n.key))?.place;
}

/** Every name of a country, with or without a marketplace, folded: "new zealand", "cote d ivoire". */
const allNames = [
  ...new Set(
    [
      ...marketplaces.flatMap((m) => [m.country, ...(m.aliases ?? [])]),
      ...countriesWithoutMarketplace.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    ].map((n) => words(n).trim()),
  ),
];
const nameSet = new Set(allNames);

/** Whether `text` is, folded, exactly the name of a country ("New Zealand", "côte d'ivoire"). */
export function isPlaceName(text: string): boolean {
  return nameSet.has(words(text).trim());
}

/** Names of several words, longest first: what a query is searched for to add their one-word token. */
const multiWordNames = allNames.filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);

/** Every country name, folded ("new zealand"): the text a quoted place ("New Zealand") is looked for in. */
export function placeNames(): readonly string[] {
  return allNames;
}

/** A place name as the one search token it is indexed as: "new zealand" → "newzealand", "amazon.co.jp" → "amazoncojp". */
export function placeToken(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Search terms of the article on regional domains: every domain and every name of a country, with or
 * without a marketplace, each as one token. Whole names only: the words of "United States" or "Saint
 * Lucia" alone ("unit", "state", "saint") are about other things, and would lead elsewhere to it.
 */
export function placeTokens(): string[] {
  return [...new Set([...marketplaces.map((m) => placeToken(m.domain)), ...allNames.map(placeToken)])];
}

/** The tokens of every several-word name ("newzealand", "unitedstates"): never what a word being typed grows into. */
export function multiWordPlaceTokenList(): string[] {
  return multiWordNames.map(placeToken);
}

/**
 * The tokens of the several-word place names a query holds ("orders from new zealand" → ["newzealand"]):
 * the query side of placeTokens, so that a name of two words is found as the one token it is indexed as.
 */
export function multiWordPlaceTokens(query: string): string[] {
  const text = words(query);
  return multiWordNames.filter((n) => text.includes(` ${n} `)).map(placeToken);
}
