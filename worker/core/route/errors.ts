/**
 * The planner's refusals, a fixed vocabulary in the shape of core's ERRORS (status, zh, en),
 * which includes them: the worker answers `{error: {code, message}}` with these codes unchanged.
 * A stop that cannot be visited in time is not an error: the plan reports it (`unplaced`).
 */

/** Most stops one inspector's day may hold; a longer list is a planning mistake to split. */
export const DAY_STOP_LIMIT = 100;

export const ROUTE_ERRORS = {
  ROUTE_NO_STOPS: {
    status: 400,
    zh: '请至少选择一个走访点位。',
    en: 'Choose at least one stop to visit.',
  },
  ROUTE_TOO_MANY_STOPS: {
    status: 400,
    zh: `一天的路线最多 ${DAY_STOP_LIMIT} 个点位，请分多天安排。`,
    en: `A day's route holds at most ${DAY_STOP_LIMIT} stops: split them over several days.`,
  },
  ROUTE_INVALID_INPUT: {
    status: 400,
    zh: '路线数据有误（坐标、重复点位或预约时段），请检查后重试。',
    en: 'The route data is invalid (coordinates, duplicate stops or appointment times).',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type RouteErrorCode = keyof typeof ROUTE_ERRORS;

/**
 * What is wrong, per stop (stopId null: the request itself). Kinds: `count` (too many stops),
 * `coordinate` (not finite, or outside ±90 / ±180), `outside_bounds` (outside the
 * bounds the caller gave, e.g. the city's), `duplicate_id`, `duplicate_point` (two stops
 * at the same place: merge them or plan with `sharedPoints: 'allow'`), `window_order` (ends
 * before it starts), `time` (a time or duration not finite, or negative), `matrix` (the
 * travel matrix does not fit the request), `order` (timeOrder: an unknown or repeated stop).
 */
export type RouteIssueKind =
  | 'count'
  | 'coordinate'
  | 'outside_bounds'
  | 'duplicate_id'
  | 'duplicate_point'
  | 'window_order'
  | 'time'
  | 'matrix'
  | 'order';

export interface RouteIssue {
  kind: RouteIssueKind;
  stopId: string | null;
  /** For people reading logs; the UI words it from `kind`. */
  detail: string;
}

export class RouteInputError extends Error {
  override name = 'RouteInputError';
  constructor(
    readonly code: RouteErrorCode,
    readonly issues: RouteIssue[] = [],
  ) {
    super(
      issues.length > 0
        ? `${ROUTE_ERRORS[code].en} ${issues.map((i) => i.detail).join('; ')}`
        : ROUTE_ERRORS[code].en,
    );
  }
}
