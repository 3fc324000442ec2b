/**
 * Special-character check for AMZ-008 ("Amazon is not receiving my orders").
 *
 * The article says Amazon silently rejects orders whose username or shipping
 * address contains special characters (accents, symbols, non-standard
 * punctuation) and does not say exactly which characters are accepted. So this
 * follows the article's guidance conservatively: it keeps plain ASCII letters,
 * digits, spaces and common address punctuation (. , - / # ') and flags
 * everything else. Pure functions only, so it runs in tests, SSR and the browser.
 */

export type FlagKind = 'accent' | 'symbol' | 'punctuation' | 'other';

export interface FlaggedChar {
  readonly char: string;
  /** Position in code points, not UTF-16 units, so an emoji counts as one. */
  readonly index: number;
  /** "U+00E9" */
  readonly codePoint: string;
  /** Unicode-style name when known, otherwise a readable description. */
  readonly name: string;
  readonly kind: FlagKind;
  /** What the cleaned text uses instead; "" means the character is removed. */
  readonly replacement: string;
}

export interface TextSegment {
  readonly text: string;
  readonly flagged?: FlaggedChar;
}

export interface CheckResult {
  readonly flagged: FlaggedChar[];
  readonly cleaned: string;
  /** Runs of allowed text and single flagged characters; joined, they equal the input. */
  readonly segments: TextSegment[];
}

