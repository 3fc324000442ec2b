/**
 * Records reader feedback with nginx alone (njs 0.7.9, Debian's libnginx-mod-http-js):
 * `location = BASE_URL_feedback { js_content feedback.record; }` in deploy/nginx.conf.template.
 *
 * One event per POST: validated, free text masked and capped, a server timestamp added,
 * then handed to nginx as ONE line of JSON.stringify output (a newline inside a string
 * is escaped as \n, so a hostile body cannot forge a second line) in $feedback_line,
 * which the location's own access_log writes to FEEDBACK_DIR/feedback.jsonl. nginx's
 * master opens that log before the workers drop root, so the folder need not be
 * open to the workers' user (a checkout under /root or a 0700 `mktemp -d`).
 * The client address is never written, no cookie is set.
 *
 * The masking and validation rules live here only: the unit tests import this file
 * in Node (tests/unit/feedback-record.test.ts), nginx runs the same code, and both
 * suites check the same table of cases (tests/fixtures/feedback-masking.json). Keep the
 * syntax to what njs 0.7.9 accepts (no optional chaining, no spread, no \p{…}).
 *
 * Text is read character by character, never with a regular expression: njs 0.7.9
 * loses its place in a global search over non-ASCII text (`pcre2_match() failed: bad
 * offset value`, or a worker spinning until memory runs out: nginx/njs#677), and its
 * `\s`, `\d`, `$` are not JavaScript's (`$` also matches before a final newline).
 */
/** The longest free text kept (query, reason text), in characters. */
var maxText = 500;
/** The longest page path and guide name, in characters. */
var maxPage = 300;
var maxGuide = 100;
var reasons = ['steps', 'wrong-article', 'unclear'];
var votes = ['up', 'down'];
var outcomes = ['none', 'unopened'];

/** A number is masked from this many digits on: order, card, phone and account numbers; not a step or a KB ID. */
var minDigits = 6;

/** Inclusive code point ranges, sorted; generated from Unicode 17 and checked in the unit tests. */
// prettier-ignore
var digitRanges = [
  [0x30, 0x39], [0x660, 0x669], [0x6f0, 0x6f9], [0x7c0, 0x7c9], [0x966, 0x96f], [0x9e6, 0x9ef], [0xa66, 0xa6f],
  [0xae6, 0xaef], [0xb66, 0xb6f], [0xbe6, 0xbef], [0xc66, 0xc6f], [0xce6, 0xcef], [0xd66, 0xd6f], [0xde6, 0xdef],
  [0xe50, 0xe59], [0xed0, 0xed9], [0xf20, 0xf29], [0x1040, 0x1049], [0x1090, 0x1099], [0x17e0, 0x17e9],
  [0x1810, 0x1819], [0x1946, 0x194f], [0x19d0, 0x19d9], [0x1a80, 0x1a89], [0x1a90, 0x1a99], [0x1b50, 0x1b59],
  [0x1bb0, 0x1bb9], [0x1c40, 0x1c49], [0x1c50, 0x1c59], [0xa620, 0xa629], [0xa8d0, 0xa8d9], [0xa900, 0xa909],
  [0xa9d0, 0xa9d9], [0xa9f0, 0xa9f9], [0xaa50, 0xaa59], [0xabf0, 0xabf9], [0xff10, 0xff19], [0x104a0, 0x104a9],
  [0x10d30, 0x10d39], [0x10d40, 0x10d49], [0x11066, 0x1106f], [0x110f0, 0x110f9], [0x11136, 0x1113f],
  [0x111d0, 0x111d9], [0x112f0, 0x112f9], [0x11450, 0x11459], [0x114d0, 0x114d9], [0x11650, 0x11659],
  [0x116c0, 0x116c9], [0x116d0, 0x116e3], [0x11730, 0x11739], [0x118e0, 0x118e9], [0x11950, 0x11959],
  [0x11bf0, 0x11bf9], [0x11c50, 0x11c59], [0x11d50, 0x11d59], [0x11da0, 0x11da9], [0x11de0, 0x11de9],
  [0x11f50, 0x11f59], [0x16130, 0x16139], [0x16a60, 0x16a69], [0x16ac0, 0x16ac9], [0x16b50, 0x16b59],
  [0x16d70, 0x16d79], [0x1ccf0, 0x1ccf9], [0x1d7ce, 0x1d7ff], [0x1e140, 0x1e149], [0x1e2f0, 0x1e2f9],
  [0x1e4f0, 0x1e4f9], [0x1e5f1, 0x1e5fa], [0x1e950, 0x1e959], [0x1fbf0, 0x1fbf9],
];
/** JavaScript's `\s` (U+FEFF aside, which is invisible below), and NEL. */
// prettier-ignore
var spaceRanges = [
  [0x9, 0xd], [0x20, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
  [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000],
];
/**
 * Dropped from stored text: format characters (Unicode Cf: zero-width, bidi controls, soft hyphen, tags),
 * which hide a number's digits from the masks or reorder the report's lines, and control characters.
 */
// prettier-ignore
var invisibleRanges = [
  [0x0, 0x8], [0xe, 0x1f], [0x7f, 0x84], [0x86, 0x9f], [0xad, 0xad], [0x600, 0x605], [0x61c, 0x61c], [0x6dd, 0x6dd],
  [0x70f, 0x70f], [0x890, 0x891], [0x8e2, 0x8e2], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e],
  [0x2060, 0x2064], [0x2066, 0x206f], [0xfeff, 0xfeff], [0xfff9, 0xfffb], [0x110bd, 0x110bd], [0x110cd, 0x110cd],
  [0x13430, 0x1343f], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0001, 0xe0001], [0xe0020, 0xe007f],
];
/** Punctuation and symbols outside ASCII, which end a word as ASCII punctuation does. */
// prettier-ignore
var punctuationRanges = [
  [0xa1, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x2000, 0x206f], [0x2e00, 0x2e7f], [0x3000, 0x303f], [0x30fb, 0x30fc],
  [0xff01, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff65],
];

