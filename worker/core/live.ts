/**
 * Messages of the live channels (WebSockets through Durable Objects), validated on both ends.
 */
import { z } from 'zod';

/** Why a grid's numbers changed, for the staff map's live log. */
export const GRID_CHANGE_CAUSES = [
  'grant',
  'closure',
  'expiry',
  'lapse',
  'capacity',
  'recompute',
  'import',
  'repair',
] as const;
export type GridChangeCause = (typeof GRID_CHANGE_CAUSES)[number];

/** What the staff map's live log says happened. */
export const GRID_CHANGE_CAUSE_LABELS: Record<GridChangeCause, { zh: string; en: string }> = {
  grant: { zh: '新发许可证', en: 'Licence granted' },
  closure: { zh: '歇业注销', en: 'Closed (cancelled)' },
  expiry: { zh: '许可证到期', en: 'Licence expired' },
  lapse: { zh: '停业期满未恢复，注销', en: 'Suspension lapsed (cancelled)' },
  capacity: { zh: '承载量人工调整', en: 'Capacity set by hand' },
  recompute: { zh: '年度承载量重算', en: 'Yearly capacity recompute' },
  import: { zh: '数据导入', en: 'Data import' },
  repair: { zh: '户数校正', en: 'Counts repaired' },
};

/** A grid's saturation changed (grant, suspend, resume, cancel, expire, capacity edit). */
export const gridChangedSchema = z.object({
  type: z.literal('grid_changed'),
  gridId: z.string().min(1).max(64),
  jurisdictionCode: z.string().regex(/^\d{6}$/),
  retailerCount: z.number().int().min(0),
  capacity: z.number().int().min(0),
  /** What moved the numbers (absent in events published before it was told). */
  cause: z.enum(GRID_CHANGE_CAUSES).optional(),
  /** The shop whose licence moved the count (a grant, a closure). */
  shopName: z.string().max(120).optional(),
  /** When, as an ISO instant of the app's clock. */
  at: z.string().max(40).optional(),
});

/** What the server publishes into a live feed. */
export const feedEventSchema = z.discriminatedUnion('type', [gridChangedSchema]);
export type FeedEvent = z.infer<typeof feedEventSchema>;

/** Server → client frames on the live feed. */
export type FeedServerFrame =
  | { type: 'hello'; seq: number }
  | { type: 'event'; seq: number; event: FeedEvent }
  | { type: 'resync' }
  | { type: 'pong' };

/** Client → server frames on the live feed. */
export const feedClientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('resume'), since: z.number().int().min(0) }),
]);
export type FeedClientFrame = z.infer<typeof feedClientFrameSchema>;
