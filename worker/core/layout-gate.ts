/**
 * The rules the approval of a 新办 is held to (合理布局, PRODUCT.md §2–3), as the gate names
 * them when it refuses and as an override records them: a place in the grid in the order of
 * acceptance (轮候), the spacing between retailers, the school zone.
 */
export const LAYOUT_GATE_RULES = ['grid_place', 'too_close_retailer', 'school_zone'] as const;
export type LayoutGateRule = (typeof LAYOUT_GATE_RULES)[number];

/** Short names of the rules, for the case page's override record. */
export const LAYOUT_GATE_RULE_LABELS: Record<LayoutGateRule, { zh: string; en: string }> = {
  grid_place: { zh: '市场单元容量与轮候顺序', en: 'Grid capacity and queue order' },
  too_close_retailer: { zh: '零售户最小间距', en: 'Minimum spacing between retailers' },
  school_zone: { zh: '学校周边禁设范围', en: 'School zone' },
};

/** One rule the gate found broken, with the sentence that says how (both languages). */
export interface LayoutGateBreach {
  rule: LayoutGateRule;
  zh: string;
  en: string;
}

/** An approval that overrode layout rules, as the case keeps it for ever. */
export interface LayoutOverrideRecord {
  at: string;
  actor: string;
  reason: string;
  /** The rules broken when the approver decided; empty in records made before they were kept. */
  rules: LayoutGateBreach[];
}