function inRanges(ranges, cp) {
  for (var i = 0; i < ranges.length && ranges[i][0] <= cp; i++) if (cp <= ranges[i][1]) return true;
  return false;
}

function isDigit(cp) {
  return inRanges(digitRanges, cp);
}

function isSpace(cp) {
  return inRanges(spaceRanges, cp);
}

function isInvisible(cp) {
  return inRanges(invisibleRanges, cp);
}

function isAsciiLetter(cp) {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

function isAsciiAlnum(cp) {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/** A letter of a word in any script (ASCII letters, and whatever outside ASCII is no space, digit or punctuation). */
function isLetter(cp) {
  if (cp < 0x80) return isAsciiLetter(cp);
  return !isSpace(cp) && !isDigit(cp) && !isInvisible(cp) && !inRanges(punctuationRanges, cp);
}

/**
 * The characters of `text` as code points, each with its text. njs keeps strings as UTF-8 and counts
 * code points (a lone surrogate became U+FFFD when the body was parsed); Node counts UTF-16 units.
 * Pairing surrogates here, and writing a lone one as U+FFFD, gives both the same list.
 */
function chars(text) {
  var list = [];
  for (var i = 0; i < text.length;) {
    var cp = text.charCodeAt(i);
    var size = 1;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      var low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        size = 2;
      } else {
        cp = 0xfffd;
      }
    }
    list.push({cp: cp, text: cp === 0xfffd ? '\ufffd' : text.slice(i, i + size)});
    i += size;
  }
  return list;
}

function join(list, from, to) {
  var parts = [];
  for (var i = from; i < to; i++) parts.push(list[i].text);
  return parts.join('');
}

function has(list, from, to, test) {
  for (var i = from; i < to; i++) if (test(list[i].cp)) return true;
  return false;
}

/**
 * Replaces, word by word (a word: the characters between spaces of any kind), each span that
 * `find(word, from)` reports with `label`. Neither URLs nor e-mail addresses hold a space.
 */
function maskWords(text, find, label) {
  var list = chars(text);
  var out = '';
  for (var i = 0; i < list.length;) {
    if (isSpace(list[i].cp)) {
      out += list[i++].text;
      continue;
    }
    var end = i;
    while (end < list.length && !isSpace(list[end].cp)) end++;
    var word = list.slice(i, end);
    for (var from = 0; from < word.length;) {
      var span = find(word, from);
      if (!span) {
        out += join(word, from, word.length);
        break;
      }
      out += join(word, from, span.start) + label;
      from = span.end;
    }
    i = end;
  }
  return out;
}

