import {patternMatches} from './named';

/**
 * A pasted customer message read as an agent reads it: the greeting, the
 * sign-off, names, e-mail and web addresses, order and ticket numbers and
 * ticket boilerplate say nothing about the problem, so they are taken out
 * before the words are looked up. KB IDs are written the way the index
 * holds them, however an agent typed them ("amz 3", "#AMZ003" → "AMZ-003").
 * General rules for any guide: nothing here names an article or a query.
 */

/** Words of conversation and ticket tooling: in nearly every message, about no problem in particular. */
export const messageWords: ReadonlySet<string> = new Set(
  [
    'hi hello hey hiya dear greetings morning afternoon evening thanks thank thx ty cheers regards sincerely best',
    'kind warm please pls plz kindly appreciate appreciated advance asap urgent urgently help helping hope well',
    'team support sir madam folks guys everyone anyone someone somebody ticket case ref reference subject re fw fwd cc bcc',
    'sent iphone android mobile priority high low medium question questions quick let know know advise advice',
    'assist assistance possible look looking into get got getting thing things something anything hmm ok okay yes',
    'sorry apologies wondering wonder seems seem really still anyway again today yesterday tomorrow now soon',
    'currently recently ago one two three first second also already just even some any all every each other another',
    'here there like said says say tell told need needs needed want wants wanted try tried trying make made',
    'colleague colleagues boss',
  ]
    .join(' ')
    .split(' '),
);

/**
 * "Hi Sarah," "Hello team -" "Dear Ms Okafor:" "Good morning all\n": the greeting and the names after it, up to a
 * comma, colon, dash or line break. "Hey order stuck in pending!" keeps its words: only "Hey" goes.
 */
