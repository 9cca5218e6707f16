/**
 * The PDFs read back by another program: poppler's pdftotext must find the licence number and
 * the Chinese shop name (the subset font maps glyphs back to text), the size stays far below
 * the 4.6 MB font (only the printed glyphs are embedded), and a character the font lacks is
 * printed as 〓 with a note. Pages are also rendered to PNG (test-results/pdf/) to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, filledContent } from '../documents.content';
import { renderDocumentPdf } from './document-pdf';
import { renderELicencePdf, type ELicencePdfInput } from './elicence-pdf';
import { PdfSheet } from './pdf-kit';

const FONT = new Uint8Array(readFileSync('worker/assets/fonts/wqy-microhei.ttf'));
const OUT = 'test-results/pdf';

function tool(name: string): void {
  if (spawnSync('sh', ['-c', `command -v ${name}`]).status !== 0) {
    throw new Error(
      `${name} (Debian's poppler-utils) is missing: install it with ` +
        '`apt-get install -y poppler-utils` (npm test does so when run as root).',
    );
  }
}

function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.replace(/\s+/g, '');
}

/** Renders and stores a PDF, printing its size and drawing time. */
async function made(name: string, draw: () => Promise<Uint8Array>): Promise<string> {
  await draw(); // the first drawing warms the parser up
  const t0 = performance.now();
  const bytes = await draw();
  const ms = Math.round(performance.now() - t0);
  const file = `${OUT}/${name}.pdf`;
  writeFileSync(file, bytes);
  console.log(
    `${name}.pdf: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(1)} KB), drawn in ${ms} ms (Node)`,
  );
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  expect(bytes.length).toBeLessThan(300_000);
  spawnSync('pdftoppm', ['-r', '60', '-png', '-singlefile', file, `${OUT}/${name}`]);
  return file;
}

const LICENCE: ELicencePdfInput = {
  number: '370702202600017',
  holderName: '王建国',
  shopName: '建国烟酒店',
  address: '山东省潍坊市潍城区胜利西街1234号（和平路口东50米）',
  businessScope: '卷烟、雪茄烟零售',
  issuedOn: '2026-03-01',
  expiresOn: '2031-02-28',
  issuingBureau: '潍坊市潍城区烟草专卖局',
  verifyUrl: 'https://xuke.example/verify?t=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
  printedOn: '2026-12-03',
};

beforeAll(() => {
  tool('pdftotext');
  tool('pdftoppm');
  mkdirSync(OUT, { recursive: true });
});

describe('the e-licence PDF', () => {
  it('carries the number, the Chinese shop name and the bureau as text, in a small file', async () => {
    const file = await made('e-licence', () => renderELicencePdf(FONT, LICENCE));
    const text = pdfText(file);
    expect(text).toContain(LICENCE.number);
    expect(text).toContain('建国烟酒店');
    expect(text).toContain('烟草专卖零售许可证');
    expect(text).toContain('2031年2月28日');
    expect(text).toContain('演示印章');
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/WenQuanYiMicroHei.*CID TrueType.*Identity-H\s+yes/);
  });

  it('prints a character the font lacks as 〓 and names it in a note', async () => {
    const file = await made('e-licence-rare', () =>
      renderELicencePdf(FONT, { ...LICENCE, holderName: '王𠀋国' }),
    );
    const text = pdfText(file);
    expect(text).toContain('王〓国');
    expect(text).toContain('U+2000B');
  });
});

describe('line breaking (避头尾)', () => {
  const SIZE = 12;
  let sheet: PdfSheet;
  let w = 0;
  beforeAll(async () => {
    sheet = await PdfSheet.create(FONT, { title: 't', subject: 's' });
    w = sheet.measure('甲', SIZE);
  });
  const ten = '甲'.repeat(10);

  it('never starts a line with closing punctuation: the character before goes down with it', () => {
    expect(sheet.wrap(`${ten}》第三十二条`, SIZE, 10.5 * w)).toEqual([
      '甲'.repeat(9),
      '甲》第三十二条',
    ]);
    // Two closing marks in a row take the character before both.
    expect(sheet.wrap(`${'甲'.repeat(9)}。”乙`, SIZE, 10.5 * w)).toEqual([
      '甲'.repeat(8),
      '甲。”乙',
    ]);
  });

  it('never ends a line with opening punctuation', () => {
    expect(sheet.wrap(`${'甲'.repeat(9)}《行政许可法》`, SIZE, 10.5 * w)).toEqual([
      '甲'.repeat(9),
      '《行政许可法》',
    ]);
  });

  it('lets the mark hang after a number rather than split the number', () => {
    const ref = 'XK2026103062';
    const lines = sheet.wrap(`${ref}，文杰便民超市`, SIZE, sheet.measure(ref, SIZE) + 1);
    expect(lines[0]).toBe(`${ref}，`);
  });

  it('wraps as before where no rule applies', () => {
    expect(sheet.wrap(`${ten}乙乙`, SIZE, 10.5 * w)).toEqual([ten, '乙乙']);
  });
});

describe('an official document PDF', () => {
  const facts = {
    kind: 'refusal' as const,
    bureau: '潍坊市潍城区烟草专卖局',
    reconsideredBy: '潍坊市烟草专卖局',
    addressee: '王建国',
    ref: 'XK2026120300017',
    type: 'new' as const,
    shopName: '建国烟酒店',
    address: '潍城区胜利西街1234号',
    submittedOn: '2026-11-20',
    acceptedOn: '2026-11-23',
    deadline: null,
    items: ['经营场所与小学的距离不足规定的50米', '所在网格已无空余许可名额'],
    reason: null,
    withLicence: false,
  };

  it('a refusal states its reasons and the 复议 / 诉讼 notice, signed and numbered', async () => {
    const file = await made('refusal', () =>
      renderDocumentPdf(FONT, {
        number: '潍城烟许不〔2026〕第0003号',
        issuedOn: '2026-12-03',
        signerName: '李审批',
        contentHash: 'ab'.repeat(32),
        content: buildContent(facts),
        supersedes: null,
        supersededBy: null,
      }),
    );
    const text = pdfText(file);
    for (const s of [
      '不予行政许可决定书',
      '潍城烟许不〔2026〕第0003号',
      '建国烟酒店',
      '经营场所与小学的距离不足规定的50米',
      '六十日内向潍坊市烟草专卖局申请行政复议',
      '六个月内',
      '承办人：李审批',
      '2026年12月3日',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('an approval prints the licence granted; a superseded one is marked void', async () => {
    const approval = buildContent({
      ...facts,
      kind: 'approval',
      withLicence: true,
      deadline: '2026-12-17',
      items: [],
    });
    const content = filledContent(approval, {
      number: LICENCE.number,
      issuedOn: '2026-12-03',
      expiresOn: '2031-12-02',
    });
    const file = await made('approval-superseded', () =>
      renderDocumentPdf(FONT, {
        number: '潍城烟许准〔2026〕第0001号',
        issuedOn: '2026-12-03',
        signerName: '李审批',
        contentHash: 'cd'.repeat(32),
        content,
        supersedes: null,
        supersededBy: { number: '潍城烟许准〔2026〕第0002号', issuedOn: '2026-12-04' },
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('准予行政许可决定书');
    expect(text).toContain(LICENCE.number);
    expect(text).toContain('2031年12月2日');
    expect(text).toContain('由潍城烟许准〔2026〕第0002号更正');
  });
});