/** Whether `cp` is one of the ASCII characters of `list`. */
function isAsciiOf(cp, list) {
  return cp < 0x80 && list.indexOf(String.fromCharCode(cp)) >= 0;
}

function isOpener(cp) {
  return isAsciiOf(cp, '([{<"\'`') || cp === 0x300c || cp === 0x300e || cp === 0xff08;
}

function isCloser(cp) {
  return (
    isAsciiOf(cp, '.,;:!?)]}>"\'`') ||
    (cp >= 0x3001 && cp <= 0x3002) ||
    cp === 0x300d ||
    cp === 0x300f ||
    cp === 0xff09 ||
    cp === 0xff01 ||
    cp === 0xff0c ||
    cp === 0xff1f
  );
}

/**
 * A URL that carries a query (`?` and something after it) or a fragment with a value
 * (`#access_token=…`), with or without a scheme: `https://x.example/a?t=1`,
 * `example.com/x?token=abc`, `/cart?session=9`. From the word's start (or the bracket
 * or quote that opens it) to its end, without the punctuation that closes a sentence.
 * A question mark in prose ("why?", "what?!") is no query: before it stands no dot,
 * slash or colon, and after it no `=`.
 */
function urlSpan(word, from) {
  var end = word.length;
  while (end > from && isCloser(word[end - 1].cp)) end--;
  var lastEquals = -1;
  for (var i = end - 1; i > from && lastEquals < 0; i--) if (word[i].cp === 0x3d) lastEquals = i;
  // One pass, so a word of a thousand question marks costs no more than a word of letters.
  var start = from;
  var urlLike = false;
  for (var mark = from; mark < end - 1; mark++) {
    var cp = word[mark].cp;
    if (isOpener(cp)) {
      start = mark + 1;
      urlLike = false;
    } else if ((cp === 0x3f && urlLike) || ((cp === 0x3f || cp === 0x23) && lastEquals > mark)) {
      return {start: start, end: end}; // a `#` without a value is a step anchor (#cause-test-mode)
    } else if (cp === 0x2e || cp === 0x2f || cp === 0x3a) {
      urlLike = true;
    }
  }
  return null;
}

function isDot(cp) {
  return cp === 0x2e || cp === 0x3002 || cp === 0xff0e || cp === 0xff61;
}

function isLocalPart(cp) {
  return isAsciiAlnum(cp) || isAsciiOf(cp, '._%+-') || (cp >= 0x80 && (isLetter(cp) || isDigit(cp)));
}

function isDomain(cp) {
  return isAsciiAlnum(cp) || cp === 0x2d || isDot(cp) || (cp >= 0x80 && (isLetter(cp) || isDigit(cp)));
}

/**
 * An e-mail address: something@somewhere, in any script and at any host (`localhost`,
 * an intranet name), `@` or the fullwidth `＠`. A handle (`@team`) has no local part.
 */
function emailSpan(word, from) {
  for (var at = from; at < word.length; at++) {
    if (word[at].cp !== 0x40 && word[at].cp !== 0xff20) continue;
    var start = at;
    while (start > from && isLocalPart(word[start - 1].cp)) start--;
    while (start < at && isDot(word[start].cp)) start++;
    var end = at + 1;
    while (end < word.length && isDomain(word[end].cp)) end++;
    while (end > at + 1 && (isDot(word[end - 1].cp) || word[end - 1].cp === 0x2d)) end--;
    if (start < at && end > at + 1) return {start: start, end: end};
  }
  return null;
}

/** Shortest run of letters and digits taken for a secret (a token in a link's path, an API key). */
var minTokenLength = 16;

/**
 * A run of `minTokenLength` or more ASCII letters and digits holding at least two of each:
 * a reset link's token (`/reset/3f9a8c7e2b1d4a6f`), a key. No word, KB ID, ASIN or order
 * number looks like that.
 */
function tokenSpan(word, from) {
  for (var i = from; i < word.length;) {
    if (!isAsciiAlnum(word[i].cp)) {
      i++;
      continue;
    }
    var end = i;
    var digits = 0;
    while (end < word.length && isAsciiAlnum(word[end].cp)) {
      if (word[end].cp <= 0x39) digits++;
      end++;
    }
    if (end - i >= minTokenLength && digits >= 2 && end - i - digits >= 2) return {start: i, end: end};
    i = end;
  }
  return null;
}

