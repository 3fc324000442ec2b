import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {copyText} from '@site/src/lib/clipboard';
import {checkText, needsRetyping, type FlaggedChar} from '@site/src/lib/characters';
import styles from './styles.module.css';

export interface CheckerProps {
  /** Base of the ids of its field and output, unique on the page. */
  readonly id: string;
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
 * The checker's field and its results (./index.tsx loads this once the page is interactive, so the
 * character tables travel only to a reader who can use them). The textarea is uncontrolled and read once
 * on mount, so text already in it is checked too.
 */
export default function Checker({id}: CheckerProps): ReactNode {
  const inputId = `${id}-input`;
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [text, setText] = useState('');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const result = useMemo(() => checkText(text), [text]);
  const count = result.flagged.length;

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
    <>
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
    </>
  );
}
