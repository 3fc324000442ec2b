import {useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import HighlightedText from '@site/src/components/SearchHighlight';
import {withHighlight} from '@site/src/search/highlightParam';
import {useSearchEngine, useSearchHits} from '@site/src/search/useSearch';
import {useSearchShortcut, useShortcutHint} from './useSearchShortcut';
import styles from './styles.module.css';

/**
 * The navbar search box: an ARIA combobox in a GET form. Suggestions appear
 * while typing; Enter opens /search?q=… (or the highlighted suggestion), and
 * without JavaScript the form itself goes there. Ctrl/⌘-K and "/" focus it. The engine and the index manifest load on first focus, not with
 * the page; each query then fetches only the index files it needs.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const {withBaseUrl} = useBaseUrlUtils();
  const inputRef = useRef<HTMLInputElement>(null);
  const {engine, load} = useSearchEngine();
  const listId = useId();
  const [query, setQuery] = useState('');

  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useSearchShortcut(inputRef);
  const hint = useShortcutHint();

  // The previous suggestions stay until the next ones arrive, so typing does not flicker.
  const {hits} = useSearchHits(engine, query, {limit: 6});

  function warmUp() {
    if (!engine) load(); // the /search page reports load errors
  }

  function go(href: string) {
    setOpen(false);
    inputRef.current?.blur();
    history.push(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = query.trim();
    if (active >= 0 && hits[active]) go(withBaseUrl(withHighlight(hits[active].href, q)));
    else if (q) go(`${searchPage}?q=${encodeURIComponent(q)}`);
  }

  const expanded = open && query.trim() !== '' && hits.length > 0;
  return (
    <form
      className={styles.wrapper}
      role="search"
      aria-label="Site search"
      action={searchPage}
      method="get"
      onSubmit={onSubmit}
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search the knowledge base
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        name="q"
        className={styles.input}
        placeholder={hint ? `Search (${hint})` : 'Search'}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        data-search-input=""
        value={query}
        onFocus={() => {
          warmUp();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className={styles.list} hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.kbId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-search-suggestion={hit.kbId}
            className={styles.option}
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus until the click navigates
              go(withBaseUrl(withHighlight(hit.href, query.trim())));
            }}
          >
            <span className={styles.optionTitle}>
              <span className={styles.kbId}>{hit.kbId}</span> {hit.title}
            </span>
            <span className={styles.optionSnippet}>
              <HighlightedText parts={hit.snippet} />
            </span>
          </li>
        ))}
      </ul>
    </form>
  );
}
