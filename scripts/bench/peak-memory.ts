/**
 * Peak memory of a build. Two readings, as a build may run its work in
 * threads (counted in one process's RSS) or in child processes (not):
 * GNU time's "Maximum resident set size" of the largest process, when
 * /usr/bin/time is there, and the sum of the RSS of the whole process tree,
 * polled from /proc. The peak is the larger of the two.
 */
import fs from 'node:fs';
import {execFileSync} from 'node:child_process';

/** GNU time, when installed and able to report (-v); undefined otherwise (e.g. busybox, macOS). */
export const gnuTime: string | undefined = (() => {
  try {
    const found = execFileSync('sh', ['-c', 'command -v /usr/bin/time'], {encoding: 'utf8'}).trim();
    if (!found) return undefined;
    execFileSync(found, ['-v', 'true'], {stdio: 'ignore'});
    return found;
  } catch {
    return undefined;
  }
})();

/** Bytes of "Maximum resident set size (kbytes): N" in GNU time -v output, if present. */
export function parseGnuTimeMaxRss(output: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(output);
  return m ? Number(m[1]) * 1024 : undefined;
}

const pageSize = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], {encoding: 'utf8'})) || 4096;
  } catch {
    return 4096;
  }
})();

/** RSS in bytes of `pid` and all its descendants (Linux /proc; 0 elsewhere). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …", comm may hold spaces: split after the last ')'.
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
      rss.set(Number(e), Number(fields[21]) * pageSize); // field 24 of stat: rss in pages
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Polls the tree's RSS until stopped; `stop()` returns the peak in bytes. */
export function watchTreeRss(pid: number, everyMs = 250): {stop: () => number} {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
