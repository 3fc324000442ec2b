import {describe, expect, it} from 'vitest';
import {isSpeculative, speculatively} from '../../src/lib/speculation';

describe('speculative loads', () => {
  it('are what runs inside speculatively(), nested or not, and nothing after it, even when it throws', () => {
    expect(isSpeculative()).toBe(false);
    expect(speculatively(() => speculatively(() => isSpeculative()))).toBe(true);
    expect(() =>
      speculatively(() => {
        throw new Error('chunk failed');
      }),
    ).toThrow('chunk failed');
    expect(isSpeculative()).toBe(false);
  });

  it('can carry a decision taken earlier into a later callback', () => {
    expect(speculatively(() => isSpeculative(), false)).toBe(false);
    expect(speculatively(() => isSpeculative(), true)).toBe(true);
  });
});
