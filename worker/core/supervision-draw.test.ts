import { describe, expect, it } from 'vitest';
import {
  countForShare,
  drawText,
  inputOf,
  runDraw,
  snapshotOf,
  type DrawCandidate,
  type DrawInput,
} from './supervision-draw';

const ids = (n: number, prefix = 'lic_') =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

function input(over: Partial<DrawInput> = {}): DrawInput {
  return {
    seed: 20261203,
    count: 10,
    population: ids(100).map((licenceId) => ({ licenceId, county: '370705', weight: 1 })),
    pools: { '370705': ['stf_a', 'stf_b', 'stf_c', 'stf_d'] },
    conflicts: [],
    lastPairs: {},
    ...over,
  };
}

describe('the supervision draw (双随机)', () => {
  it('gives the same list for the same seed and inputs, and another for another seed', () => {
    const a = runDraw(input());
    expect(a.picks).toHaveLength(10);
    expect(drawText(runDraw(input()))).toBe(drawText(a));
    expect(drawText(runDraw(input({ seed: 7 })))).not.toBe(drawText(a));
    // Through its stored form (as the worker and the demo seed keep it) too.
    const again = runDraw(inputOf(20261203, 10, JSON.parse(JSON.stringify(snapshotOf(input())))));
    expect(drawText(again)).toBe(drawText(a));
  });

  it('draws without replacement and pairs two different officers of the pool', () => {
    const r = runDraw(input({ count: 100 }));
    expect(new Set(r.picks.map((p) => p.licenceId)).size).toBe(100);
    for (const p of r.picks) {
      expect(p.officers[0]).not.toBe(p.officers[1]);
      expect(['stf_a', 'stf_b', 'stf_c', 'stf_d']).toEqual(expect.arrayContaining(p.officers));
    }
    // The work is spread: 100 checks × 2 officers over 4 inspectors.
    const load = new Map<string, number>();
    for (const p of r.picks) for (const o of p.officers) load.set(o, (load.get(o) ?? 0) + 1);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(2);
  });

  it('never sends an inspector to a retailer they are related to', () => {
    const base = runDraw(input());
    const target = base.picks[0]?.licenceId as string;
    const conflicts: [string, string][] = [
      ['stf_a', target],
      ['stf_b', target],
    ];
    const r = runDraw(input({ conflicts }));
    const pick = r.picks.find((p) => p.licenceId === target);
    expect(pick?.officers.sort()).toEqual(['stf_c', 'stf_d']);
    // With only a and b in the pool, the retailer cannot be checked: skipped, the next one drawn.
    const small = runDraw(input({ conflicts, pools: { '370705': ['stf_a', 'stf_b'] } }));
    expect(small.picks.map((p) => p.licenceId)).not.toContain(target);
    expect(small.picks).toHaveLength(10);
    expect(small.skipped).toEqual([{ licenceId: target, reason: 'conflict' }]);
  });

  it('never sends the same pair to a retailer twice in a row', () => {
    const first = runDraw(input({ pools: { '370705': ['stf_a', 'stf_b', 'stf_c'] } }));
    const lastPairs = Object.fromEntries(first.picks.map((p) => [p.licenceId, p.officers]));
    for (let seed = 1; seed <= 20; seed++) {
      const next = runDraw(
        input({ seed, count: 100, pools: { '370705': ['stf_a', 'stf_b', 'stf_c'] }, lastPairs }),
      );
      for (const p of next.picks) {
        const last = lastPairs[p.licenceId];
        if (last) expect([...p.officers].sort()).not.toEqual([...last].sort());
      }
    }
    const two = runDraw(input({ pools: { '370705': ['stf_a', 'stf_b'] }, lastPairs }));
    expect(two.skipped.every((s) => s.reason === 'same_pair')).toBe(true);
    expect(two.skipped.length).toBeGreaterThan(0);
  });

  it('picks heavier retailers more often, in proportion (deterministic seeds)', () => {
    // 10 retailers of weight 5 among 90 of weight 1, 10 drawn, 400 seeds.
    const population: DrawCandidate[] = ids(100).map((licenceId, i) => ({
      licenceId,
      county: '370705',
      weight: i < 10 ? 5 : 1,
    }));
    let heavy = 0;
    let light = 0;
    for (let seed = 1; seed <= 400; seed++) {
      for (const p of runDraw(input({ seed, population })).picks) {
        if (Number(p.licenceId.slice(4)) < 10) heavy++;
        else light++;
      }
    }
    const perHeavy = heavy / 10 / 400;
    const perLight = light / 90 / 400;
    // Without replacement the ratio is below 5 but far above 1: about 3.5 here.
    expect(perHeavy / perLight).toBeGreaterThan(2.8);
    expect(perHeavy / perLight).toBeLessThan(4.5);
    // Unweighted, every retailer has the same chance (10%), within noise.
    let first = 0;
    for (let seed = 1; seed <= 400; seed++)
      first += runDraw(input({ seed })).picks.filter(
        (p) => Number(p.licenceId.slice(4)) < 10,
      ).length;
    expect(first / 10 / 400).toBeGreaterThan(0.07);
    expect(first / 10 / 400).toBeLessThan(0.13);
  });

  it('refuses inputs it cannot draw from', () => {
    expect(() => runDraw(input({ count: 101 }))).toThrow(/count/);
    expect(() => runDraw(input({ seed: -1 }))).toThrow(/seed/);
    const unsorted = [...input().population].reverse();
    expect(() => runDraw(input({ population: unsorted }))).toThrow(/order/);
    const r = runDraw(input({ pools: { '370705': ['stf_a'] } }));
    expect(r.short).toBe(true);
    expect(r.skipped[0]?.reason).toBe('no_inspectors');
  });

  it('turns a share into a count, rounding up', () => {
    expect(countForShare(1000, 5)).toBe(50);
    expect(countForShare(33, 10)).toBe(4);
    expect(countForShare(10, 0.1)).toBe(1);
    expect(countForShare(7, 100)).toBe(7);
  });
});
