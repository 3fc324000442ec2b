import {useEffect, useSyncExternalStore, type RefObject} from 'react';

/** Ctrl/⌘-K anywhere, or "/" when not typing in a field, focuses the search box. */
export function useSearchShortcut(inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const modK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (modK || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [inputRef]);
}

const finePointer = '(hover: hover) and (pointer: fine)';

function subscribePointer(onChange: () => void): () => void {
  const query = window.matchMedia(finePointer);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function currentHint(): string {
  if (!window.matchMedia(finePointer).matches) return '';
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';
}

/**
 * The shortcut to show in the placeholder: none on touch screens (no
 * keyboard, and the hint would crowd a phone's navbar), "⌘K" on Apple
 * devices, "Ctrl+K" elsewhere. Empty in the server render, so the hint
 * appears only where a keyboard is likely.
 */
export function useShortcutHint(): string {
  return useSyncExternalStore(subscribePointer, currentHint, () => '');
}