const greeting =
  /^\s*(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening))\b(?:(?:[ \t]+[\p{L}'.]+){0,3}[ \t]*(?:[,:;\n–—]|\s-\s))?/iu;

/** Words that close a message: what follows them (a name, a title, a company, a phone) is a signature. */
const closing =
  /\b(?:(?:many|best|kind|warm|with)\s+)?(?:thanks|thank\s+you|thx|regards|cheers|sincerely|best\s+wishes)\b/gi;
/** Longest signature after a closing, in words; a question after it means the message goes on. */
const maxSignatureWords = 25;

/** Addresses and numbers that identify, never describe: e-mail, URLs (a name kept in one stays), numbers with 3+ digits. */
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu;
const url = /\b(?:https?:\/\/|www\.)\S+/gi;
/** A token holding three digits or more (PO-10234, 112-1234567, 2026-11-30, 555 0100); KB IDs are kept apart first. */
const idNumber = /[\p{L}\p{N}#/-]*\d[\p{L}\p{N}#/.-]*\d[\p{L}\p{N}#/.-]*\d[\p{L}\p{N}#/-]*/gu;
/** Stands in for a kept text (a KB ID, a name) while numbers and addresses are removed: no digits, no word. */
const mark = (i: number) =>
  `\uE000${i
    .toString(26)
    .split('')
    .map((d) => String.fromCharCode(0x41 + parseInt(d, 26)))
    .join('')}\uE000`;
const marks = /\uE000([A-Z]+)\uE000/g;
const markIndex = (letters: string) =>
  parseInt(
    letters
      .split('')
      .map((c) => (c.charCodeAt(0) - 0x41).toString(26))
      .join(''),
    26,
  );

/**
 * KB IDs as agents type them: "AMZ-003", "amz 3", "amz003", "AMZ3", "#AMZ-003", "AMZ_3". The prefixes
 * are the guides' own (the index's manifest), so only a real prefix followed by a number is rewritten.
 */
export function normalizeKbIds(text: string, prefixes: readonly string[]): string {
  if (!prefixes.length) return text;
  const alternatives = prefixes.map((p) => p.replace(/[^A-Za-z0-9]/g, '')).filter(Boolean);
  const prefix = `(?<![\\p{L}\\p{N}])#?(${alternatives.join('|')})`;
  const id = (_: string, p: string, n: string) => ` ${p.toUpperCase()}-${n.padStart(3, '0')} `;
  // Written together ("AMZ3", "amz-003", "#AMZ_3") it is an ID anywhere; with a space ("amz 3") only where it
  // ends the query or a clause: "amz 2 orders stuck" is shorthand for Amazon, not AMZ-002.
  return text
    .replace(new RegExp(`${prefix}[_#-]{0,2}0*(\\d{1,4})(?![\\p{L}\\p{N}])`, 'giu'), id)
    .replace(new RegExp(`${prefix}\\s+0*(\\d{1,4})(?=\\s*(?:$|[.,;:!?)\\]]))`, 'giu'), id);
}

/**
 * The message without what identifies or greets: the text whose words are searched. KB IDs of the given
 * prefixes are written as the index holds them and kept, and so are the guides' named things as typed
 * (`keep`, their patterns: "amazon.co.jp" in a URL, an error code with digits); other numbers of three
 * digits or more go.
 */
export function readMessage(raw: string, prefixes: readonly string[], keep: readonly RegExp[] = []): string {
  const kept: string[] = [];
  const known = prefixes.map((p) => p.replace(/[^A-Za-z0-9]/g, '').toUpperCase()).filter(Boolean);
  // Addresses first: an e-mail says nothing, even at a named host (no-reply@amazon.com), and a URL only the
  // names it holds ("https://business.amazon.de/gp/cart" is amazon.de, not a cart).
  let text = normalizeKbIds(raw, prefixes)
    .replace(email, ' ')
    .replace(url, (u) => ` ${patternMatches(u, keep).join(' ')} `);
  if (known.length)
    text = text.replace(new RegExp(`(?:${known.join('|')})-\\d{3,}`, 'g'), (id) => mark(kept.push(id) - 1));
  for (const pattern of keep)
    text = text.replace(pattern, (_, before: string, name: string) => `${before}${mark(kept.push(name) - 1)}`);
  return stripBoilerplate(text).replace(marks, (_, letters: string) => ` ${kept[markIndex(letters)]} `);
}

/** The message without greeting, sign-off, addresses and numbers. */
export function stripBoilerplate(raw: string): string {
  let text = raw.replace(greeting, ' ');
  // The last closing, after the message proper ("Thanks to the new setup…" at the start stays), with
  // only a short signature after it, whether the paste kept its line breaks or not.
  const last = [...text.matchAll(closing)].pop();
  if (last && last.index > text.length / 3) {
    const rest = text.slice(last.index + last[0].length);
    if (!rest.includes('?') && rest.split(/\s+/).filter(Boolean).length <= maxSignatureWords)
      text = text.slice(0, last.index);
  }
  return text.replace(email, ' ').replace(url, ' ').replace(idNumber, ' ');
}

/** Weight of a word said only in passing: in a clause the writer marks as beside the point. */
export const asideWeight = 0.3;

/** "…, which is fine", "FYI", "separate issue", "whatever": the clause is beside the point. */
const asideMarker =
  /\b(?:whatever|fyi|btw|by the way|separate (?:issue|question|ticket|thing|problem)|another ticket|different (?:issue|question|ticket)|(?:is|are|was|were|seems?|looks?|works?|worked|working|went|goes|go) (?:fine|ok|okay|normal|well)|which is (?:fine|normal|ok)|that'?s fine|not a (?:problem|big deal|concern)|no problem|not urgent|sorted itself out|resolved itself|annoying|i get that|a bit (?:off|slow|high|long)|besides|apart from|aside from|side note)\b/;
/** "my real question:", "the actual issue is", "bigger issue:": what follows is the point; what came before is not. */
const pointMarker =
  /\b(?:(?:real|actual|bigger|biggest|main|more important|important|urgent|my|the) (?:issue|question|problem|blocker|concern)(?: is| here)?\s*(?::|is\b|that\b)|question though|for now:|please help with|what i need)/;

/**
 * Words a message says only in passing, in clauses it marks as beside the point ("the approval emails land
 * in spam sometimes, whatever"; everything before "my real question:"), as folded tokens. A word the
 * message also says elsewhere is not among them.
 */
export function asideWords(folded: string, tokenize: (text: string) => string[]): Set<string> {
  const sentences = folded.split(/[.!?;\n]+|\s[-–—]\s/);
  const clauses = sentences.flatMap((s) => s.split(/,?\s+but\s+/));
  const point = clauses.findIndex((c) => pointMarker.test(c));
  const aside = new Set<string>();
  const main = new Set<string>();
  clauses.forEach((clause, i) => {
    // The marker's own clause: the part after the marker is the point.
    const at = i === point ? clause.search(pointMarker) : -1;
    const before = at > 0 ? clause.slice(0, at) : '';
    const rest = at > 0 ? clause.slice(at) : clause;
    const beside = (point >= 0 && i < point) || asideMarker.test(rest);
    for (const t of tokenize(before)) aside.add(t);
    for (const t of tokenize(rest)) (beside ? aside : main).add(t);
  });
  for (const t of main) aside.delete(t);
  return aside;
}

/**
 * Names in a message: words capitalised inside a sentence ("our Denver team", "José Muñoz"), folded. They
 * are not misspellings of the guide's words: "Denver" is two letters from "deliver".
 */
export function properNouns(raw: string): Set<string> {
  const names = new Set<string>();
  for (const m of raw.matchAll(/(?<=[\p{L}\p{N},;:)'"] +)\p{Lu}[\p{Ll}\p{M}]+/gu)) names.add(m[0]);
  return new Set(
    [...names].map((n) =>
      n
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase(),
    ),
  );
}
