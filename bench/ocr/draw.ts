/**
 * Draws flat documents from layout descriptions (layouts.ts): the ID card front and business
 * licences of both families, one or two columns, in any field order, with letter-spaced,
 * compact or colon labels, wrapped values, QR code, seal, header and footer text, on
 * @napi-rs/canvas with Debian's Noto CJK, DejaVu and Liberation fonts.
 */
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { IdTruth, LicenceExtra, LicenceTruth, Rand } from './corpus';
import { pick } from './corpus';
import type { IdLayout, LabelStyle, LicenceLayout, Slot } from './layouts';

const NOTO = '/usr/share/fonts/opentype/noto';
GlobalFonts.registerFromPath(`${NOTO}/NotoSansCJK-Regular.ttc`, 'XSans');
GlobalFonts.registerFromPath(`${NOTO}/NotoSerifCJK-Regular.ttc`, 'XSerif');
GlobalFonts.registerFromPath(`${NOTO}/NotoSansCJK-Bold.ttc`, 'XSansBold');
GlobalFonts.registerFromPath(`${NOTO}/NotoSerifCJK-Bold.ttc`, 'XSerifBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 'XMono');
GlobalFonts.registerFromPath(
  '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
  'XMono2',
);
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'XDigits');

/**
 * Other Chinese typefaces from Debian, for drawing the same documents in a face nothing was
 * tuned on (`npm run bench:ocr -- --font kai|ming|zenhei`): a 楷体 (AR PL UKai), a 宋体
 * (AR PL UMing) and a 黑体 (WenQuanYi Zen Hei). Not installed by `npm install`.
 */
