import {useEffect, useImperativeHandle, useLayoutEffect, useState, type ReactNode, type Ref} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl, {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import HighlightedText from '@site/src/components/SearchHighlight';
import NoResultHelp from '@site/src/components/NoResultHelp';
import PlaceNotice from '@site/src/components/PlaceNotice';
import {namedAnswer} from '@site/src/guides/answers';
import {withHighlight} from '@site/src/search/highlightParam';
import {useSearchEngine, useSearchHits} from '@site/src/hooks/useSearch';
import {useSearchLog} from '@site/src/hooks/useSearchLog';
import {queryForUrl} from '@site/src/search/query';
import styles from './styles.module.css';

/** What the box hands on to the suggestions once they have loaded: its keys, its submit and its blur. */
export interface SuggestionsHandle {
  readonly onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  readonly onSubmit: () => void;
  readonly onBlur: () => void;
}

/** What the box's input says about the suggestions, for screen readers (aria-expanded, aria-activedescendant). */
export interface SuggestionsState {
  readonly expanded: boolean;
  readonly activeId?: string;
}

export interface SuggestionsProps {
  readonly query: string;
  /** The popup is open (the box has the focus, or had it a moment ago). */
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** Id of the listbox; the options are `${listId}-${i}`. */
  readonly listId: string;
  readonly onState: (state: SuggestionsState) => void;
  readonly blurInput: () => void;
  readonly handle: Ref<SuggestionsHandle>;
}

/** /search?q=… for a query, as long as a URL may carry (src/search/query.ts). */
export const allResultsHref = (searchPage: string, query: string): string =>
  `${searchPage}?q=${encodeURIComponent(queryForUrl(query.trim()))}`;

/**
 * Everything of the navbar search beyond the box (src/theme/SearchBar): the engine, the suggestions and
 * "See all N results", the ways on when nothing is found, a guide's answer for a named thing (for AMZ:
 * whether a marketplace is supported), and the log of failed searches. Loaded when the reader first
 * points at or focuses the box, so no page carries it on first load.
 */
export default function Suggestions({
  query,
  open,
  setOpen,
  listId,
  onState,
  blurInput,
  handle,
}: SuggestionsProps): ReactNode {
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const {withBaseUrl} = useBaseUrlUtils();
  const {engine, load} = useSearchEngine();
  // The highlighted option, for the query it was chosen in: a new query starts with none.
  const [chosen, setChosen] = useState({query, index: -1});
  const active = chosen.query === query ? chosen.index : -1;
  const setActive = (next: (index: number) => number) => setChosen({query, index: next(active)});

  // Mounted on the reader's first approach: the engine and the index manifest load now.
  useEffect(() => {
    if (!engine) load(); // the /search page reports load errors
  }, [engine, load]);

  // The previous suggestions stay until the next ones arrive, so typing does not flicker.
  const answer = useSearchHits(engine, query, {limit: 6});
  const {hits, total} = answer;
  const log = useSearchLog({query, answer});
  const q = query.trim();
  const allResults = allResultsHref(searchPage, q);
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
  const expanded = open && q !== '' && options.length > 0;
  const popup = open && q !== '' && (options.length > 0 || nothing);
  const activeId = expanded && active >= 0 ? `${listId}-${active}` : undefined;
  // Before the browser paints (and in the same task as the key that moved it), so a screen reader reads the
  // option the box points at. This component renders only in the browser.
  useLayoutEffect(() => onState({expanded, activeId}), [expanded, activeId, onState]);

  function go(href: string) {
    log.opened(); // a suggestion, or all results on /search (which records its own)
    setOpen(false);
    blurInput();
    history.push(href);
  }

  useImperativeHandle(handle, () => ({
    onKeyDown(e) {
      if (e.key === 'ArrowDown' && options.length) {
        e.preventDefault();
        setOpen(true);
        setActive((a) => (a + 1) % options.length);
      } else if (e.key === 'ArrowUp' && options.length) {
        e.preventDefault();
        setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
      } else if (e.key === 'Escape') {
        setOpen(false);
        setActive(() => -1);
      }
    },
    // Enter always leads somewhere: a suggestion (opened), or /search, which records
    // the query itself if it fails there. Recording it here too would count one reader twice.
    onSubmit() {
      if (active >= 0 && options[active]) go(options[active].href);
      else if (q) go(allResults);
    },
    onBlur: () => log.left(),
  }));

  return (
    // Mouse down inside keeps the focus (and the popup) until a click has done its work; a followed link closes it.
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
  );
}
