/**
 * Draws the flat documents: the ID card front and the two business licence templates, with the
 * real layouts' label positions, on @napi-rs/canvas with Debian's Noto CJK fonts.
 */
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { IdTruth, LicenceTruth, Rand } from './corpus';

const FONT_DIR = '/usr/share/fonts/opentype/noto';
GlobalFonts.registerFromPath(`${FONT_DIR}/NotoSansCJK-Regular.ttc`, 'XSans');
GlobalFonts.registerFromPath(`${FONT_DIR}/NotoSerifCJK-Regular.ttc`, 'XSerif');
GlobalFonts.registerFromPath(`${FONT_DIR}/NotoSansCJK-Bold.ttc`, 'XSansBold');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', 'XMono');

/** Faint wavy lines like the security print on cards and licences. */
function guilloche(ctx: SKRSContext2D, w: number, h: number, r: Rand, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  for (let k = 0; k < 18; k++) {
    const phase = r() * Math.PI * 2;
    const y0 = (k / 18) * h;
    ctx.beginPath();
    for (let x = 0; x <= w; x += 8) {
      const y = y0 + Math.sin(x / 60 + phase) * 14;
      if (x === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  }
}

/** ID card front at 856×540 × `s` (the real card is 85.6 × 54 mm). */
export function drawIdCard(t: IdTruth, r: Rand, s = 1.5) {
  const canvas = createCanvas(Math.round(856 * s), Math.round(540 * s));
  const ctx = canvas.getContext('2d');
  ctx.scale(s, s);
  const g = ctx.createLinearGradient(0, 0, 856, 540);
  g.addColorStop(0, '#e9f0f6');
  g.addColorStop(1, '#f6f1e8');
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

  const valueFont = r() < 0.5 ? 'XSans' : 'XSerif';
  const label = (text: string, x: number, y: number) => {
    ctx.fillStyle = '#3f6fa6';
    ctx.font = '22px XSans';
    ctx.fillText(text, x, y);
  };
  const value = (text: string, x: number, y: number, size = 26) => {
    ctx.fillStyle = '#111';
    ctx.font = `${size}px ${valueFont}`;
    ctx.fillText(text, x, y);
  };
  label('姓  名', 60, 95);
  value(t.name, 150, 97, 28);
  label('性  别', 60, 160);
  value(t.sex, 150, 162);
  label('民  族', 250, 160);
  value(t.ethnicity, 340, 162);
  const [y, m, d] = t.birth.split('-').map(Number) as [number, number, number];
  label('出  生', 60, 225);
  value(String(y), 150, 227);
  label('年', 222, 225);
  value(String(m), 262, 227);
  label('月', 300, 225);
  value(String(d), 338, 227);
  label('日', 376, 225);
  label('住  址', 60, 290);
  const perLine = 13;
  for (let i = 0; i * perLine < t.address.length; i++) {
    value(t.address.slice(i * perLine, (i + 1) * perLine), 150, 292 + i * 40, 25);
  }
  label('公民身份号码', 60, 470);
  ctx.fillStyle = '#111';
  ctx.font = '31px XMono';
  ctx.fillText(t.id_number, 260, 473);
  return canvas;
}

/** 2016 single-column or 2019 two-column licence at 1400×990 × `s`. */
export function drawLicence(
  t: LicenceTruth & { individual: boolean },
  template: 2016 | 2019,
  r: Rand,
  s = 1,
) {
  const canvas = createCanvas(Math.round(1400 * s), Math.round(990 * s));
  const ctx = canvas.getContext('2d');
  ctx.scale(s, s);
  ctx.fillStyle = '#fbf8f1';
  ctx.fillRect(0, 0, 1400, 990);
  guilloche(ctx, 1400, 990, r, 'rgba(200,150,110,0.12)');
  ctx.strokeStyle = '#b8862e';
  ctx.lineWidth = 6;
  ctx.strokeRect(30, 30, 1340, 930);
  ctx.lineWidth = 2;
  ctx.strokeRect(44, 44, 1312, 902);
  ctx.fillStyle = '#c0272d';
  ctx.beginPath();
  ctx.arc(700, 100, 36, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#111';
  ctx.font = '64px XSansBold';
  ctx.textAlign = 'center';
  ctx.fillText('营 业 执 照', 700, 210);
  ctx.textAlign = 'left';
  // QR code placeholder.
  ctx.fillStyle = '#222';
  for (let i = 0; i < 64; i++) {
    if (r() < 0.5) ctx.fillRect(1180 + (i % 8) * 14, 90 + Math.floor(i / 8) * 14, 14, 14);
  }
  const labelFont = '26px XSansBold';
  const valueFont = `26px ${r() < 0.5 ? 'XSerif' : 'XSans'}`;
  const field = (lab: string, val: string, x: number, y: number, vx: number) => {
    ctx.fillStyle = '#222';
    ctx.font = labelFont;
    ctx.fillText(lab, x, y);
    ctx.font = valueFont;
    ctx.fillStyle = '#111';
    ctx.fillText(val, vx, y);
  };
  ctx.font = '24px XSans';
  ctx.fillStyle = '#111';
  ctx.fillText('统一社会信用代码', 110, 270);
  ctx.font = '28px XMono';
  ctx.fillText(t.credit_code, 110, 310);

  const rep = t.individual ? '经 营 者' : '法定代表人';
  const addr = t.individual ? '经营场所' : '住    所';
  const dateLabel = t.individual ? '注册日期' : '成立日期';
  const [y, m, d] = t.reg_date.split('-').map(Number);
  const dateText = `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
  const scope = '卷烟、雪茄烟零售；预包装食品销售；日用百货销售。';
  if (template === 2016) {
    const rows: [string, string][] = [
      ['名    称', t.name],
      ['类    型', t.type],
      [rep, t.legal_rep],
      [addr, t.address],
      [t.individual ? '组成形式' : '注册资本', t.individual ? '个人经营' : '伍拾万元整'],
      [dateLabel, dateText],
      ['经营范围', scope],
    ];
    rows.forEach(([l, v], i) => field(l, v, 220, 400 + i * 62, 400));
  } else {
    const left: [string, string][] = [
      ['名    称', t.name],
      ['类    型', t.type],
      [rep, t.legal_rep],
      ['经营范围', scope.slice(0, 12)],
    ];
    const right: [string, string][] = [
      [t.individual ? '组成形式' : '注册资本', t.individual ? '个人经营' : '伍拾万元整'],
      [dateLabel, dateText],
      ['营业期限', '长期'],
      [addr, t.address],
    ];
    left.forEach(([l, v], i) => field(l, v, 110, 400 + i * 70, 270));
    right.forEach(([l, v], i) => {
      // The right column holds ~16 characters: long addresses wrap under their value.
      field(l, v.slice(0, 16), 760, 400 + i * 70, 910);
      if (v.length > 16) field('', v.slice(16), 760, 436 + i * 70, 910);
    });
  }
  ctx.font = '24px XSans';
  ctx.fillText('登记机关', 900, 860);
  ctx.fillStyle = 'rgba(200,30,30,0.55)';
  ctx.beginPath();
  ctx.arc(1110, 850, 70, 0, Math.PI * 2);
  ctx.fill();
  return canvas;
}
