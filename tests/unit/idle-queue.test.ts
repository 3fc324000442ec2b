import {describe, expect, it} from 'vitest';
import {createIdleQueue} from '../../src/lib/idleQueue';

/** A scheduler the test drives: each idle() runs what was scheduled for the next idle period. */
function fakeIdle() {
  const slots: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void slots.push(run),
    idle: () => slots.shift()?.(),
    get scheduled() {
      return slots.length;
    },
  };
}

describe('idle queue (link prefetches)', () => {
  it('runs nothing at once, then one job per idle period, oldest first', () => {
    const idle = fakeIdle();
    const ran: string[] = [];
    const q = createIdleQueue((k) => ran.push(k), idle.schedule);
    q.add('/a');
    q.add('/b');
    q.add('/c');
    expect(ran).toEqual([]);
    expect(idle.scheduled).toBe(1);
    idle.idle();
    expect(ran).toEqual(['/a']);
    idle.idle();
    idle.idle();
    expect(ran).toEqual(['/a', '/b', '/c']);
    expect(idle.scheduled).toBe(0);
    expect(q.pending).toEqual([]);
  });

  it('runs each key once, even when added again after it ran', () => {
    const idle = fakeIdle();
    const ran: string[] = [];
    const q = createIdleQueue((k) => ran.push(k), idle.schedule);
    q.add('/a');
    q.add('/a');
    idle.idle();
    q.add('/a');
    expect(idle.scheduled).toBe(0);
    expect(ran).toEqual(['/a']);
  });

  it('goes on after a job that throws', () => {
    const idle = fakeIdle();
    const ran: string[] = [];
    const q = createIdleQueue((k) => {
      ran.push(k);
      if (k === '/bad') throw new Error('no route');
    }, idle.schedule);
    q.add('/bad');
    q.add('/good');
    expect(() => idle.idle()).toThrow('no route');
    idle.idle();
    expect(ran).toEqual(['/bad', '/good']);
  });
});
