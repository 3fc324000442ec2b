/**
 * Marks the searched words in the article's callouts (src/clientModules/highlight.ts loads this only
 * when a page is opened from a search result, so no other page carries the tokenizer).
 */
import {stemTerm, tokenize} from './text';

export const markAttribute = 'data-search-highlight';

export function highlightWords(words: string): void {
  const terms = new Set(
    tokenize(words)
      .map((w) => stemTerm(w))
      .filter((t): t is string => Boolean(t)),
  );
  if (terms.size) highlight(terms);
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
          mark.setAttribute(markAttribute, '');
          mark.textContent = part;
          frag.append(mark);
        } else if (part) frag.append(document.createTextNode(part));
      }
      node.replaceWith(frag);
    }
  });
}
