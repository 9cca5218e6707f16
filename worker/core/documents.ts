/**
 * Official documents (文书): the kinds each decision on a case produces, their titles and how
 * they are numbered (per issuing bureau, kind and year), shared by the worker and the PWA.
 */
import type { ApplicationAction } from './application-state';

export const DOCUMENT_KINDS = [
  'acceptance',
  'correction',
  'approval',
  'refusal',
  'extension',
  'termination',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

type Text = { zh: string; en: string };

export const DOCUMENT_TITLES: Record<DocumentKind, Text> = {
  acceptance: { zh: '行政许可受理通知书', en: 'Notice of acceptance' },
  correction: { zh: '一次性补正告知书', en: 'One-time correction notice' },
  approval: { zh: '准予行政许可决定书', en: 'Decision to grant the licence' },
  refusal: { zh: '不予行政许可决定书', en: 'Decision to refuse the licence' },
  extension: { zh: '延长行政许可期限告知书', en: 'Notice of time extension' },
  termination: { zh: '终止办理告知书', en: 'Notice of terminated handling' },
};

/** The character of each kind in its number: 潍城烟许受〔2026〕第0001号. */
export const DOCUMENT_NUMBER_CODES: Record<DocumentKind, string> = {
  acceptance: '受',
  correction: '补',
  approval: '准',
  refusal: '不',
  extension: '延',
  termination: '终',
};

/** The decision (staff action) that issues each kind. */
export const DOCUMENT_OF_ACTION: Partial<Record<ApplicationAction | 'extend', DocumentKind>> = {
  accept: 'acceptance',
  request_correction: 'correction',
  approve: 'approval',
  refuse: 'refusal',
  extend: 'extension',
  terminate: 'termination',
};

/** Who decides each kind, and so who may issue a correction of it. */
export const DOCUMENT_ISSUERS: Record<DocumentKind, readonly ('clerk' | 'approver')[]> = {
  acceptance: ['clerk', 'approver'],
  correction: ['clerk', 'approver'],
  approval: ['approver'],
  refusal: ['approver'],
  extension: ['approver'],
  termination: ['approver'],
};

export function isDocumentKind(s: string): s is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(s);
}

/**
 * A unit's short name in document numbers: its name without the 区 / 县 / 市 suffix.
 * @example bureauAbbreviation('潍城区') === '潍城'; bureauAbbreviation('潍坊市') === '潍坊'
 */
export function bureauAbbreviation(unitName: string): string {
  const short = unitName.replace(/(自治县|区|县|市)$/u, '');
  return short || unitName;
}

/**
 * The document number, as Chinese official documents are numbered (发文字号).
 * @example documentNumber('潍城', 'acceptance', 2026, 1) === '潍城烟许受〔2026〕第0001号'
 */
export function documentNumber(
  abbr: string,
  kind: DocumentKind,
  year: number,
  seq: number,
): string {
  return `${abbr}烟许${DOCUMENT_NUMBER_CODES[kind]}〔${year}〕第${String(seq).padStart(4, '0')}号`;
}

/**
 * The statutory notice of remedies printed on every refusal and termination: reconsideration within 60 days
 * (行政复议法 §20) with the bureau one level up (tobacco is managed vertically), a lawsuit within
 * six months (行政诉讼法 §46). `paper` names the document it is printed on (a 告知书 says so).
 */
export function remediesNotice(reconsideredBy: string, paper = '决定书'): string {
  return (
    `如不服本决定，可以自收到本${paper}之日起六十日内向${reconsideredBy}申请行政复议，` +
    `也可以自收到本${paper}之日起六个月内依法向人民法院提起行政诉讼。` +
    `复议和诉讼期间，本决定不停止执行。`
  );
}

/**
 * A date as official documents write it.
 * @example chineseDate('2026-12-03') === '2026年12月3日'
 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
