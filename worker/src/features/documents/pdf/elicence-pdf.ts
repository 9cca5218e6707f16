/**
 * The e-licence as a printable A4 PDF: laid out as the paper licence (number, shop, holder,
 * premises, business scope, validity, issuing bureau with its seal) with the verify QR code.
 */
import { rgb } from '@cantoo/pdf-lib';
import { chineseDate } from '../../../../core/documents';
import { A4, INK, MUTED, PdfSheet } from './pdf-kit';
import { drawQr } from './qr';
import { drawSeal } from './seal';

export interface ELicencePdfInput {
  number: string;
  holderName: string;
  shopName: string;
  address: string;
  businessScope: string;
  issuedOn: string;
  expiresOn: string;
  issuingBureau: string;
  verifyUrl: string;
  /** The day the PDF was made (app clock), printed in the footer. */
  printedOn: string;
}

export async function renderELicencePdf(
  fontBytes: Uint8Array,
  l: ELicencePdfInput,
): Promise<Uint8Array> {
  const sheet = await PdfSheet.create(fontBytes, {
    title: `烟草专卖零售许可证 ${l.number}`,
    subject: `${l.shopName} 电子许可证`,
  });
  const page = sheet.page();
  const { width, height } = A4;
  const frame = rgb(0.55, 0.12, 0.1);
  // The paper licence's double frame.
  page.drawRectangle({
    x: 28,
    y: 28,
    width: width - 56,
    height: height - 56,
    borderColor: frame,
    borderWidth: 2.5,
  });
  page.drawRectangle({
    x: 36,
    y: 36,
    width: width - 72,
    height: height - 72,
    borderColor: frame,
    borderWidth: 0.8,
  });

  const cx = width / 2;
  sheet.line(page, '中华人民共和国', { x: cx, y: height - 100, size: 18, align: 'center' });
  sheet.line(page, '烟草专卖零售许可证', {
    x: cx,
    y: height - 140,
    size: 30,
    align: 'center',
    color: frame,
  });
  sheet.line(page, '电子证照 · 打印件', {
    x: cx,
    y: height - 168,
    size: 12,
    align: 'center',
    color: MUTED,
  });

  const left = 84;
  const labelW = 118;
  const valueW = width - left - labelW - 84;
  let y = height - 230;
  const rows: [string, string][] = [
    ['许可证号', l.number],
    ['企业（字号）名称', l.shopName],
    ['负责人（经营者）', l.holderName],
    ['经营场所', l.address],
    ['经营范围', l.businessScope],
    ['有效期限', `${chineseDate(l.issuedOn)} 至 ${chineseDate(l.expiresOn)}`],
  ];
  for (const [label, value] of rows) {
    sheet.line(page, label, { x: left, y, size: 13, color: MUTED });
    const next = sheet.paragraph(page, value, {
      x: left + labelW,
      y,
      size: label === '许可证号' ? 15 : 14,
      maxWidth: valueW,
    });
    page.drawLine({
      start: { x: left + labelW, y: y - 7 },
      end: { x: left + labelW + valueW, y: y - 7 },
      thickness: 0.4,
      color: rgb(0.8, 0.8, 0.82),
    });
    y = Math.min(next, y - 26) - 12;
  }

  // The bureau and the date, the seal pressed over them, as on paper.
  const sealY = 250;
  sheet.line(page, '发证机关', { x: width - 250, y: sealY + 46, size: 12, color: MUTED });
  sheet.line(page, l.issuingBureau, { x: width - 250, y: sealY + 22, size: 14 });
  sheet.line(page, `发证日期 ${chineseDate(l.issuedOn)}`, {
    x: width - 250,
    y: sealY - 4,
    size: 12,
  });
  drawSeal(sheet, page, l.issuingBureau, width - 140, sealY + 8, 60);

  const qr = 112;
  drawQr(page, l.verifyUrl, left, sealY + 80, qr);
  sheet.line(page, '扫码核验许可证状态', {
    x: left + qr / 2,
    y: sealY + 80 - qr - 20,
    size: 10,
    color: INK,
    align: 'center',
  });

  let foot = 110;
  const notes = [
    '本件为电子许可证的打印件，效力以扫码核验结果为准；许可证停业、注销或过期后核验即显示相应状态。',
    `打印日期：${chineseDate(l.printedOn)}。印章为系统生成的演示印章。`,
  ];
  const missing = sheet.missingNote();
  if (missing) notes.push(missing);
  for (const n of notes)
    foot = sheet.paragraph(page, n, {
      x: left,
      y: foot,
      size: 9,
      maxWidth: width - 2 * left,
      color: MUTED,
    });
  return sheet.bytes();
}