const ALLOWED = /^[A-Za-z0-9 .,\-/#']$/;
// Line breaks separate address fields in a pasted block rather than living
// inside one field, so they are kept instead of being reported.
const LINE_BREAK = /^[\r\n]$/;
// Any combining mark typed on its own (the diacritic blocks are all in \p{M}).
const DIACRITIC = /^\p{M}$/u;
const COMBINING_MARKS = /\p{M}/gu;
const LATIN_LETTER = /^(?=\p{L})\p{Script=Latin}$/u;
const PUNCTUATION = /^\p{P}$/u;
const SYMBOL = /^\p{S}$/u;
const SPACE = /^[\p{Zs}\t]$/u;
const LETTER = /^\p{L}$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;
const ALL_ALLOWED = /^[A-Za-z0-9 .,\-/#']+$/;

/** Letters and punctuation that Unicode decomposition does not turn into ASCII. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '&': 'and',
  '+': 'plus',
  '@': 'at',
};
/** Replacements that are words, so they need spaces around them. */
const WORDS = new Set(['&', '+', '@']);

const NAMES: Readonly<Record<string, string>> = {
  ß: 'LATIN SMALL LETTER SHARP S',
  ẞ: 'LATIN CAPITAL LETTER SHARP S',
  æ: 'LATIN SMALL LETTER AE',
  Æ: 'LATIN CAPITAL LETTER AE',
  œ: 'LATIN SMALL LIGATURE OE',
  Œ: 'LATIN CAPITAL LIGATURE OE',
  ø: 'LATIN SMALL LETTER O WITH STROKE',
  Ø: 'LATIN CAPITAL LETTER O WITH STROKE',
  đ: 'LATIN SMALL LETTER D WITH STROKE',
  Đ: 'LATIN CAPITAL LETTER D WITH STROKE',
  ł: 'LATIN SMALL LETTER L WITH STROKE',
  Ł: 'LATIN CAPITAL LETTER L WITH STROKE',
  þ: 'LATIN SMALL LETTER THORN',
  Þ: 'LATIN CAPITAL LETTER THORN',
  ð: 'LATIN SMALL LETTER ETH',
  Ð: 'LATIN CAPITAL LETTER ETH',
  ı: 'LATIN SMALL LETTER DOTLESS I',
  '\u2018': 'LEFT SINGLE QUOTATION MARK',
  '\u2019': 'RIGHT SINGLE QUOTATION MARK',
  '\u201A': 'SINGLE LOW-9 QUOTATION MARK',
  '\u201C': 'LEFT DOUBLE QUOTATION MARK',
  '\u201D': 'RIGHT DOUBLE QUOTATION MARK',
  '\u201E': 'DOUBLE LOW-9 QUOTATION MARK',
  '\u00AB': 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK',
  '\u00BB': 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK',
  '\u2010': 'HYPHEN',
  '\u2011': 'NON-BREAKING HYPHEN',
  '\u2013': 'EN DASH',
  '\u2014': 'EM DASH',
  '\u2212': 'MINUS SIGN',
  '\u2026': 'HORIZONTAL ELLIPSIS',
  '\u00A0': 'NO-BREAK SPACE',
  '\u202F': 'NARROW NO-BREAK SPACE',
  '\u2009': 'THIN SPACE',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200D': 'ZERO WIDTH JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\u00AD': 'SOFT HYPHEN',
  '\t': 'CHARACTER TABULATION',
  '&': 'AMPERSAND',
  '+': 'PLUS SIGN',
  '@': 'COMMERCIAL AT',
  '"': 'QUOTATION MARK',
  '!': 'EXCLAMATION MARK',
  '?': 'QUESTION MARK',
  '(': 'LEFT PARENTHESIS',
  ')': 'RIGHT PARENTHESIS',
  '[': 'LEFT SQUARE BRACKET',
  ']': 'RIGHT SQUARE BRACKET',
  '{': 'LEFT CURLY BRACKET',
  '}': 'RIGHT CURLY BRACKET',
  ':': 'COLON',
  ';': 'SEMICOLON',
  '*': 'ASTERISK',
  '%': 'PERCENT SIGN',
  $: 'DOLLAR SIGN',
  _: 'LOW LINE',
  '`': 'GRAVE ACCENT',
  '~': 'TILDE',
  '^': 'CIRCUMFLEX ACCENT',
  '=': 'EQUALS SIGN',
  '<': 'LESS-THAN SIGN',
  '>': 'GREATER-THAN SIGN',
  '\\': 'REVERSE SOLIDUS',
  '|': 'VERTICAL LINE',
  '€': 'EURO SIGN',
  '£': 'POUND SIGN',
  '°': 'DEGREE SIGN',
  '№': 'NUMERO SIGN',
  '©': 'COPYRIGHT SIGN',
  '®': 'REGISTERED SIGN',
  '™': 'TRADE MARK SIGN',
};

/** Combining marks: [name after "WITH", name of the mark on its own]. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  '\u0300': ['GRAVE', 'COMBINING GRAVE ACCENT'],
  '\u0301': ['ACUTE', 'COMBINING ACUTE ACCENT'],
  '\u0302': ['CIRCUMFLEX', 'COMBINING CIRCUMFLEX ACCENT'],
  '\u0303': ['TILDE', 'COMBINING TILDE'],
  '\u0304': ['MACRON', 'COMBINING MACRON'],
  '\u0306': ['BREVE', 'COMBINING BREVE'],
  '\u0307': ['DOT ABOVE', 'COMBINING DOT ABOVE'],
  '\u0308': ['DIAERESIS', 'COMBINING DIAERESIS'],
  '\u030A': ['RING ABOVE', 'COMBINING RING ABOVE'],
  '\u030B': ['DOUBLE ACUTE', 'COMBINING DOUBLE ACUTE ACCENT'],
  '\u030C': ['CARON', 'COMBINING CARON'],
  '\u0323': ['DOT BELOW', 'COMBINING DOT BELOW'],
  '\u0326': ['COMMA BELOW', 'COMBINING COMMA BELOW'],
  '\u0327': ['CEDILLA', 'COMBINING CEDILLA'],
  '\u0328': ['OGONEK', 'COMBINING OGONEK'],
};

export function toCodePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function kindOf(char: string): FlagKind {
  if (DIACRITIC.test(char) || LATIN_LETTER.test(char)) return 'accent';
  if (PUNCTUATION.test(char)) return 'punctuation';
  if (SYMBOL.test(char)) return 'symbol';
  return 'other';
}

/** Builds "LATIN SMALL LETTER E WITH ACUTE" from the decomposition, if every part is known. */
function accentedName(char: string): string | undefined {
  const [base, ...marks] = [...char.normalize('NFD')];
  if (!base || !/^[A-Za-z]$/.test(base) || marks.length === 0) return undefined;
  const parts = marks.map((m) => MARKS[m]?.[0]);
  if (parts.some((p) => p === undefined)) return undefined;
  const letterCase = base === base.toUpperCase() ? 'CAPITAL' : 'SMALL';
  return `LATIN ${letterCase} LETTER ${base.toUpperCase()} WITH ${parts.join(' AND ')}`;
}

function nameOf(char: string, kind: FlagKind): string {
  const known = NAMES[char] ?? MARKS[char]?.[1] ?? accentedName(char);
  if (known) return known;
  if (kind === 'accent') return 'accented letter';
  if (kind === 'punctuation') return 'punctuation mark';
  if (EMOJI.test(char)) return 'emoji';
  if (kind === 'symbol') return 'symbol';
  if (SPACE.test(char)) return 'space character';
  if (INVISIBLE.test(char)) return 'invisible character';
  if (LETTER.test(char)) return 'letter outside the basic Latin alphabet';
  return 'character';
}

function replacementOf(char: string): string {
  const mapped = REPLACEMENTS[char];
  if (mapped !== undefined) return mapped;
  if (SPACE.test(char)) return ' ';
  // NFKD also folds compatibility forms (ligature "ﬁ", full-width "Ａ", "ª");
  // only accept the fold when it leaves nothing but allowed characters.
  const folded = char.normalize('NFKD').replace(COMBINING_MARKS, '');
  return ALL_ALLOWED.test(folded) ? folded : '';
}

/**
 * True for letters with no ASCII equivalent (Japanese, Greek, …): the cleaned
 * text just drops them, so a person has to retype the name or address.
 */
export function needsRetyping(item: FlaggedChar): boolean {
  return item.replacement === '' && LETTER.test(item.char);
}

function tidy(text: string): string {
  return text
    .split(/(\r?\n|\r)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/ {2,}/g, ' ').trim()))
    .join('')
    .trim();
}

export function checkText(input: string): CheckResult {
  const flagged: FlaggedChar[] = [];
  const segments: TextSegment[] = [];
  let cleaned = '';
  let run = '';
  let index = 0;

  for (const char of input) {
    if (ALLOWED.test(char) || LINE_BREAK.test(char)) {
      run += char;
      cleaned += char;
    } else {
      const kind = kindOf(char);
      const replacement = replacementOf(char);
      const item: FlaggedChar = {
        char,
        index,
        codePoint: toCodePoint(char),
        name: nameOf(char, kind),
        kind,
        replacement,
      };
      flagged.push(item);
      if (run) segments.push({text: run});
      run = '';
      segments.push({text: char, flagged: item});
      cleaned += WORDS.has(char) ? ` ${replacement} ` : replacement;
    }
    index += 1;
  }
  if (run) segments.push({text: run});

  return {flagged, cleaned: tidy(cleaned), segments};
}
