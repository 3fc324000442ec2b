/**
 * A queue of low-priority jobs run in idle time, one per idle period, each
 * key once: what src/clientModules/idlePrefetch.ts puts Docusaurus' link
 * prefetches through. Apart from the browser so it can be tested.
 */

/** Calls `run` once when the browser is idle (requestIdleCallback, or a stand-in). */
export type IdleScheduler = (run: () => void) => unknown;

export interface IdleQueue {
  /** Queues `key`; a key already queued or run is ignored. */
  add(key: string): void;
  /** Keys waiting, oldest first. */
  readonly pending: readonly string[];
}

export function createIdleQueue(job: (key: string) => void, schedule: IdleScheduler): IdleQueue {
  const seen = new Set<string>();
  const waiting: string[] = [];
  let scheduled = false;

  const runOne = () => {
    scheduled = false;
    const key = waiting.shift();
    if (key === undefined) return;
    try {
      job(key);
    } finally {
      // One job per idle period: the reader's next keystroke or click waits for one job at most.
      if (waiting.length) arm();
    }
  };
  const arm = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(runOne);
  };

  return {
    add(key) {
      if (seen.has(key)) return;
      seen.add(key);
      waiting.push(key);
      arm();
    },
    get pending() {
      return [...waiting];
    },
  };
}
