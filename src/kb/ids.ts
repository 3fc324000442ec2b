/**
 * Every ID and anchor rule of the knowledge base, in one place: KB IDs,
 * guide ids and prefixes, slugs, cause and step anchors, short links.
 * Shared by build code (schemas, loader, scaffolds) and browser code
 * (short-link casing, callouts), so no rule is written twice.
 */

/** A guide's KB ID prefix: 2–5 upper-case letters, e.g. AMZ. */
export const prefixPattern = /^[A-Z]{2,5}$/;

/** A guide's id: lower-case words joined by hyphens, e.g. amz. */
export const guideIdPattern = /^[a-z][a-z0-9-]*$/;

/** Any KB ID: a guide's prefix, a hyphen, three digits or a number past 999 (AMZ-001, AMZ-1000; never AMZ-0009). */
export const kbIdPattern = /^[A-Z]{2,5}-(?:\d{3}|[1-9]\d{3,})$/;

/** Anchors written in the content: lower-case words joined by hyphens. */
export const anchorPattern = /^[a-z][a-z0-9-]*$/;

/** A Cause's anchor, e.g. cause-test-mode. */
export const causeAnchorPattern = /^cause-[a-z0-9-]+$/;

/** A Step's anchor: step-1, step-2, … */
export const stepAnchorPattern = /^step-\d+$/;

/** An article's slug below its guide's path, e.g. /order-cancelled. */
export const slugPattern = /^\/[a-z0-9-]+$/;

/** The KB ID of number `n` in a guide: at least three digits, more when needed. */
export function formatKbId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** Prefix and number of a KB ID, or null when it is not one. */
export function parseKbId(id: string): {prefix: string; number: number} | null {
  if (!kbIdPattern.test(id)) return null;
  const [prefix, digits] = id.split('-');
  return {prefix, number: Number(digits)};
}

/** Orders KB IDs by prefix, then by number: AMZ-999 before AMZ-1000. */
export function compareKbIds(a: string, b: string): number {
  const x = parseKbId(a);
  const y = parseKbId(b);
  if (!x || !y) return a.localeCompare(b);
  return x.prefix.localeCompare(y.prefix) || x.number - y.number;
}

const rangeDash = ' – ';

/** The label of a sidebar range of articles: "AMZ-031 – AMZ-060", or one KB ID when it holds one article. */
export function kbIdRange(first: string, last: string): string {
  return first === last ? first : `${first}${rangeDash}${last}`;
}

/** First and last KB IDs of a range label made by kbIdRange. */
export function kbIdRangeBounds(label: string): [string, string] {
  const [first, last = first] = label.split(rangeDash);
  return [first, last];
}

/** The human number of a step anchor: "step-2" → "2". */
export function stepNumber(anchor: string): string {
  return anchor.slice('step-'.length);
}

/** Short link of an article, the form pasted into tickets. */
export function shortLink(kbId: string): string {
  return `/kb/${kbId}`;
}
