/** The admin's layout settings (capacity weights and distance rules), one row in D1. */
import { z } from 'zod';
import { capacityWeightsSchema, DEFAULT_WEIGHTS } from '../../../core/capacity';
import { DEFAULT_DISTANCE_RULES, distanceRulesSchema } from '../../../core/layout';

export const layoutSettingsSchema = z.object({
  weights: capacityWeightsSchema,
  rules: distanceRulesSchema,
});
export type LayoutSettings = z.infer<typeof layoutSettingsSchema>;

export const DEFAULT_SETTINGS: LayoutSettings = {
  weights: DEFAULT_WEIGHTS,
  rules: DEFAULT_DISTANCE_RULES,
};

const ROW_ID = 'city';

export async function loadSettings(d1: D1Database): Promise<LayoutSettings> {
  const row = await d1
    .prepare('SELECT settings_json FROM layout_settings WHERE id = ?')
    .bind(ROW_ID)
    .first<{ settings_json: string }>();
  if (!row) return DEFAULT_SETTINGS;
  // A row written by an older version may lack a field: fall back to the defaults for it.
  const parsed = layoutSettingsSchema.safeParse(JSON.parse(row.settings_json));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(
  d1: D1Database,
  s: LayoutSettings,
  by: string,
  now: string,
): Promise<void> {
  await saveSettingsStatement(d1, s, by, now).run();
}

export function saveSettingsStatement(
  d1: D1Database,
  s: LayoutSettings,
  by: string,
  now: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO layout_settings (id, settings_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET settings_json = excluded.settings_json,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(ROW_ID, JSON.stringify(s), now, by);
}
