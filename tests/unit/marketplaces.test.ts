import {describe, expect, it} from 'vitest';
import {findPlace, marketplaces, placeSentence} from '../../src/kb/marketplaces';
import {supportedDomains} from '../../src/kb/domains';

describe('marketplaces', () => {
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
  ] as const)('finds "%s" as %s (supported: %s)', (query, domain, supported) => {
    expect(findPlace(query)).toMatchObject({domain, supported});
  });

  it('names an unknown Amazon domain as typed, and not supported', () => {
    expect(findPlace('amazon.xy')).toEqual({domain: 'Amazon.xy', supported: false});
  });

  it('finds no place in ordinary queries', () => {
    for (const q of ['Order Cancelled', 'payment method', 'Amazon Business', 'it is pending', 'contact us'])
      expect(findPlace(q), q).toBeUndefined();
  });

  it('says plainly whether it is supported, naming the supported domains when it is not', () => {
    expect(placeSentence(findPlace('Germany')!)).toBe(
      'Amazon.de (Germany) is one of the Amazon domains the PunchOut integration supports.',
    );
    expect(placeSentence(findPlace('Italy')!)).toBe(
      'Amazon.it (Italy) is not one of the Amazon domains the PunchOut integration supports: only Amazon.com, Amazon.de, Amazon.co.uk, Amazon.ca and Amazon.es are.',
    );
  });
});
