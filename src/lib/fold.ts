/**
 * Folds text for matching what people type against what the site says:
 * lower case, accents removed (é → e), typographic quotes made plain.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase();
}

/** Words of a folded text, for all-words filters. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter(Boolean);
}

/**
 * The first `max` UTF-16 units of a text, never half a character: a cut inside an emoji leaves a lone
 * surrogate, which encodeURIComponent refuses (URIError) and a URL cannot carry.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