/** What may stand between the digit groups of one number: spaces of any kind, dashes, dots, slashes. */
function isNumberSeparator(cp) {
  return (
    isSpace(cp) ||
    cp === 0x2d ||
    cp === 0x2e ||
    cp === 0x2f ||
    cp === 0xb7 ||
    (cp >= 0x2010 && cp <= 0x2015) ||
    cp === 0x2212 ||
    cp === 0x30fb ||
    cp === 0x30fc ||
    (cp >= 0xff0d && cp <= 0xff0f)
  );
}

function isOpenParen(cp) {
  return cp === 0x28 || cp === 0xff08;
}

function isCloseParen(cp) {
  return cp === 0x29 || cp === 0xff09;
}

/**
 * The runs of digits of `list`. A run glued to a Latin word (`AMZ-003`, `ID123456`) is `alone`:
 * one number by itself, never joined to the digits around it, so a KB ID stays whole.
 * Scripts written without spaces (`カード４１１１…`) glue nothing.
 */
function digitGroups(list) {
  var groups = [];
  for (var i = 0; i < list.length;) {
    if (!isDigit(list[i].cp)) {
      i++;
      continue;
    }
    var end = i;
    while (end < list.length && isDigit(list[end].cp)) end++;
    var before = i > 0 ? list[i - 1].cp : 0x20;
    var dashed = before === 0x2d && i > 1 && isAsciiLetter(list[i - 2].cp);
    groups.push({start: i, end: end, alone: isAsciiLetter(before) || dashed});
    i = end;
  }
  return groups;
}

/**
 * What stands between two runs of digits of one number, or null: at most three characters,
 * separators and at most one parenthesis each way (`4111 1111`, `555.123`, `(555) 123`).
 */
function gapBetween(list, a, b) {
  if (a.alone || b.alone || b.start - a.end > 3) return null;
  var gap = {open: 0, close: 0};
  for (var i = a.end; i < b.start; i++) {
    var cp = list[i].cp;
    if (isOpenParen(cp)) gap.open++;
    else if (isCloseParen(cp)) gap.close++;
    else if (!isNumberSeparator(cp)) return null;
  }
  return gap.open <= 1 && gap.close <= 1 ? gap : null;
}

/**
 * Whether `groups[k]` and the next run are one number. Into a parenthesis only for an area
 * code (`+1 (555) 123`, `+44 (0)20`): at most 4 digits, closed, and the number goes on; so
 * `step 3 (40123)` stays.
 */
function joined(list, groups, k) {
  var gap = gapBetween(list, groups[k], groups[k + 1]);
  if (!gap) return false;
  if (!gap.open) return true;
  var inside = groups[k + 1];
  var after = k + 2 < groups.length ? gapBetween(list, inside, groups[k + 2]) : null;
  return inside.end - inside.start <= 4 && after !== null && after.close === 1;
}

/** Where a number's mask starts: its first digit, or the `(` of `(555) 123-4567` and the `+` of `+44 20…`. */
function numberStart(list, first, next) {
  var start = first.start;
  if (next && start > 0 && isOpenParen(list[start - 1].cp) && has(list, first.end, next.start, isCloseParen)) start--;
  if (start > 0 && (list[start - 1].cp === 0x2b || list[start - 1].cp === 0xff0b)) start--;
  return start;
}

/** Numbers of `minDigits` digits or more, in any script's digits, whatever separates their groups. */
function maskNumbers(text) {
  var list = chars(text);
  var groups = digitGroups(list);
  var out = '';
  var done = 0;
  for (var g = 0; g < groups.length;) {
    var last = g;
    var digits = groups[g].end - groups[g].start;
    while (last + 1 < groups.length && joined(list, groups, last)) {
      last++;
      digits += groups[last].end - groups[last].start;
    }
    if (digits >= minDigits) {
      var start = numberStart(list, groups[g], last > g ? groups[g + 1] : null);
      out += join(list, done, start) + '[number]';
      done = groups[last].end;
    }
    g = last + 1;
  }
  return out + join(list, done, list.length);
}

function withoutInvisible(text) {
  var list = chars(text);
  var out = '';
  for (var i = 0; i < list.length; i++) if (!isInvisible(list[i].cp)) out += list[i].text;
  return out;
}

/**
 * Masks what identifies a person or an account in pasted text, in this order: URLs carrying
 * a query or a fragment value (`[url]`: tokens, session ids), e-mail addresses (`[email]`),
 * numbers of 6 digits or more (`[number]`: order, card, phone, account numbers, dates).
 * Invisible characters go first, so none can hide a digit.
 */
