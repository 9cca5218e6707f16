/**
 * The on-site checklist (现场核查清单): what an officer looks at in the shop, the legal basis,
 * the standard to pass, and whether a photo is expected. Versioned: a record names the version
 * it used, and a later edition never changes a past record. (The admin-managed catalogue comes
 * with 云上核查; until then this edition is the one in force.)
 */
import { CHECKLIST_VERSION } from './tasks';

export interface ChecklistItem {
  id: string;
  title: { zh: string; en: string };
  /** Legal basis, as cited on the record. */
  basis: string;
  /** What to look at, and what passes. */
  standard: { zh: string; en: string };
  photo: boolean;
}

export const CHECK_RESULTS = ['pass', 'fail', 'na'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const CHECK_RESULT_LABELS: Record<CheckResult, { zh: string; en: string }> = {
  pass: { zh: '符合', en: 'Passes' },
  fail: { zh: '不符合', en: 'Fails' },
  na: { zh: '不适用', en: 'Not applicable' },
};

export const ON_SITE_CHECKLIST: { version: string; items: readonly ChecklistItem[] } = {
  version: CHECKLIST_VERSION,
  items: [
    {
      id: 'fixed_premises',
      title: { zh: '固定经营场所', en: 'Fixed premises' },
      basis: '《烟草专卖法实施条例》第十四条',
      standard: {
        zh: '有固定经营场所，与住宅分开，不在流动摊点、临时建筑内经营。',
        en: 'Fixed premises, separate from the home; not a stall or a temporary building.',
      },
      photo: true,
    },
    {
      id: 'address_match',
      title: { zh: '经营地址与申请一致', en: 'Address as applied' },
      basis: '《烟草专卖许可证管理办法》第十三条',
      standard: {
        zh: '门牌、店招与申请材料所填地址、店名一致。',
        en: 'The door number and shop sign match the address and name applied for.',
      },
      photo: true,
    },
    {
      id: 'business_licence',
      title: { zh: '营业执照', en: 'Business licence' },
      basis: '《烟草专卖许可证管理办法》第十三条',
      standard: {
        zh: '营业执照原件在店，名称、经营者与申请一致，在有效期内。',
        en: 'The original business licence is in the shop, matches the application and is valid.',
      },
      photo: false,
    },
    {
      id: 'school_distance',
      title: { zh: '与学校距离', en: 'Distance to schools' },
      basis: '《未成年人保护法》第五十九条；本市零售点合理布局规定',
      standard: {
        zh: '不在中小学校、幼儿园周边禁设范围内。',
        en: 'Not within the no-sale zone around a school or kindergarten.',
      },
      photo: false,
    },
    {
      id: 'minors_sign',
      title: { zh: '不向未成年人售烟标识', en: 'No sale to minors sign' },
      basis: '《未成年人保护法》第五十九条',
      standard: {
        zh: '在显著位置设置不向未成年人出售烟草制品的标识。',
        en: 'A sign that tobacco is not sold to minors, in plain view.',
      },
      photo: true,
    },
    {
      id: 'no_illicit',
      title: { zh: '无来源不明卷烟', en: 'No cigarettes of unknown origin' },
      basis: '《烟草专卖法》第三十二条',
      standard: {
        zh: '货架及库存无假冒、走私或非正常渠道购进的卷烟。',
        en: 'No counterfeit, smuggled or irregularly sourced cigarettes on the shelf or in stock.',
      },
      photo: true,
    },
    {
      id: 'licence_displayed',
      title: { zh: '许可证悬挂', en: 'Licence displayed' },
      basis: '《烟草专卖许可证管理办法》第四十条',
      standard: {
        zh: '已持证经营的，许可证正本悬挂在经营场所醒目位置（新办不适用）。',
        en: 'A licensed shop shows the original licence in plain view (not for a new application).',
      },
      photo: false,
    },
  ],
};

/** The checklist of a version, or null for one this build does not know. */
export function checklistOf(version: string): typeof ON_SITE_CHECKLIST | null {
  return version === ON_SITE_CHECKLIST.version ? ON_SITE_CHECKLIST : null;
}

/** Why a set of answers does not complete the checklist, or null; and whether it passed. */
export function checklistOutcome(
  version: string,
  answers: readonly { id: string; result: CheckResult }[],
): { problem: 'version' | 'incomplete' | 'unknown_item' | null; passed: boolean } {
  const list = checklistOf(version);
  if (!list) return { problem: 'version', passed: false };
  const known = new Set(list.items.map((i) => i.id));
  if (
    answers.some((a) => !known.has(a.id)) ||
    new Set(answers.map((a) => a.id)).size !== answers.length
  )
    return { problem: 'unknown_item', passed: false };
  if (answers.length !== list.items.length) return { problem: 'incomplete', passed: false };
  return { problem: null, passed: answers.every((a) => a.result !== 'fail') };
}
