import {describe, expect, it} from 'vitest';
import {rangeWindow} from '../../src/theme/DocSidebarItems/rangeWindow';

const listed = (count: number, active: number, shown = 3) => {
  const {start, end} = rangeWindow(count, active, shown);
  return Array.from({length: end - start}, (_, i) => start + i);
};

describe('the ranges a page lists', () => {
  it('lists the range holding the page between its neighbours', () => {
    expect(listed(9, 4)).toEqual([3, 4, 5]);
    expect(listed(9, 5)).toEqual([4, 5, 6]);
    expect(listed(5, 2, 1)).toEqual([2]);
  });

  it('keeps as many side by side at either end of the level', () => {
    expect(listed(9, 0)).toEqual([0, 1, 2]);
    expect(listed(9, 8)).toEqual([6, 7, 8]);
  });

  it('lists a lone range beside the others rather than a "more" link that would stand for it alone', () => {
    expect(listed(4, 3)).toEqual([0, 1, 2, 3]);
    expect(listed(5, 2)).toEqual([0, 1, 2, 3, 4]);
    expect(listed(9, 2)).toEqual([0, 1, 2, 3]);
    expect(listed(9, 6)).toEqual([5, 6, 7, 8]);
    expect(listed(3, 1, 1)).toEqual([0, 1, 2]);
    expect(listed(3, 0, 1)).toEqual([0]);
  });

  it('lists the first ones of a level that holds no page, as a group the reader opened', () => {
    expect(listed(9, -1)).toEqual([0, 1, 2]);
    expect(listed(9, 12)).toEqual([0, 1, 2]);
  });

  it('centres an even number a little to the right', () => {
    expect(listed(9, 4, 2)).toEqual([4, 5]);
  });

  it('lists as many on every page however many ranges there are, and hides none or two or more on each side', () => {
    for (const shown of [1, 2, 3])
      for (const count of [6, 10, 100, 1000])
        for (let active = 0; active < count; active++) {
          const {start, end} = rangeWindow(count, active, shown);
          expect(active).toBeGreaterThanOrEqual(start);
          expect(active).toBeLessThan(end);
          expect(end - start).toBeGreaterThanOrEqual(shown);
          expect(end - start).toBeLessThanOrEqual(shown + 2);
          expect(start).not.toBe(1);
          expect(count - end).not.toBe(1);
        }
  });

  it('lists the range holding the page alone when one is shown, as the site does by default', () => {
    expect(listed(1, 0, 1)).toEqual([0]);
    expect(listed(2, 0, 1)).toEqual([0, 1]);
    expect(listed(2, 1, 1)).toEqual([0, 1]);
    expect(listed(4, 1, 1)).toEqual([0, 1]);
    expect(listed(4, 2, 1)).toEqual([2, 3]);
    expect(listed(9, 4, 1)).toEqual([4]);
    expect(listed(9, 8, 1)).toEqual([8]);
    expect(listed(9, -1, 1)).toEqual([0]);
  });

  it('refuses a number shown below one, naming what it received', () => {
    expect(() => rangeWindow(9, 0, 0)).toThrow('expected shown to be a whole number ≥ 1, received 0');
  });
});
