import {useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import HighlightedText from '@site/src/components/SearchHighlight';
import NoResultHelp from '@site/src/components/NoResultHelp';
import PlaceNotice from '@site/src/components/PlaceNotice';
import {namedAnswer} from '@site/src/guides/answers';
import {withHighlight} from '@site/src/search/highlightParam';
import {useSearchEngine, useSearchHits} from '@site/src/search/useSearch';
import {useSearchLog} from '@site/src/search/useSearchLog';
import {queryForUrl} from '@site/src/search/query';
import {useSearchShortcut, useShortcutHint} from './useSearchShortcut';
import styles from './styles.module.css';

/**
 * The navbar search box: an ARIA combobox in a GET form. Suggestions appear
 * while typing, then "See all N results" when there are more; a query that
 * finds nothing gets the ways on (symptom index, troubleshooter, support), and
 * one naming one of a guide's named things its answer (for AMZ: whether a marketplace is supported).
 * Enter opens /search?q=… (or the highlighted option), and without JavaScript
 * the form itself goes there. Ctrl/⌘-K and "/" focus it. The engine and the index manifest load on first focus, not with
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
  /** The close a blur scheduled: a focus or a keystroke before it runs keeps the popup open. */
  const closing = useRef<number | undefined>(undefined);
  const show = () => {
    window.clearTimeout(closing.current);
    setOpen(true);
  };
  const [active, setActive] = useState(-1);
  useSearchShortcut(inputRef);
  const hint = useShortcutHint();

  // The previous suggestions stay until the next ones arrive, so typing does not flicker.
  const answer = useSearchHits(engine, query, {limit: 6});
  const {hits, total} = answer;
  const log = useSearchLog({query, answer});
  const q = query.trim();
  const allResults = `${searchPage}?q=${encodeURIComponent(queryForUrl(q))}`;
  // The options: the suggestions, then "See all N results" when there are more than shown.
  const options = [
    ...hits.map((hit) => ({id: hit.kbId, href: withBaseUrl(withHighlight(hit.href, hit.highlight))})),
    ...(total > hits.length ? [{id: 'all', href: allResults}] : []),
  ];
  const named = engine?.findNamed(q);
  const place = named ? namedAnswer(named) : undefined;
  const weak = answer.state === 'weak' && hits.length > 0;
  // A place named ("Austria") and the regional-domains article first: say the answer (not for a place in passing).
  const placeHit = place && !weak && hits[0]?.named ? hits[0] : undefined;
  const nothing = answer.current && !answer.failed && q !== '' && hits.length === 0;

  function warmUp() {
    if (!engine) load(); // the /search page reports load errors
  }

  function go(href: string) {
    log.opened(); // a suggestion, or all results on /search (which records its own)
    setOpen(false);
    inputRef.current?.blur();
    history.push(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      show();
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // Enter always leads somewhere: a suggestion (opened), or /search, which records
    // the query itself if it fails there. Recording it here too would count one reader twice.
    if (active >= 0 && options[active]) go(options[active].href);
    else if (q) go(allResults);
  }

  const expanded = open && q !== '' && options.length > 0;
  const popup = open && q !== '' && (options.length > 0 || nothing);
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
          show();
        }}
        onBlur={() => {
          log.left();
          // Late, so a click in the popup lands first; cancelled if the reader is back before it runs.
          closing.current = window.setTimeout(() => setOpen(false), 150);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
          show();
        }}
        onKeyDown={onKeyDown}
      />
      {/* Mouse down inside keeps the focus (and the popup) until a click has done its work; a followed link closes it. */}
      <div
        className={styles.popup}
        hidden={!popup}
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          if (!(e.target as HTMLElement).closest('a')) return;
          log.opened();
          setOpen(false);
        }}
      >
        {placeHit && place ? (
          <PlaceNotice answer={place} kbId={placeHit.kbId} href={withBaseUrl(placeHit.href)} className={styles.place} />
        ) : null}
        {weak ? <NoResultHelp query={q} matched={answer.matched ?? []} className={styles.weak} /> : null}
        <ul id={listId} role="listbox" aria-label="Suggestions" className={styles.list} hidden={!expanded}>
          {hits.map((hit, i) => (
            <li
              key={hit.kbId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-search-suggestion={hit.kbId}
              className={styles.option}
              onClick={() => go(options[i].href)}
            >
              <span className={styles.optionTitle}>
                <span className={styles.kbId}>{hit.kbId}</span> {hit.title}
              </span>
              <span className={styles.optionSnippet}>
                <HighlightedText parts={hit.snippet} />
              </span>
            </li>
          ))}
          {total > hits.length ? (
            <li
              id={`${listId}-${hits.length}`}
              role="option"
              aria-selected={active === hits.length}
              data-search-all={total}
              className={`${styles.option} ${styles.all}`}
              onClick={() => go(allResults)}
            >
              See all {total} results
            </li>
          ) : null}
        </ul>
        {nothing ? <NoResultHelp query={q} tooCommon={answer.tooCommon} /> : null}
      </div>
    </form>
  );
}
