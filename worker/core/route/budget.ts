/**
 * How long a search may run. The iteration budget makes results reproducible (tests, audits:
 * same input and seed → same route); the time budget is a safety net for slow devices and may
 * cut a search short, so a time-limited result can differ between runs.
 */
export interface Budget {
  /** Iterated-local-search rounds after the first descent (kicks). */
  maxIterations?: number;
  /** Wall-clock limit for the whole solve, in ms. Unlimited when absent. */
  timeLimitMs?: number;
  /** Clock in ms (injectable for tests); Date.now by default. */
  now?: () => number;
}

export interface Deadline {
  /** True once the round `iteration` should not start. */
  over(iteration: number): boolean;
  elapsed(): number;
}

/** Starts the clock of `budget`; `share` ∈ (0, 1] keeps part of the time for a later phase. */
export function startDeadline(budget: Budget, defaultIterations: number, share = 1): Deadline {
  const now = budget.now ?? Date.now;
  const t0 = now();
  const maxIt = budget.maxIterations ?? defaultIterations;
  const limit = budget.timeLimitMs === undefined ? Infinity : budget.timeLimitMs * share;
  return {
    // Reading the clock costs more than a small round: look every 8 rounds.
    over: (it) => it >= maxIt || ((it & 7) === 0 && limit !== Infinity && now() - t0 >= limit),
    elapsed: () => now() - t0,
  };
}
