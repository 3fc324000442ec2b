import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {copyText} from '@site/src/lib/clipboard';
import {checkText, needsRetyping, type FlaggedChar} from '@site/src/lib/characters';
import styles from './styles.module.css';

export interface CharacterCheckProps {
  readonly className?: string;
  /** 3 inside an article step (under the h2 "Resolution"), 2 on a page of its own. */
  readonly headingLevel?: 2 | 3;
  /** Off when the surrounding page already has a heading with the same words. */
  readonly showHeading?: boolean;
}

// Spaces and invisible characters would show as nothing in the list.
function visible(char: string): string {
  if (/^\p{Zs}$/u.test(char)) return '(space)';
  if (/^[\p{C}\p{M}]$/u.test(char)) return '(invisible)';
  return char;
}

function Replacement({item}: {readonly item: FlaggedChar}): ReactNode {
  if (needsRetyping(item)) return <>removed (cannot be cleaned automatically; retype it)</>;
  if (item.replacement === '') return <>removed</>;
  if (item.replacement === ' ') return <>becomes a plain space</>;
  return (
    <>
      becomes <code>{item.replacement}</code>
    </>
  );
}

/**
 * Checks a user name or shipping address for the characters AMZ-008 warns
 * about. Everything happens in the browser so nobody's personal data leaves
 * the page. Without JavaScript the field would do nothing, so it stays hidden
 * until the page is interactive (data-requires-js) and a note says what to
 * do instead. The textarea is uncontrolled and read once on mount, so text
 * restored by the browser (back/forward) is checked too.
 */
export default function CharacterCheck({
  className,
  headingLevel = 3,
  showHeading = true,
}: CharacterCheckProps): ReactNode {
  const id = useId();
  const inputId = `${id}-input`;
  const stepsUrl = useBaseUrl('/articles/amazon-not-receiving-orders#step-1');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [text, setText] = useState('');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const result = useMemo(() => checkText(text), [text]);
  const count = result.flagged.length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (inputRef.current?.value) setText(inputRef.current.value);
    return () => window.clearTimeout(timer.current);
  }, []);

  async function onCopy() {
    const ok = await copyText(result.cleaned);
    setCopy(ok ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopy('idle'), 2500);
  }

  const summary =
    text === ''
      ? ''
      : count === 0
        ? 'No special characters found'
        : `${count} ${count === 1 ? 'character' : 'characters'} to fix`;

  return (
    <div className={clsx(styles.checker, className)} data-character-check>
      {showHeading ? <Heading className={styles.heading}>Special-character checker</Heading> : null}
      <p>
        This checks a user name or shipping address for the characters the article warns about (accents, symbols and
        non-standard punctuation), following the article's guidance, and runs entirely in this page: nothing is sent
        anywhere.
      </p>
      <noscript>
        <p className={styles.noscript}>
          The checker needs JavaScript. Without it, follow <a href={stepsUrl}>the steps in AMZ-008</a> and remove
          accents, symbols and non-standard punctuation by hand.
        </p>
      </noscript>
      <div data-requires-js="">
        <label htmlFor={inputId} className={styles.label}>
          User name or shipping address
        </label>
        <textarea
          id={inputId}
          ref={inputRef}
          className={styles.input}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          data-character-input
          onChange={(e) => {
            setText(e.target.value);
            setCopy('idle');
          }}
        />
      </div>

      <p aria-live="polite" className={styles.summary} data-flagged-count>
        {summary}
      </p>

      {text !== '' ? (
        <div className={styles.results}>
          {count > 0 ? (
            <>
              <div className={styles.preview} data-preview>
                {result.segments.map((s, i) =>
                  s.flagged ? (
                    <mark
                      key={i}
                      className={styles.mark}
                      data-flagged-char
                      title={`${s.flagged.codePoint} ${s.flagged.name}`}
                    >
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </div>
              <ul className={styles.list} data-flagged-list>
                {result.flagged.map((f) => (
                  <li key={f.index} data-flagged-char-item>
                    <span className={styles.char}>{visible(f.char)}</span> <code>{f.codePoint}</code> {f.name}:{' '}
                    <Replacement item={f} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <p className={styles.label} id={`${id}-cleaned`}>
            Cleaned text (check it before you paste it back)
          </p>
          <output htmlFor={inputId} aria-labelledby={`${id}-cleaned`} className={styles.cleaned} data-cleaned>
            {result.cleaned}
          </output>
          <div className={styles.actions}>
            <button
              type="button"
              className="button button--sm button--primary"
              data-copy-cleaned
              disabled={result.cleaned === ''}
              onClick={onCopy}
            >
              Copy cleaned text
            </button>
            <span role="status" className={styles.status}>
              {copy === 'copied'
                ? 'Copied'
                : copy === 'failed'
                  ? 'Could not copy; select the text and copy it by hand'
                  : ''}
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
