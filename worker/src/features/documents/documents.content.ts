/**
 * What each official document says, built from the facts of its decision. The content is
 * stored as issued (official_documents.content_json) and the PDF is drawn from it; a correction
 * rebuilds it from the corrected facts. Pure: no database, no clock.
 */
import { BUSINESS_TYPE_LABELS, type BusinessType } from '../../../core/business-types';
import {
  DOCUMENT_TITLES,
  chineseDate,
  remediesNotice,
  type DocumentKind,
} from '../../../core/documents';

/** Slots for an approval's licence, filled from licence_json (issued in the same batch). */
export const LICENCE_SLOTS = {
  number: '{{licence.number}}',
  issuedOn: '{{licence.issuedOn}}',
  expiresOn: '{{licence.expiresOn}}',
} as const;

export interface DocumentFacts {
  kind: DocumentKind;
  /** The issuing bureau and who reconsiders its decisions (the bureau one level up). */
  bureau: string;
  reconsideredBy: string;
  /** Whom the document is addressed to: the operator named in the application. */
  addressee: string;
  ref: string;
  type: BusinessType;
  shopName: string;
  address: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  /** The decision deadline (acceptance, extension) or the delivery deadline (approval). */
  deadline: string | null;
  /** What to correct (correction), why refused (refusal) or terminated (termination). */
  items: string[];
  /** Why the time is extended (extension). */
  reason: string | null;
  /** An approval that issues or reprints a licence (not a closure). */
  withLicence: boolean;
  /** An acceptance by operation of law (视为受理): no correction was asked for in time. */
  deemed?: boolean;
}

export interface DocumentContent {
  v: 1;
  facts: DocumentFacts;
  title: string;
  paragraphs: string[];
  /** A numbered list after the first paragraph (items to correct, reasons of a refusal). */
  list: string[];
  /** Label–value lines of the licence granted (slots until rendered). */
  licence: [string, string][];
  closing: string[];
}

const day = (d: string | null) => (d ? chineseDate(d) : '—');

function caseLine(f: DocumentFacts): string {
  const type = BUSINESS_TYPE_LABELS[f.type].zh;
  const shop = f.shopName ? `，${f.shopName}` : '';
  const at = f.address ? `，经营场所：${f.address}` : '';
  return `你于${day(f.submittedOn)}提出的烟草专卖零售许可证${type}申请（申请编号：${f.ref}${shop}${at}）`;
}

export function buildContent(f: DocumentFacts): DocumentContent {
  const base = {
    v: 1 as const,
    facts: f,
    title: DOCUMENT_TITLES[f.kind].zh,
    list: [] as string[],
    licence: [] as [string, string][],
    closing: [] as string[],
  };
  switch (f.kind) {
    case 'acceptance':
      return {
        ...base,
        paragraphs: [
          f.deemed
            ? `${caseLine(f)}，本机关未在收到申请材料之日起五个工作日内一次告知需要补正的内容。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，自收到申请材料之日（${day(f.submittedOn)}）起即为受理。`
            : `${caseLine(f)}，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
          `本机关将自受理之日起二十个工作日内作出行政许可决定，预计于${day(f.deadline)}前作出决定（依法需要实地核查、听证、检验的时间不计算在内）。办理进度可在许可微厅查询。`,
        ],
      };
    case 'correction':
      return {
        ...base,
        paragraphs: [
          `${caseLine(f)}，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你需要补正的全部内容：`,
        ],
        list: f.items,
        closing: [
          '请按上述要求补齐、更正材料后在许可微厅重新提交。本告知书已列明全部需要补正的内容，本机关不再另行要求补正；你提交补正材料之日起，本机关依法审查受理。',
        ],
      };
    case 'approval':
      return {
        ...base,
        paragraphs: [
          `${caseLine(f)}，经审查，符合《中华人民共和国烟草专卖法》《中华人民共和国烟草专卖法实施条例》及《烟草专卖许可证管理办法》规定的条件。根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可。`,
        ],
        licence: f.withLicence
          ? [
              ['许可证号', LICENCE_SLOTS.number],
              ['企业（字号）名称', f.shopName],
              ['负责人（经营者）', f.addressee],
              ['经营场所', f.address],
              ['经营范围', '卷烟、雪茄烟零售'],
              ['有效期限', `${LICENCE_SLOTS.issuedOn} 至 ${LICENCE_SLOTS.expiresOn}`],
            ]
          : [],
        closing: [
          f.withLicence
            ? `本机关将于${day(f.deadline)}前向你颁发、送达烟草专卖零售许可证；电子许可证可在许可微厅“我的许可证”中查看、下载。`
            : `本决定自作出之日起生效，本机关将于${day(f.deadline)}前向你送达。`,
        ],
      };
    case 'refusal':
      return {
        ...base,
        paragraphs: [`${caseLine(f)}，经审查，不符合法定条件，理由如下：`],
        list: f.items,
        closing: [
          '根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。',
          remediesNotice(f.reconsideredBy),
        ],
      };
    case 'termination':
      return {
        ...base,
        paragraphs: [`${caseLine(f)}，因下列情形，本机关决定终止办理：`],
        list: f.items,
        closing: [
          '本申请自即日起终止办理，本机关不再对其作出准予或者不予行政许可的决定；如仍需办理，可以重新提出申请。',
          remediesNotice(f.reconsideredBy, '告知书'),
        ],
      };
    case 'extension':
      return {
        ...base,
        paragraphs: [
          `${caseLine(f)}，本机关已于${day(f.acceptedOn)}受理。因${f.reason ?? ''}，不能在二十个工作日内作出决定。`,
          `经本机关负责人批准，根据《中华人民共和国行政许可法》第四十二条第一款的规定，审查期限延长十个工作日，本机关将于${day(f.deadline)}前作出决定。`,
        ],
      };
  }
}

/** The content as the PDF prints it: an approval's licence slots filled from its licence. */
export function filledContent(
  c: DocumentContent,
  licence: { number: string; issuedOn: string; expiresOn: string } | null,
): DocumentContent {
  if (!licence || !c.licence.length) return c;
  const fill = (s: string) =>
    s
      .replaceAll(LICENCE_SLOTS.number, licence.number)
      .replaceAll(LICENCE_SLOTS.issuedOn, chineseDate(licence.issuedOn))
      .replaceAll(LICENCE_SLOTS.expiresOn, chineseDate(licence.expiresOn));
  return { ...c, licence: c.licence.map(([k, v]) => [k, fill(v)] as [string, string]) };
}
