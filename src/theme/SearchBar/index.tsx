import {useCallback, useId, useRef, useState, type ComponentType, type FormEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SuggestionsHandle, SuggestionsProps, SuggestionsState} from './Suggestions';
import {useSearchShortcut, useShortcutHint} from './useSearchShortcut';
import styles from './styles.module.css';

type SuggestionsModule = typeof import('./Suggestions');
let suggestionsModule: Promise<SuggestionsModule> | undefined;
/** The suggestions' code, once per tab; a failed load (a release removed the chunk) may be retried. */
function loadSuggestions(): Promise<SuggestionsModule> {
  suggestionsModule ??= import('./Suggestions').catch((e: unknown) => {
    suggestionsModule = undefined;
    throw e;
  });
  return suggestionsModule;
}

/**
 * The navbar search box: an ARIA combobox in a GET form, so without JavaScript the form itself goes to
 * /search?q=…. Ctrl/⌘-K and "/" focus it. This part is all a page loads first: the suggestions, the
 * engine and everything else of search (./Suggestions) load when the reader first points at or focuses
 * the box, and each query then fetches only the index files it needs. Enter opens /search?q=… (or the
 * highlighted suggestion).
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [Suggestions, setSuggestions] = useState<ComponentType<SuggestionsProps> | null>(null);
  const handle = useRef<SuggestionsHandle>(null);
  const [a11y, setA11y] = useState<SuggestionsState>({expanded: false});
  const [open, setOpen] = useState(false);
  /** The close a blur scheduled: a focus or a keystroke before it runs keeps the popup open. */
  const closing = useRef<number | undefined>(undefined);
  const show = () => {
    window.clearTimeout(closing.current);
    setOpen(true);
  };
  useSearchShortcut(inputRef);
  const hint = useShortcutHint();
  const blurInput = useCallback(() => inputRef.current?.blur(), []);

  function approach() {
    if (!Suggestions)
      loadSuggestions().then(
        (m) => setSuggestions(() => m.default),
        () => undefined, // Enter still goes to /search, which says what failed
      );
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (handle.current) return handle.current.onSubmit();
    // Enter before the suggestions loaded: to /search, with the query as a URL may carry it.
    void loadSuggestions().then(
      (m) => query.trim() && history.push(m.allResultsHref(searchPage, query)),
      () => query.trim() && (window.location.href = `${searchPage}?q=${encodeURIComponent(query.trim())}`),
    );
  }

  return (
    <form
      className={styles.wrapper}
      role="search"
      aria-label="Site search"
      action={searchPage}
      method="get"
      onSubmit={onSubmit}
      onPointerEnter={approach}
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
        aria-expanded={a11y.expanded}
        aria-controls={Suggestions ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={a11y.activeId}
        autoComplete="off"
        spellCheck={false}
        data-search-input=""
        value={query}
        onFocus={() => {
          approach();
          show();
        }}
        onBlur={() => {
          handle.current?.onBlur();
          // Late, so a click in the popup lands first; cancelled if the reader is back before it runs.
          closing.current = window.setTimeout(() => setOpen(false), 150);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          show();
        }}
        onKeyDown={(e) => handle.current?.onKeyDown(e)}
      />
      {Suggestions ? (
        <Suggestions
          query={query}
          open={open}
          setOpen={setOpen}
          listId={listId}
          onState={setA11y}
          blurInput={blurInput}
          handle={handle}
        />
      ) : null}
    </form>
  );
}
