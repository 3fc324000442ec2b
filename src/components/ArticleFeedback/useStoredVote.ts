import {useCallback, useSyncExternalStore} from 'react';

export type Vote = 'up' | 'down';

const key = (kbId: string) => `kb-feedback:${kbId}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener); // a vote in another tab
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(kbId: string): Vote | null {
  try {
    const stored = window.localStorage.getItem(key(kbId));
    return stored === 'up' || stored === 'down' ? stored : null;
  } catch {
    return null; // storage off (some private modes)
  }
}

/**
 * This browser's vote on one article, kept in localStorage by KB ID so the
 * widget shows it on the next visit and a change replaces it. Nothing leaves
 * the browser but the vote itself. The server HTML has no vote (hydration
 * reads it after). Without storage the vote is not remembered.
 */
export function useStoredVote(kbId: string): [Vote | null, (vote: Vote) => void] {
  const vote = useSyncExternalStore(
    subscribe,
    () => read(kbId),
    () => null,
  );
  const store = useCallback(
    (next: Vote) => {
      try {
        window.localStorage.setItem(key(kbId), next);
      } catch {
        // No storage: the vote still counts, it is only not remembered.
      }
      listeners.forEach((l) => l());
    },
    [kbId],
  );
  return [vote, store];
}
