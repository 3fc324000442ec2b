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
