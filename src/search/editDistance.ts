/**
 * Edit distance between a and b, counting a swap of two neighbouring letters as one edit ("recieve",
 * "adress" → one from "receive", "address"): optimal string alignment. Returns max + 1 as soon as it is
 * known to exceed max (typo matching only asks "within one or two?").
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  let prevBest = 0;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      row.push(v);
      if (v < best) best = v;
    }
    // A swap reaches back two rows: only two rows past max rule every later one out.
    if (best > max && prevBest > max) return max + 1;
    before = prev;
    prev = row;
    prevBest = best;
  }
  return Math.min(prev[b.length], max + 1);
}
