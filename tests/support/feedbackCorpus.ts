/**
 * A generated corpus of pasted text for the feedback recorder (deploy/feedback.js): the
 * characters njs and Node read differently, next to the things the masks look for. The seed
 * is fixed, so a failure names an input that the next run sends again.
 */

/** Spaces other than ASCII's, as Outlook and Word paste them; U+2028 and U+2029 end lines. */
const unicodeSpaces = ['\u00a0', '\u1680', '\u2007', '\u2009', '\u202f', '\u205f', '\u2028', '\u2029', '\u3000', '\t'];
/** Zero-width and bidi characters: invisible, and able to split a number or reorder a line. */
const invisible = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff'];
/** Digits of other scripts: Arabic-Indic, extended Arabic-Indic, Devanagari, Thai, fullwidth, mathematical. */
const digitZeros = [0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1d7ce];
const words = [
  'é',
  'Ärger',
  'naïve',
  'ß',
  'Ωμέγα',
  'жалоба',
  'طلب',
  'שלום',
  '日本語',
  '주문',
  '😀',
  '👩‍💻',
  'x',
  '?',
  '#',
];
const things = [
  'https://a.example/p?t=abc',
  'www.x.com/?q=1',
  'example.com/x?token=abc',
  'https://app.example/cb#access_token=xyz&t=1',
  'jane@example.com',
  'josé@exämple.com',
  'root@localhost',
  '4111 1111 1111 1111',
  '555.123.4567',
  '(555) 123-4567',
  '+44 20 7946 0958',
  'AMZ-003',
  'order 112-4567890-1234567',
  'Error 500',
];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(count: number, zero: number, next: () => number): string {
  return Array.from({length: count}, () => String.fromCodePoint(zero + Math.floor(next() * 10))).join('');
}

/** What people put between a card's or a phone's digit groups; zero-width ones too. */
const separators = [' ', '-', '.', '/', '\t', '\u00a0', '\u3000', '\u2009', '\uff0d', '\u200b', ' - ', '  '];

/** A card number in one script's digits, its four groups apart by one kind of separator. */
function card(next: () => number): string {
  const zero = digitZeros[Math.floor(next() * digitZeros.length)];
  const separator = separators[Math.floor(next() * separators.length)];
  return Array.from({length: 4}, () => digits(4, zero, next)).join(separator);
}

/**
 * The reported crash first: a URL with a query, then a non-ASCII space, after nothing, a
 * word or a non-ASCII letter, at every length up to 10 (njs failed "at some lengths").
 */
function urlThenSpace(): string[] {
  const out: string[] = [];
  for (const space of ['\u00a0', '\u2028', '\u3000', '\u2029'])
    for (const before of ['', 'é', 'é ', 'x '])
      for (let n = 0; n < 10; n++)
        for (const after of ['next', '']) out.push(`${before}https://a.example/p?t=${'y'.repeat(n)}${space}${after}`);
  return out;
}

/** `count` pieces of text; each under the endpoint's 2 KB body limit once in JSON. */
export function feedbackCorpus(count = 300, seed = 27): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const pieces: Array<() => string> = [
    () => pick(unicodeSpaces),
    () => pick(invisible),
    () => pick(words),
    () => pick(things),
    () => ' ',
    () => digits(1 + Math.floor(next() * 5), pick(digitZeros), next),
    () => card(next),
    () => `${pick(things)}${pick(unicodeSpaces)}`,
    () => `${pick(things)}${pick(invisible)}${pick(words)}`,
  ];
  const generated: string[] = [];
  while (generated.length < count) {
    const parts = 1 + Math.floor(next() * (next() < 0.2 ? 80 : 12)); // mostly short, some long mixes
    let text = '';
    for (let i = 0; i < parts && text.length < 400; i++) text += pick(pieces)();
    generated.push(text);
  }
  return [...urlThenSpace(), ...generated];
}
