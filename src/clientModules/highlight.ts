/**
 * Highlights the searched words on the article opened from a search result
 * (?highlight=order+cancelled). Runs after each navigation; only wraps text
 * inside the article's callouts, so no interactive control is touched. The
 * code that finds the words loads only on such a page.
 */
import type {ClientModule} from '@docusaurus/types';
import {highlightParam} from '@site/src/search/highlightParam';

// The same attribute as src/search/highlightWords.ts, written out so this module stays small.
const markAttribute = 'data-search-highlight';

function clear(): void {
  document.querySelectorAll(`mark[${markAttribute}]`).forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
}

const module: ClientModule = {
  onRouteDidUpdate({location}) {
    clear();
    const words = new URLSearchParams(location.search).get(highlightParam);
    if (!words) return;
    void import('@site/src/search/highlightWords').then(
      (m) => {
        // The reader may have moved on while it loaded.
        if (new URLSearchParams(window.location.search).get(highlightParam) === words) m.highlightWords(words);
      },
      () => undefined, // a highlight is a help, never a reason to fail the page
    );
  },
};

export default module;
