/** The ranges of one sidebar level a page lists: items start … end - 1. */
export interface RangeWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Which of a level's `count` ranges a page lists: `shown` side by side,
 * centred on the one holding the page (`active`, or -1 when none does, as in
 * a group the reader opened: then its first ones). A "more" link standing
 * for a single range would tell the reader no more than that range's own
 * heading and save next to nothing, so that range is listed instead, and a
 * page lists at most `shown` + 2.
 */
export function rangeWindow(count: number, active: number, shown: number): RangeWindow {
  if (!Number.isInteger(shown) || shown < 1)
    throw new Error(`rangeWindow: expected shown to be a whole number ≥ 1, received ${shown}`);
  const centre = active >= 0 && active < count ? active : 0;
  let start = Math.max(Math.min(centre - Math.floor((shown - 1) / 2), count - shown), 0);
  let end = Math.min(start + shown, count);
  if (start === 1) start = 0;
  if (count - end === 1) end = count;
  return {start, end};
}
