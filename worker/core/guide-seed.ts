/**
 * Version 1 of the service guide (办事指南) for each business type, from PRODUCT.md §2 (烟草专卖
 * 零售许可管理办法, 37号令): what the app shipped with before admins could edit it. Periods are
 * working days (第六十四条). Served as version 1 until an admin saves a newer one.
 */
import type { BusinessType } from './business-types';
import type { GuideContent, GuideText as Text } from './guide';
import { GUIDE_FAQ_SEED } from './guide-faq-seed';

interface Guide {
  /** Who may apply and when. */
  when: Text;
  conditions: Text[];
  materials: Text[];
  notes: Text[];
}

/** The statutory clocks, in working days, shared by all types. */
const STATUTORY_CLOCKS: { label: Text; days: number; note?: Text }[] = [
  {
    label: { zh: '材料审查与补正告知', en: 'Check of materials and correction notice' },
    days: 5,
    note: {
      zh: '材料不全的，一次性告知需补正的全部内容；逾期不告知的，自收到材料之日起即为受理。',
      en: 'Everything missing is listed at once; if no notice is given in time, the application counts as accepted.',
    },
  },
  {
    label: { zh: '作出许可决定（自受理之日起）', en: 'Decision (from acceptance)' },
    days: 20,
    note: {
      zh: '情况复杂的，经批准可延长 10 个工作日，并告知延长理由。',
      en: 'May be extended once by 10 working days, with the reason given.',
    },
  },
  {
    label: { zh: '送达许可证（自决定之日起）', en: 'Delivery of the licence (from the decision)' },
    days: 10,
  },
];

const FORM: Text = {
  zh: '烟草专卖零售许可证申请表（可在线填写）',
  en: 'Application form (filled in online)',
};
const ID_CARD: Text = { zh: '经营者居民身份证', en: "Operator's resident ID card" };
const BUSINESS_LICENCE: Text = {
  zh: '营业执照（统一社会信用代码）',
  en: 'Business licence (unified social credit code)',
};
const OLD_LICENCE: Text = {
  zh: '原烟草专卖零售许可证正、副本',
  en: 'The current licence (original and copy)',
};
const AGENT: Text = {
  zh: '委托他人办理的，提供授权委托书及代理人身份证',
  en: "If an agent applies: the letter of authorisation and the agent's ID card",
};