function mask(text) {
  var words = maskWords(maskWords(withoutInvisible(String(text)), urlSpan, '[url]'), emailSpan, '[email]');
  return maskNumbers(maskWords(words, tokenSpan, '[token]'));
}

/** The number of characters (code points) of `text`, as both njs and Node count them. */
function length(text) {
  return chars(text).length;
}

/** `text` without the spaces of any kind around it, and at most `max` characters. */
function trimAndCap(text, max) {
  var list = chars(text);
  var start = 0;
  var end = list.length;
  while (start < end && isSpace(list[start].cp)) start++;
  while (end > start && isSpace(list[end - 1].cp)) end--;
  return join(list, start, Math.min(end, start + max));
}

/** Masked, trimmed and capped free text. */
function cleanText(text, max) {
  return trimAndCap(mask(text), max === undefined ? maxText : max);
}

/** A page as stored: its path alone (the site sends `location.pathname`), masked. */
function cleanPage(page) {
  var cut = page.length;
  var query = page.indexOf('?');
  var hash = page.indexOf('#');
  if (query >= 0) cut = query;
  if (hash >= 0 && hash < cut) cut = hash;
  return cleanText(page.slice(0, cut), maxPage);
}

/**
 * A KB ID as the site writes them (src/kb/ids.ts): 2 to 5 capital letters, a dash, 3 to 6 digits.
 * Checked character by character: a `$` would let `"AMZ-003\n"` by in njs. At most 6 digits, so an ID
 * can carry no phone or card number past the masks.
 */
function isKbId(value) {
  var list = chars(value);
  var dash = 0;
  while (dash < list.length && list[dash].cp >= 0x41 && list[dash].cp <= 0x5a) dash++;
  if (dash < 2 || dash > 5 || dash >= list.length || list[dash].cp !== 0x2d) return false;
  var digits = list.length - dash - 1;
  if (digits < 3 || digits > 6) return false;
  for (var i = dash + 1; i < list.length; i++) if (list[i].cp < 0x30 || list[i].cp > 0x39) return false;
  return true;
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return 'the string ' + JSON.stringify(join(chars(value), 0, Math.min(40, length(value))));
  return 'a ' + typeof value;
}

function problem(field, expected, value) {
  return field + ': expected ' + expected + ', received ' + describe(value);
}

/** A string field: required or optional, at most `max` characters before masking. */
function stringField(body, field, required, max) {
  var value = body[field];
  if (value === undefined && !required) return {value: undefined};
  if (typeof value !== 'string') return {error: problem(field, 'a string', value)};
  if (required && trimAndCap(withoutInvisible(value), 1) === '')
    return {error: problem(field, 'a non-empty string', value)};
  var count = length(value);
  if (count > max) return {error: field + ': expected at most ' + max + ' characters, received ' + count};
  return {value: value};
}

function oneOf(body, field, allowed, required) {
  var value = body[field];
  if (value === undefined && !required) return {value: undefined};
  if (allowed.indexOf(value) < 0) return {error: problem(field, allowed.map((a) => '"' + a + '"').join(' or '), value)};
  return {value: value};
}

/**
 * The event to record, or the first problem with the body. Only known fields are
 * kept: whatever else a client sends is dropped, never written.
 */
