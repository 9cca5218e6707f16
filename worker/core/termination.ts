/**
 * 终止办理: the bureau ends a case it has not decided, for a ground the law or the facts leave
 * it (the applicant let the 补正 period pass, the premises cannot be found, the applicant asked
 * by phone, a court or another authority ordered it …). The approver states the ground and the
 * facts; both stay on the case, go to the applicant with the appeal notice, and print on the
 * 终止办理告知书. Worker and PWA read the grounds and their rules from here.
 */
import type { ApplicationStatus } from './application-state';

type Text = { zh: string; en: string };

export const TERMINATION_GROUNDS = [
  'correction_lapsed',
  'premises_not_found',
  'applicant_request',
  'applicant_ceased',
  'authority_order',
  'other',
] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

export const TERMINATION_GROUND_LABELS: Record<TerminationGround, Text> = {
  correction_lapsed: {
    zh: '逾期未提交补正材料',
    en: 'Corrections not returned in time',
  },
  premises_not_found: {
    zh: '经营场所无法找到或无法核实',
    en: 'The premises cannot be found or verified',
  },
  applicant_request: {
    zh: '申请人以电话等方式要求终止',
    en: 'The applicant asked to end it (by phone or in person)',
  },
  applicant_ceased: {
    zh: '申请人死亡、丧失行为能力或主体资格终止',
    en: 'The applicant died, lost capacity or ceased to exist',
  },
  authority_order: {
    zh: '人民法院或其他机关依法要求终止',
    en: 'A court or another authority ordered it',
  },
  other: { zh: '其他依法应当终止的情形', en: 'Another lawful ground' },
};

/** Characters of the stated facts (the free text beside the ground). */
export const TERMINATION_REASON_MIN = 4;
export const TERMINATION_REASON_MAX = 500;

export function isTerminationGround(s: string): s is TerminationGround {
  return (TERMINATION_GROUNDS as readonly string[]).includes(s);
}

/**
 * Whether `ground` can hold for a case in `status`: a lapsed correction only while the case waits
 * for the applicant's corrections; every other ground for any undecided case.
 * @example groundFits('correction_lapsed', 'accepted') === false
 */
export function groundFits(ground: TerminationGround, status: ApplicationStatus): boolean {
  if (ground === 'correction_lapsed') return status === 'correction_requested';
  return true;
}

/** The grounds the approver may pick for a case in `status`, in the list's order. */
export function groundsFor(status: ApplicationStatus): TerminationGround[] {
  return TERMINATION_GROUNDS.filter((g) => groundFits(g, status));
}

/**
 * The one line that names the ground and the facts, as the notice and the document print it.
 * @example terminationLine('applicant_request', '申请人来电称不再经营') === '申请人以电话等方式要求终止：申请人来电称不再经营'
 */
export function terminationLine(ground: TerminationGround, reason: string): string {
  return `${TERMINATION_GROUND_LABELS[ground].zh}：${reason.trim()}`;
}

/** The same line in English, for the applicant's English inbox. */
export function terminationLineEn(ground: TerminationGround, reason: string): string {
  return `${TERMINATION_GROUND_LABELS[ground].en}: ${reason.trim()}`;
}

/** The reasons of the applicant's 终止办理 message (core/notifications.ts): zh line, en line. */
export function terminationNoticeReasons(ground: TerminationGround, reason: string): string[] {
  return [terminationLine(ground, reason), terminationLineEn(ground, reason)];
}
