import { describe, expect, it } from 'vitest';
import { FeedCursor } from './live-feed';

const ev = (gridId: string, retailerCount: number) => ({
  type: 'grid_changed' as const,
  gridId,
  jurisdictionCode: '370702',
  retailerCount,
  capacity: 10,
});

describe('live feed cursor', () => {
  it('resumes from the download and applies only what came after it', () => {
    const c = new FeedCursor(7);
    expect(c.hello(9)).toBe('ok');
    expect(c.since).toBe(7);
    expect(c.event(7, ev('a', 1))).toBe(false); // already in the download
    expect(c.event(8, ev('a', 2))).toBe(true);
    expect(c.event(9, ev('b', 5))).toBe(true);
    expect(c.since).toBe(9);
  });

  it('keeps every change when a live event overtakes the replay', () => {
    const c = new FeedCursor(4);
    c.hello(6);
    // Broadcast of 7 arrives before the replay of 5..7 that the resume asked for.
    expect(c.event(7, ev('a', 3))).toBe(true);
    expect(c.since).toBe(4);
    expect(c.event(5, ev('b', 1))).toBe(true); // another grid: still applied
    expect(c.event(6, ev('a', 2))).toBe(false); // older than what grid a shows
    expect(c.event(7, ev('a', 3))).toBe(false); // the replayed duplicate
    expect(c.since).toBe(7);
  });

  it('resumes from before a hole, not from the highest number seen', () => {
    const c = new FeedCursor(1);
    c.event(3, ev('a', 1));
    expect(c.since).toBe(1);
    c.event(2, ev('b', 1));
    expect(c.since).toBe(3);
  });

  it('starts from the hello without a download number, and spots a reset feed', () => {
    const c = new FeedCursor(null);
    expect(c.hello(12)).toBe('ok');
    expect(c.since).toBe(12);
    expect(c.hello(3)).toBe('resync');
    c.reset();
    expect(c.since).toBeNull();
  });
});