function validate(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return {error: problem('body', 'a JSON object', body)};
  var type = oneOf(body, 'type', ['vote', 'search'], true);
  if (type.error) return type;
  var page = stringField(body, 'page', true, maxPage);
  if (page.error) return page;
  if (page.value.charAt(0) !== '/') return {error: problem('page', 'a path starting with "/"', page.value)};
  var guide = stringField(body, 'guide', false, maxGuide);
  if (guide.error) return guide;
  var event = {type: type.value, page: cleanPage(page.value), guide: cleanText(guide.value || '', maxGuide)};

  if (type.value === 'vote') {
    var kbId = stringField(body, 'kbId', true, 40);
    if (kbId.error) return kbId;
    if (!isKbId(kbId.value)) return {error: problem('kbId', 'a KB ID such as "AMZ-007"', kbId.value)};
    var vote = oneOf(body, 'vote', votes, true);
    if (vote.error) return vote;
    var previous = oneOf(body, 'previous', votes, false);
    if (previous.error) return previous;
    var reason = oneOf(body, 'reason', reasons, false);
    if (reason.error) return reason;
    var text = stringField(body, 'text', false, 2 * maxText); // then capped at maxText, after masking
    if (text.error) return text;
    if ((reason.value || text.value) && vote.value !== 'down')
      return {error: 'reason: only a "down" vote has a reason, received vote "' + vote.value + '"'};
    event.kbId = kbId.value;
    event.vote = vote.value;
    if (previous.value) event.previous = previous.value;
    if (reason.value) event.reason = reason.value;
    var cleaned = text.value === undefined ? '' : cleanText(text.value);
    if (cleaned) event.text = cleaned;
    return {event: event};
  }

  var query = stringField(body, 'query', true, 2000);
  if (query.error) return query;
  var count = body.count;
  if (typeof count !== 'number' || count < 0 || !Number.isSafeInteger(count))
    return {error: problem('count', 'a whole number of results, 0 or more', count)};
  var outcome = oneOf(body, 'outcome', outcomes, true);
  if (outcome.error) return outcome;
  event.query = cleanText(query.value);
  event.count = count;
  event.outcome = outcome.value;
  return {event: event};
}

/**
 * A cross-site request, told by what the browser says about it: a page elsewhere
 * may POST here (a form or a beacon needs no permission), and its events would be
 * forged ones. Browsers send `Sec-Fetch-Site` to HTTPS sites and localhost,
 * `same-origin` for the site's own beacons. Over plain HTTP they do not, but a POST
 * still carries `Origin`: its host must be this one (as the client asked for it, or
 * as a proxy in front says it was asked for). A client that sends neither (curl, a
 * log shipper's replay) is no browser tricked by another site, and is judged by its
 * body alone.
 */
function crossSite(headers) {
  var site = headers['Sec-Fetch-Site'];
  if (site !== undefined)
    return site === 'same-origin' ? null : 'Sec-Fetch-Site: expected "same-origin", received "' + site + '"';
  var origin = headers['Origin'];
  if (origin === undefined) return null;
  var host = hostOf(origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
  var forwarded = headers['X-Forwarded-Host'];
  var hosts = [headers['Host'], forwarded === undefined ? undefined : forwarded.split(',')[0]];
  for (var i = 0; i < hosts.length; i++) if (hosts[i] !== undefined && hostOf(hosts[i]) === host) return null;
  return 'Origin: expected this site (' + headers['Host'] + '), received "' + origin + '"';
}

/** A host as compared: lower case, without spaces or a default port (:80, :443). */
function hostOf(value) {
  return String(value)
    .trim()
    .toLowerCase()
    .replace(/:(80|443)$/, '');
}

/** One log line for a request body: {line} or {error}. `now` is the server's clock. */
function toLine(text, now) {
  var body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return {error: 'body: expected JSON, received ' + String(text).length + ' characters that do not parse'};
  }
  var result = validate(body);
  if (result.error) return result;
  var event = result.event;
  var line = {time: now.toISOString()};
  Object.keys(event).forEach((key) => {
    line[key] = event[key];
  });
  return {line: JSON.stringify(line)};
}

/**
 * The js_content handler: 204 when recorded, 4xx with a plain-text reason when not.
 * Recording is setting $feedback_line: the access_log of the location writes it,
 * and writes nothing for a request that leaves it empty.
 */
function record(r) {
  if (r.method !== 'POST') {
    r.headersOut['Allow'] = 'POST';
    r.return(405, 'Method ' + r.method + ' not allowed: expected POST\n');
    return;
  }
  var forged = crossSite(r.headersIn);
  if (forged) {
    // In the error log too: behind a proxy that rewrites Host, every vote would be refused, and only here said.
    r.warn('feedback refused: ' + forged);
    r.return(403, forged + '\n');
    return;
  }
  var result = toLine(r.requestText || '', new Date());
  if (result.error) {
    r.return(400, result.error + '\n');
    return;
  }
  r.variables.feedback_line = result.line;
  r.return(204);
}

export default {
  record: record,
  mask: mask,
  validate: validate,
  toLine: toLine,
  crossSite: crossSite,
  maxText: maxText,
  // For the unit tests, which check these tables against Node's Unicode data.
  isDigit: isDigit,
  isSpace: isSpace,
  isInvisible: isInvisible,
};
