/** The seven business types (事项) of a tobacco retail licence. */
export const BUSINESS_TYPES = [
  'new',
  'renewal',
  'change',
  'suspension',
  'resume',
  'reissue',
  'closure',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export const BUSINESS_TYPE_LABELS: Record<BusinessType, { zh: string; en: string }> = {
  new: { zh: '新办', en: 'New application' },
  renewal: { zh: '延续', en: 'Renewal' },
  change: { zh: '变更', en: 'Change' },
  suspension: { zh: '停业', en: 'Suspension' },
  resume: { zh: '恢复营业', en: 'Resume business' },
  reissue: { zh: '补办', en: 'Reissue' },
  closure: { zh: '歇业', en: 'Closure' },
};

/** Types that start from one of the applicant's existing licences. */
export function needsExistingLicence(type: BusinessType): boolean {
  return type !== 'new';
}

/**
 * Whether a decision on a case of this type waits for an inspection (PRODUCT.md §2: a 新办 is
 * decided only after its check, on site or remote). The other types keep the holder and the
 * premises (a real move or a new operator is a 新办), so their check is the window's review;
 * an approver may still send any case for inspection.
 */
export const INSPECTION_BEFORE_DECISION: Readonly<Record<BusinessType, boolean>> = {
  new: true,
  renewal: false,
  change: false,
  suspension: false,
  resume: false,
  reissue: false,
  closure: false,
};

export const LICENCE_STATUSES = ['active', 'suspended', 'cancelled', 'expired'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** A licence's status as the applicant's licence card, the form and the refusals name it. */
export const LICENCE_STATUS_LABELS: Record<LicenceStatus, { zh: string; en: string }> = {
  active: { zh: '有效', en: 'Active' },
  suspended: { zh: '停业中', en: 'Suspended' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
};

type Text = { zh: string; en: string };

/**
 * What granting and finishing a case mean for each business type (办理结果): a 停业 is not
 * "granted a licence", a 歇业 ends with the licence cancelled (注销). The applicant's case page,
 * the inbox messages (notifications.ts) and the staff case page all read their words here.
 * `{by}` in `afterApproval` is where a message puts the delivery deadline.
 */
export interface TypeOutcome {
  /** The decision, as an approved case's status reads: 准予许可, 准予停业, 准予歇业… */
  approved: Text;
  /** What follows the decision until the case is finished (the 10-working-day delivery). */
  afterApproval: Text;
  /** A finished (delivered) case's status. */
  done: Text;
  /** The title of the message that tells the case is finished. */
  doneTitle: Text;
  /** The result of a finished case in one clause: 准予停业，许可证由烟草专卖局代为保管. */
  result: Text;
}

export const TYPE_OUTCOMES: Readonly<Record<BusinessType, TypeOutcome>> = {
  new: {
    approved: { zh: '准予许可', en: 'Licence granted' },
    afterApproval: {
      zh: '许可证将在10个工作日内送达{by}',
      en: 'the licence will be delivered within 10 working days{by}',
    },
    done: { zh: '已送达', en: 'Delivered' },
    doneTitle: { zh: '许可证已送达', en: 'Licence delivered' },
    result: { zh: '准予许可，许可证已送达', en: 'licence granted and delivered' },
  },
  renewal: {
    approved: { zh: '准予延续', en: 'Renewal granted' },
    afterApproval: {
      zh: '许可证号不变，有效期顺延，延续后的许可证将在10个工作日内送达{by}',
      en: 'the number stays and the validity runs on; the renewed licence will be delivered within 10 working days{by}',
    },
    done: { zh: '已送达', en: 'Delivered' },
    doneTitle: { zh: '延续后的许可证已送达', en: 'Renewed licence delivered' },
    result: {
      zh: '准予延续，延续后的许可证已送达',
      en: 'renewal granted; renewed licence delivered',
    },
  },
  change: {
    approved: { zh: '准予变更', en: 'Change granted' },
    afterApproval: {
      zh: '变更后的许可证将在10个工作日内送达{by}',
      en: 'the changed licence will be delivered within 10 working days{by}',
    },
    done: { zh: '已送达', en: 'Delivered' },
    doneTitle: { zh: '变更后的许可证已送达', en: 'Changed licence delivered' },
    result: {
      zh: '准予变更，变更后的许可证已送达',
      en: 'change granted; changed licence delivered',
    },
  },
  suspension: {
    approved: { zh: '准予停业', en: 'Suspension granted' },
    afterApproval: {
      zh: '停业期间许可证由烟草专卖局代为保管、暂停供货，准予停业的决定将在10个工作日内送达{by}；恢复营业请在停业期满前申请',
      en: 'while suspended the bureau holds the licence and supply stops; the decision will be delivered within 10 working days{by}; apply to resume before the suspension ends',
    },
    done: { zh: '已办结', en: 'Completed' },
    doneTitle: { zh: '停业手续已办结', en: 'Suspension completed' },
    result: {
      zh: '准予停业，许可证由烟草专卖局代为保管',
      en: 'suspension granted; the bureau holds the licence',
    },
  },
  resume: {
    approved: { zh: '准予恢复营业', en: 'Resumption granted' },
    afterApproval: {
      zh: '许可证将在10个工作日内发还{by}，恢复供货',
      en: 'the licence will be returned within 10 working days{by} and supply resumes',
    },
    done: { zh: '已办结', en: 'Completed' },
    doneTitle: { zh: '许可证已发还', en: 'Licence returned' },
    result: { zh: '准予恢复营业，许可证已发还', en: 'resumption granted; licence returned' },
  },
  reissue: {
    approved: { zh: '准予补办', en: 'Reissue granted' },
    afterApproval: {
      zh: '补发的许可证将在10个工作日内送达{by}',
      en: 'the new copy of the licence will be delivered within 10 working days{by}',
    },
    done: { zh: '已送达', en: 'Delivered' },
    doneTitle: { zh: '补发的许可证已送达', en: 'Reissued licence delivered' },
    result: { zh: '准予补办，补发的许可证已送达', en: 'reissue granted; new copy delivered' },
  },
  closure: {
    approved: { zh: '准予歇业', en: 'Closure granted' },
    afterApproval: {
      zh: '许可证依法注销，注销的决定将在10个工作日内送达{by}',
      en: 'the licence is cancelled; the decision will be delivered within 10 working days{by}',
    },
    done: { zh: '已办结', en: 'Completed' },
    doneTitle: { zh: '歇业手续已办结', en: 'Closure completed' },
    result: { zh: '准予歇业，许可证已注销', en: 'closure granted; licence cancelled' },
  },
};

/**
 * `afterApproval` of `type` with its `{by}` filled: a deadline in brackets, or nothing.
 * @example afterApprovalText('new', '2026-12-10').zh === '许可证将在10个工作日内送达（2026-12-10前）'
 */
export function afterApprovalText(type: BusinessType, deadline?: string | null): Text {
  const t = TYPE_OUTCOMES[type].afterApproval;
  return {
    zh: t.zh.replace('{by}', deadline ? `（${deadline}前）` : ''),
    en: t.en.replace('{by}', deadline ? ` (by ${deadline})` : ''),
  };
}