export const FACES = {
  kai: { file: '/usr/share/fonts/truetype/arphic/ukai.ttc', pkg: 'fonts-arphic-ukai' },
  ming: { file: '/usr/share/fonts/truetype/arphic/uming.ttc', pkg: 'fonts-arphic-uming' },
  zenhei: { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', pkg: 'fonts-wqy-zenhei' },
} as const;
export type Face = keyof typeof FACES;

/** Registers `face` and gives the family name to draw with; says what to install if absent. */
export function faceFamily(face: Face): string {
  const { file, pkg } = FACES[face];
  if (!existsSync(file))
    throw new Error(`--font ${face} needs Debian's ${pkg}: apt-get install -y ${pkg}`);
  GlobalFonts.registerFromPath(file, `XFace-${face}`);
  return `XFace-${face}`;
}

/** Faint wavy lines like the security print on cards and licences. */
function guilloche(ctx: SKRSContext2D, w: number, h: number, r: Rand, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  const n = 14 + Math.floor(r() * 10);
  for (let k = 0; k < n; k++) {
    const phase = r() * Math.PI * 2;
    const y0 = (k / n) * h;
    const period = 40 + r() * 40;
    ctx.beginPath();
    for (let x = 0; x <= w; x += 8) {
      const y = y0 + Math.sin(x / period + phase) * 14;
      if (x === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  }
}

/** A label drawn in `width` (letter-spaced: characters spread evenly), or as written. */
function drawLabel(
  ctx: SKRSContext2D,
  text: string,
  style: LabelStyle,
  x: number,
  y: number,
  width: number,
): void {
  const cs = [...text];
  // 'justified' (the 2019 template): every label, 经营范围 and 法定代表人 too, fills the
  // labels' column, so a four-character label is as letter-spaced as a two-character one.
  const spread = style === 'justified' ? cs.length > 1 && cs.length < 5 : cs.length < 4;
  if ((style === 'spaced' || style === 'justified') && cs.length > 1 && spread) {
    const cw = ctx.measureText(cs[0]!).width;
    const step = (width - cw) / (cs.length - 1);
    cs.forEach((c, i) => ctx.fillText(c, x + i * step, y));
    return;
  }
  ctx.fillText(style === 'colon' ? `${text}：` : text, x, y);
}

/** Splits `text` into lines no wider than `width` in the current font. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of text) {
    if (line && ctx.measureText(line + c).width > width) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  if (line) lines.push(line);
  return lines;
}

/** ID card front at 856×540 × `s` (the real card is 85.6 × 54 mm). */
export function drawIdCard(t: IdTruth, L: IdLayout, r: Rand, s = 1.5) {
  const canvas = createCanvas(Math.round(856 * s), Math.round(540 * s));
  const ctx = canvas.getContext('2d');
  ctx.scale(s, s);
  const g = ctx.createLinearGradient(0, 0, 856, 540);
  g.addColorStop(0, L.tint[0]);
  g.addColorStop(1, L.tint[1]);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 856, 540);
  guilloche(ctx, 856, 540, r, 'rgba(120,160,200,0.18)');
  // Portrait placeholder where the photo sits.
  ctx.fillStyle = '#c9d3dd';
  ctx.beginPath();
  ctx.ellipse(680, 190, 60, 75, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(680, 380, 120, 90, 0, Math.PI, Math.PI * 2);
  ctx.fill();

  const label = (text: string, x: number, y: number) => {
    ctx.fillStyle = L.labelColor;
    ctx.font = `${L.labelSize}px ${L.labelFont}`;
    drawLabel(ctx, text, L.labelStyle, x, y, L.labelWidth);
  };
  const value = (text: string, x: number, y: number, size = L.valueSize) => {
    ctx.fillStyle = '#111';
    ctx.font = `${size}px ${L.valueFont}`;
    ctx.fillText(text, x, y);
  };
  const X = L.labelX;
  const V = L.valueX;
  let y = L.top;
  label('姓名', X, y);
  value(t.name, V, y + 2, L.valueSize + 2);
  y += L.pitch;
  label('性别', X, y);
  value(t.sex, V, y + 2);
  label('民族', L.ethnicityX, y);
  value(t.ethnicity, L.ethnicityX + L.labelWidth + (V - X - L.labelWidth), y + 2);
  y += L.pitch;
  const [yy, m, d] = t.birth.split('-').map(Number) as [number, number, number];
  label('出生', X, y);
  ctx.font = `${L.valueSize}px ${L.valueFont}`;
  let bx = V;
  for (const [part, unit] of [
    [String(yy), '年'],
    [String(m), '月'],
    [String(d), '日'],
  ] as const) {
    value(part, bx, y + 2);
    bx += ctx.measureText(part).width + 8;
    ctx.fillStyle = L.labelColor;
    ctx.font = `${L.labelSize}px ${L.labelFont}`;
    ctx.fillText(unit, bx, y);
    bx += L.labelSize + 14;
    ctx.font = `${L.valueSize}px ${L.valueFont}`;
  }
  y += L.pitch;
  label('住址', X, y);
  for (let i = 0; i * L.addressChars < t.address.length; i++) {
    value(
      t.address.slice(i * L.addressChars, (i + 1) * L.addressChars),
      V,
      y + 2 + i * L.addressPitch,
      L.valueSize - 1,
    );
  }
  ctx.fillStyle = L.labelColor;
  ctx.font = `${L.labelSize}px ${L.labelFont}`;
  ctx.fillText('公民身份号码', X, L.numberY);
  ctx.fillStyle = '#111';
  ctx.font = `${L.numberSize}px ${L.numberFont}`;
  ctx.fillText(t.id_number, L.numberX, L.numberY + 3);
  return canvas;
}

/** The label a slot prints for a business. */
export function slotLabel(slot: Slot, business: LicenceExtra['business']): string | null {
  switch (slot) {
    case 'name':
      return '名称';
    case 'type':
      return '类型';
    case 'rep':
      return {
        individual: '经营者',
        company: '法定代表人',
        branch: '负责人',
        partnership: '执行事务合伙人',
        sole: '投资人',
      }[business];
    case 'address':
      return {
        individual: '经营场所',
        company: '住所',
        branch: '营业场所',
        partnership: '主要经营场所',
        sole: '住所',
      }[business];
    case 'date':
      return business === 'individual' ? '注册日期' : '成立日期';
    case 'capital':
      return {
        individual: '组成形式',
        company: '注册资本',
        branch: null,
        partnership: '出资额',
        sole: null,
      }[business];
    case 'term':
      return {
        individual: null,
        company: '营业期限',
        branch: '营业期限',
        partnership: '合伙期限',
        sole: null,
      }[business];
    case 'scope':
      return '经营范围';
  }
}

function slotValue(slot: Slot, t: LicenceTruth & LicenceExtra): string {
  const [y, m, d] = t.reg_date.split('-');
  return {
    name: t.name,
    type: t.type,
    rep: t.legal_rep,
    address: t.address,
    date: `${y}年${m}月${d}日`,
    capital: t.capital,
    term: t.term,
    scope: t.scope,
  }[slot];
}

/** A business licence (副本) at 1400×990 × `s`. */
export function drawLicence(t: LicenceTruth & LicenceExtra, L: LicenceLayout, r: Rand, s = 1) {
  const canvas = createCanvas(Math.round(1400 * s), Math.round(990 * s));
  const ctx = canvas.getContext('2d');
  ctx.scale(s, s);
  ctx.fillStyle = L.paper;
  ctx.fillRect(0, 0, 1400, 990);
  guilloche(ctx, 1400, 990, r, L.guilloche);
  ctx.strokeStyle = L.frame;
  ctx.lineWidth = 6;
  ctx.strokeRect(30, 30, 1340, 930);
  ctx.lineWidth = 2;
  ctx.strokeRect(44, 44, 1312, 902);
  // Emblem, title, copy mark.
  ctx.fillStyle = '#c0272d';
  ctx.beginPath();
  ctx.arc(700, 100, 36, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#111';
  ctx.font = `64px ${L.titleFont}`;
  ctx.textAlign = 'center';
  ctx.fillText('营 业 执 照', 700, 205);
  ctx.font = `26px ${L.labelFont}`;
  ctx.fillText('（副　本）', 700, 245);
  ctx.textAlign = 'left';
  ctx.font = '20px XSans';
  ctx.fillText(`副本编号：${1 + Math.floor(r() * 3)}-1`, L.qr.x - 10, L.qr.y + 150);
  // QR code with its caption.
  ctx.fillStyle = '#222';
  for (let i = 0; i < 100; i++) {
    if (r() < 0.5) ctx.fillRect(L.qr.x + (i % 10) * 11, L.qr.y + Math.floor(i / 10) * 11, 11, 11);
  }
  ctx.font = '14px XSans';
  ctx.fillText('扫描二维码登录“国家企业信用', L.qr.x - 30, L.qr.y + 125);
  // The credit code block.
  ctx.fillStyle = '#111';
  ctx.font = `${L.code.labelSize}px ${L.labelFont}`;
  if (L.code.inline) {
    ctx.fillText('统一社会信用代码', L.code.x, L.code.y);
    ctx.font = `${L.code.size}px ${L.code.font}`;
    ctx.fillText(t.credit_code, L.code.x + L.code.labelSize * 8 + 24, L.code.y + 2);
  } else {
    ctx.fillText('统一社会信用代码', L.code.x, L.code.y);
    ctx.font = `${L.code.size}px ${L.code.font}`;
    ctx.fillText(t.credit_code, L.code.x, L.code.y + L.code.size + 12);
  }

  const lineGap = Math.round(L.font * 1.4);
  for (const col of L.columns) {
    let y = L.top;
    for (const slot of col.slots) {
      const lab = slotLabel(slot, t.business);
      const val = slotValue(slot, t);
      if (!lab || !val) continue;
      ctx.fillStyle = '#222';
      ctx.font = `${L.font}px ${L.labelFont}`;
      drawLabel(ctx, lab, L.labelStyle, col.x, y, col.valueX - col.x - L.font);
      ctx.fillStyle = '#111';
      ctx.font = `${L.font}px ${L.valueFont}`;
      const valueX =
        L.labelStyle === 'colon'
          ? Math.max(col.valueX, col.x + ctx.measureText(`${lab}：`).width + 6)
          : col.valueX;
      const lines = wrap(ctx, val, col.right - valueX);
      const shown = slot === 'scope' ? lines.slice(0, L.scopeLines) : lines;
      shown.forEach((l, i) => ctx.fillText(l, valueX, y + i * lineGap));
      y += L.pitch + (shown.length - 1) * lineGap;
    }
  }
  // Footer: registration authority, date and seal.
  ctx.fillStyle = '#111';
  ctx.font = `24px ${L.labelFont}`;
  ctx.fillText('登记机关', L.stamp.x - 200, L.stamp.y - 10);
  ctx.font = `24px ${L.valueFont}`;
  ctx.fillText(
    pick(r, ['2019年08月22日', '2021年03月15日', '2023年11月02日']),
    L.stamp.x - 80,
    L.stamp.y + 60,
  );
  ctx.font = '15px XSans';
  ctx.fillText('国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', 300, 930);
  ctx.strokeStyle = 'rgba(205,30,30,0.6)';
  ctx.fillStyle = 'rgba(205,30,30,0.55)';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(L.stamp.x, L.stamp.y, 78, 0, Math.PI * 2);
  ctx.stroke();
  ctx.font = '22px XSansBold';
  ctx.textAlign = 'center';
  ctx.fillText('★', L.stamp.x, L.stamp.y + 8);
  ctx.fillText('市场监督管理局', L.stamp.x, L.stamp.y - 30);
  ctx.textAlign = 'left';
  return canvas;
}
