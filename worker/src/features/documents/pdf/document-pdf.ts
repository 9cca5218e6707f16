/**
 * An official document (文书) as an A4 PDF, laid out as Chinese administrative documents are:
 * the bureau's name, the title, the number (发文字号) on the right, the addressee, the body with
 * its numbered list, the licence granted, then the bureau, the date and the seal at the foot.
 * A superseded document still renders, marked void and naming its correction.
 */
import { degrees, rgb, type PDFPage } from '@cantoo/pdf-lib';
import type { DocumentContent } from '../documents.content';
import { chineseDate } from '../../../../core/documents';
import { A4, INK, MUTED, PdfSheet, SEAL_RED } from './pdf-kit';
import { drawSeal } from './seal';

export interface DocumentPdfInput {
  number: string;
  issuedOn: string;
  signerName: string;
  contentHash: string;
  content: DocumentContent;
  supersedes: { number: string; reason: string } | null;
  supersededBy: { number: string; issuedOn: string } | null;
}

const MARGIN = 72;
const BODY = 13;

export async function renderDocumentPdf(
  fontBytes: Uint8Array,
  d: DocumentPdfInput,
): Promise<Uint8Array> {
  const { content: c } = d;
  const sheet = await PdfSheet.create(fontBytes, {
    title: `${c.title} ${d.number}`,
    subject: c.facts.bureau,
  });
  const width = A4.width;
  const maxWidth = width - 2 * MARGIN;
  let page = sheet.page();
  let y = A4.height - 80;
  // A new page when the next block would run into the foot of this one.
  const room = (need: number) => {
    if (y - need > 90) return;
    page = sheet.page();
    y = A4.height - 80;
  };

  sheet.line(page, c.facts.bureau, { x: width / 2, y, size: 20, align: 'center', color: SEAL_RED });
  y -= 40;
  sheet.line(page, c.title, { x: width / 2, y, size: 22, align: 'center' });
  y -= 30;
  sheet.line(page, d.number, { x: width - MARGIN, y, size: 12, align: 'right' });
  y -= 12;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: width - MARGIN, y },
    thickness: 1.2,
    color: SEAL_RED,
  });
  y -= 34;

  if (d.supersedes) {
    y = sheet.paragraph(
      page,
      `（本文书更正 ${d.supersedes.number}，原文书作废。更正原因：${d.supersedes.reason}）`,
      {
        x: MARGIN,
        y,
        size: 11,
        maxWidth,
        color: MUTED,
      },
    );
    y -= 6;
  }
  sheet.line(page, `${c.facts.addressee}：`, { x: MARGIN, y, size: BODY });
  y -= BODY * 1.9;

  const para = (text: string) => {
    for (const line of sheet.wrap(text, BODY, maxWidth, 2 * BODY).map((l, i) => [l, i] as const)) {
      room(BODY * 1.8);
      page.drawText(line[0], {
        x: MARGIN + (line[1] === 0 ? 2 * BODY : 0),
        y,
        size: BODY,
        font: sheet.font,
        color: INK,
      });
      y -= BODY * 1.8;
    }
  };
  c.paragraphs.forEach(para);
  c.list.forEach((item, i) => {
    const label = `${i + 1}. `;
    const w = sheet.width(label, BODY);
    const lines = sheet.wrap(item, BODY, maxWidth - 2 * BODY - w);
    lines.forEach((l, j) => {
      room(BODY * 1.8);
      if (j === 0) sheet.line(page, label, { x: MARGIN + 2 * BODY, y, size: BODY });
      page.drawText(l, { x: MARGIN + 2 * BODY + w, y, size: BODY, font: sheet.font, color: INK });
      y -= BODY * 1.8;
    });
  });
  if (c.licence.length) {
    room(c.licence.length * 24 + 20);
    y -= 4;
    const top = y + 18;
    for (const [k, v] of c.licence) {
      sheet.line(page, k, { x: MARGIN + 16, y, size: 12, color: MUTED });
      y = Math.min(
        y - 22,
        sheet.paragraph(page, v, { x: MARGIN + 140, y, size: 12, maxWidth: maxWidth - 156 }) + 4,
      );
    }
    page.drawRectangle({
      x: MARGIN,
      y: y + 8,
      width: maxWidth,
      height: top - y - 8,
      borderColor: MUTED,
      borderWidth: 0.6,
    });
    y -= 14;
  }
  c.closing.forEach(para);

  // The foot: the bureau and the date on the right, the seal over them, the signer.
  room(150);
  y -= 40;
  const right = width - MARGIN - 20;
  sheet.line(page, c.facts.bureau, { x: right, y, size: BODY, align: 'right' });
  sheet.line(page, chineseDate(d.issuedOn), { x: right, y: y - 26, size: BODY, align: 'right' });
  drawSeal(sheet, page, c.facts.bureau, right - sheet.width(c.facts.bureau, BODY) / 2, y - 6, 58);
  sheet.line(page, `承办人：${d.signerName}`, { x: MARGIN, y: y - 26, size: 11, color: MUTED });

  const notes = [
    `文书编号 ${d.number} · 内容摘要 SHA-256 ${d.contentHash.slice(0, 16)}… · 本文书一式两份，一份送达申请人，一份存档。`,
  ];
  const missing = sheet.missingNote();
  if (missing) notes.push(missing);
  for (const p of sheet.doc.getPages()) footer(sheet, p, notes);
  if (d.supersededBy) {
    for (const p of sheet.doc.getPages()) voidMark(sheet, p, d.supersededBy);
  }
  return sheet.bytes();
}

function footer(sheet: PdfSheet, page: PDFPage, notes: string[]): void {
  let y = 64;
  for (const n of notes)
    y = sheet.paragraph(page, n, {
      x: MARGIN,
      y,
      size: 8.5,
      maxWidth: A4.width - 2 * MARGIN,
      color: MUTED,
    });
}

/** A superseded document: a diagonal 已更正作废 across each page and the correction's number. */
function voidMark(sheet: PdfSheet, page: PDFPage, by: { number: string; issuedOn: string }): void {
  const grey = rgb(0.55, 0.1, 0.1);
  page.drawText(sheet.printable('已更正 · 作废'), {
    x: 150,
    y: 300,
    size: 60,
    font: sheet.font,
    color: grey,
    opacity: 0.18,
    rotate: degrees(35),
  });
  sheet.line(page, `本文书已于${chineseDate(by.issuedOn)}由 ${by.number} 更正，仅供查阅。`, {
    x: A4.width / 2,
    y: A4.height - 40,
    size: 11,
    align: 'center',
    color: grey,
  });
}
