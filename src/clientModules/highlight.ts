/**
 * Highlights the searched words on the article opened from a search result
 * (?highlight=order+cancelled). Runs after each navigation; only wraps text
 * inside the article's callouts, so no interactive control is touched.
 */
import type {ClientModule} from '@docusaurus/types';
import {highlightParam} from '@site/src/search/highlightParam';
import {stemTerm, tokenize} from '@site/src/search/text';

const MARK_ATTR = 'data-search-highlight';

function clear(): void {
  document.querySelectorAll(`mark[${MARK_ATTR}]`).forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
}

function highlight(terms: Set<string>): void {
  const roots = document.querySelectorAll('[data-callout] p, [data-callout] li > div');
  roots.forEach((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      if (node.parentElement?.closest('button, a, mark')) continue;
      const parts = (node.textContent ?? '').split(/([\p{L}\p{N}]+)/u);
      if (!parts.some((p) => terms.has(stemTerm(p) ?? ''))) continue;
      const frag = document.createDocumentFragment();
      for (const part of parts) {
        if (part && terms.has(stemTerm(part) ?? '')) {
          const mark = document.createElement('mark');
          mark.setAttribute(MARK_ATTR, '');
          mark.textContent = part;
          frag.append(mark);
        } else if (part) frag.append(document.createTextNode(part));
      }
      node.replaceWith(frag);
    }
  });
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    clear();
    const words = new URLSearchParams(location.search).get(highlightParam);
    if (!words) return;
    const terms = new Set(
      tokenize(words)
        .map((w) => stemTerm(w))
        .filter((t): t is string => Boolean(t)),
    );
    if (terms.size) highlight(terms);
  },
};

export default module;
