/** Query parameter that carries the searched words to the article opened from a result. */
export const highlightParam = 'highlight';

/** Result link: the article (and anchor) with the query's words to highlight there. */
export function withHighlight(href: string, query: string): string {
  const words = query
    .replace(/["'()<>^~*:+]/g, ' ')
    .trim()
    .slice(0, 100);
  if (!words) return href;
  const [path, hash] = href.split('#');
  return `${path}?${highlightParam}=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}
