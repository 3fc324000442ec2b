import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {loadKnowledgeBase} from '../../src/build/content';
import {placeOf, placeSentence} from '../../src/guides/amz/placeAnswer';
import {findNamed} from '../../src/search/named';
import {supportedDomains} from '../../src/guides/amz/supportedDomains';

// The guide's place data, read and checked as the build reads it (docs/amz/named.json).
const root = path.resolve(__dirname, '../..');
const group = loadKnowledgeBase(path.join(root, 'docs'), root).named.get('amz')!;
const findPlace = (query: string) => {
  const match = findNamed(query, group, 'amz');
  return match && placeOf(match);
};
const marketplaces = group.entries.flatMap((e) => {
  const domain = (e.data as {domain?: string} | undefined)?.domain;
  return domain ? [{domain}] : [];
});
const supportedList = supportedDomains.map((d) => d.domain);

describe('the AMZ guide’s places (docs/amz/named.json)', () => {
  it('knows every domain the guide supports, and supports only those', () => {
    const supported = marketplaces.filter((m) => findPlace(m.domain)?.supported).map((m) => m.domain);
    expect(supported.sort()).toEqual(supportedDomains.map((d) => d.domain).sort());
  });

  it.each([
    ['Italy', 'Amazon.it', false],
    ['amazon.it', 'Amazon.it', false],
    ['WWW.AMAZON.DE', 'Amazon.de', true],
    ['https://www.amazon.co.jp/gp/cart?ref=x', 'Amazon.co.jp', false],
    ['our buyers in the UK', 'Amazon.co.uk', true],
    ['España', 'Amazon.es', true],
    ['United States of America', 'Amazon.com', true],
    ['amazon.com.mx', 'Amazon.com.mx', false],
    ['business.amazon.de', 'Amazon.de', true],
    ['amazon.cn', 'Amazon.cn', false],
    ['China', 'Amazon.cn', false],
  ] as const)('finds "%s" as %s (supported: %s)', (query, domain, supported) => {
    expect(findPlace(query)).toMatchObject({domain, supported});
  });

  it.each([
    ['Switzerland', 'Switzerland'],
    ['our office is in Norway', 'Norway'],
    ['New Zealand', 'New Zealand'],
    ['Ivory Coast', 'Côte d’Ivoire'],
  ])('finds "%s", a country with no marketplace: %s, not supported', (query, country) => {
    expect(findPlace(query)).toEqual({country, supported: false});
  });

  it('gives no answer for a domain still being typed on its way to a longer one', () => {
    expect(findPlace('amazon.co')).toBeUndefined(); // amazon.co.uk, .co.jp, .co.za
    expect(findPlace('www.amazon.co.')).toBeUndefined();
    expect(findPlace('amazon.co.uk')).toMatchObject({domain: 'Amazon.co.uk', supported: true});
  });

  it('names an unknown Amazon domain as typed, and not supported', () => {
    expect(findPlace('amazon.xy')).toEqual({domain: 'Amazon.xy', supported: false});
  });

  it('finds no place in ordinary queries', () => {
    for (const q of [
      'Order Cancelled',
      'payment method',
      'Amazon Business',
      'it is pending',
      'contact us',
      'new order',
    ])
      expect(findPlace(q), q).toBeUndefined();
  });

  it('says plainly that a country without a marketplace has no supported domain', () => {
    expect(placeSentence(findPlace('Switzerland')!, supportedList)).toBe(
      'Switzerland has no Amazon marketplace of its own. The PunchOut integration supports only Amazon.com, Amazon.de, Amazon.co.uk, Amazon.ca and Amazon.es.',
    );
  });

  it('says plainly whether it is supported, naming the supported domains when it is not', () => {
    expect(placeSentence(findPlace('Germany')!, supportedList)).toBe(
      'Amazon.de (Germany) is one of the Amazon domains the PunchOut integration supports.',
    );
    expect(placeSentence(findPlace('Italy')!, supportedList)).toBe(
      'Amazon.it (Italy) is not one of the Amazon domains the PunchOut integration supports: only Amazon.com, Amazon.de, Amazon.co.uk, Amazon.ca and Amazon.es are.',
    );
  });
});