const GUIDES: Record<BusinessType, Guide> = {
  new: {
    when: {
      zh: '拟从事烟草制品零售业务、已取得营业执照的经营者，开业前申请。',
      en: 'Anyone with a business licence who plans to sell tobacco at retail, before opening.',
    },
    conditions: [
      { zh: '有与经营烟草制品零售业务相适应的资金', en: 'Funds adequate for tobacco retail' },
      { zh: '有固定的经营场所', en: 'A fixed place of business' },
      {
        zh: '符合当地烟草制品零售点合理布局规定：所在市场单元未饱和，与其他零售点保持规定间距',
        en: 'Fits the local layout rules: the market grid has room, and the minimum spacing to other retailers is kept',
      },
      {
        zh: '经营场所距中小学校、幼儿园出入口不少于规定距离（默认 50 米）',
        en: 'At least the set distance (50 m by default) from a school or kindergarten entrance',
      },
    ],
    materials: [
      FORM,
      BUSINESS_LICENCE,
      ID_CARD,
      {
        zh: '经营场所使用证明（产权证明、租赁合同或村（居）委会证明之一）',
        en: 'Proof of the premises (title deed, lease, or a village / residents’ committee certificate)',
      },
      AGENT,
    ],
    notes: [
      {
        zh: '需经 2 名以上工作人员实地（或远程视频）核查经营场所。',
        en: 'The premises are inspected on site (or by video) by two or more officers.',
      },
      {
        zh: '市场单元已饱和的，申请按受理顺序进入轮候。',
        en: 'If the grid is full, applications wait in a queue in order of acceptance.',
      },
    ],
  },
  renewal: {
    when: {
      zh: '许可证有效期届满需继续经营的，应在有效期届满 30 个工作日前申请。',
      en: 'To keep trading after the licence expires: apply at least 30 working days before expiry.',
    },
    conditions: [
      { zh: '持证人、经营地址不变', en: 'Same holder and same address' },
      { zh: '仍符合烟草制品零售许可条件', en: 'Still meets the licensing conditions' },
    ],
    materials: [FORM, OLD_LICENCE, BUSINESS_LICENCE, ID_CARD, AGENT],
    notes: [
      {
        zh: '许可证有效期最长 5 年，延续后许可证号不变。',
        en: 'A licence is valid for at most 5 years; the number stays the same on renewal.',
      },
    ],
  },
  change: {
    when: {
      zh: '企业名称（字号）、经营场所地址名称、法定代表人（负责人）发生变化的，自变化之日起 30 个工作日内申请。',
      en: 'Within 30 working days after the name, the address name or the legal representative changes.',
    },
    conditions: [
      {
        zh: '实际经营场所迁移或经营者变更的，不属于变更，应重新申请新办',
        en: 'A real move or a new operator is not a change: apply for a new licence instead',
      },
    ],
    materials: [
      FORM,
      OLD_LICENCE,
      {
        zh: '变更后的营业执照或地名变更证明等相关证明材料',
        en: 'The updated business licence or proof of the address-name change',
      },
      ID_CARD,
      AGENT,
    ],
    notes: [],
  },
  suspension: {
    when: {
      zh: '需要暂停经营的，应在停业前申请。',
      en: 'Before you stop trading for a while.',
    },
    conditions: [{ zh: '停业期限最长不超过 1 年', en: 'A suspension lasts at most one year' }],
    materials: [FORM, OLD_LICENCE, ID_CARD, AGENT],
    notes: [
      {
        zh: '停业期间许可证由烟草专卖局暂存，暂停供货。',
        en: 'The bureau holds the licence during the suspension and supply stops.',
      },
      {
        zh: '停业期满前须申请恢复营业，逾期未申请的将依法注销许可证。',
        en: 'Apply to resume before it ends; otherwise the licence is cancelled.',
      },
    ],
  },
  resume: {
    when: {
      zh: '停业期满前申请恢复营业。',
      en: 'Before the suspension ends.',
    },
    conditions: [
      { zh: '持证人、经营地址与停业前相同', en: 'Same holder and same address as before' },
      { zh: '仍符合烟草制品零售许可条件', en: 'Still meets the licensing conditions' },
    ],
    materials: [FORM, ID_CARD, AGENT],
    notes: [
      {
        zh: '未在停业期满前申请恢复营业的，许可证将依法注销。',
        en: 'Without an application before the suspension ends, the licence is cancelled.',
      },
    ],
  },
  reissue: {
    when: {
      zh: '许可证遗失或毁损的，在有效期内申请补办。',
      en: 'When the licence is lost or damaged, while it is still valid.',
    },
    conditions: [{ zh: '许可证在有效期内', en: 'The licence is still valid' }],
    materials: [
      FORM,
      ID_CARD,
      {
        zh: '遗失情况说明，或毁损的许可证原件',
        en: 'A statement of the loss, or the damaged licence',
      },
      AGENT,
    ],
    notes: [],
  },
  closure: {
    when: {
      zh: '终止经营（歇业）的，自歇业之日起 30 个工作日内申请。',
      en: 'Within 30 working days after you stop trading for good.',
    },
    conditions: [],
    materials: [FORM, OLD_LICENCE, ID_CARD, AGENT],
    notes: [
      {
        zh: '办结后许可证依法注销。',
        en: 'The licence is cancelled when the case is completed.',
      },
    ],
  },
};

/** Every type is free of charge: 不收费. */
const FEE: Text = { zh: '不收费', en: 'Free of charge' };

const WHERE_TO_ASK: Text[] = [
  {
    zh: '所在县（市、区）烟草专卖局政务服务窗口，工作日 9:00–12:00、13:30–17:00',
    en: 'The service window of your county-level tobacco bureau, working days 9:00–12:00 and 13:30–17:00',
  },
  {
    zh: '已提交的申请：在“办理”中打开申请，给窗口留言',
    en: 'For a submitted application: open it under "Apply" and write to the window',
  },
];

/** Version 1 of a business type's guide. */
export function seedGuide(type: BusinessType): GuideContent {
  const g = GUIDES[type];
  return {
    when: g.when,
    conditions: g.conditions,
    materials: g.materials.map((name) => ({ name, goodPhoto: null, badPhoto: null })),
    limits: STATUTORY_CLOCKS.map((c) => ({
      label: c.label,
      statutoryDays: c.days,
      promisedDays: c.days,
      note: c.note ?? null,
    })),
    fee: FEE,
    notes: g.notes,
    whereToAsk: WHERE_TO_ASK,
    faq: type === 'new' ? GUIDE_FAQ_SEED : [],
  };
}
