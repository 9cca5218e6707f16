import { describe, expect, it } from 'vitest';
import type { GlyphRow } from './glyphs';
import { readRows } from './glyphs';
import { licenceSkipper } from './read-page';

const H = 30;
function row(y: number, ...pieces: [number, string][]): GlyphRow {
  const glyphs = pieces.flatMap(([x0, text]) =>
    [...text].map((ch, i) => ({ ch, x: x0 + (i + 0.5) * H, confidence: 95 })),
  );
  return { y0: y, y1: y + H, h: H, glyphs };
}
const seg = (x0: number, x1: number, y: number) => ({ x0, x1, y0: y, y1: y + H });

describe('licenceSkipper', () => {
  // Two columns: 经营范围 on the left, 住所 on the right at the same height.
  const done = [
    row(100, [100, '名称'], [300, '太原晋阳商贸有限公司']),
    row(160, [100, '经营范围'], [300, '卷烟零售；酒类零售'], [900, '住所'], [1100, '山西省太原市']),
  ];

  it("skips the scope's wrapped lines in its column once its label is read", () => {
    const skip = licenceSkipper();
    expect(skip(seg(300, 800, 210), 2, done)).toBe(true);
    // The address's wrapped line in the right column is still read.
    expect(skip(seg(1100, 1300, 210), 2, done)).toBe(false);
  });

  it('reads nothing less before the label is read, and stops at a row in the labels column', () => {
    expect(licenceSkipper()(seg(300, 800, 210), 2, done.slice(0, 1))).toBe(false);
    const skip = licenceSkipper();
    expect(skip(seg(100, 220, 260), 3, done)).toBe(false);
    expect(skip(seg(300, 800, 300), 4, done)).toBe(false);
  });

  it("ends the scope's column at a second column's labels above when its row has none", () => {
    // The 个体工商户 layout: the right column (组成形式, 注册日期, 经营场所) ends above the scope.
    const individual = [
      row(100, [100, '名称'], [300, '盘州市利民烟酒店'], [900, '组成形式'], [1100, '个人经营']),
      row(160, [100, '经营者'], [300, '郭晔兰'], [900, '经营场所'], [1100, '贵州省六盘水市']),
      row(220, [100, '经营范围'], [300, '卷烟零售；酒类零售'], [1100, '盘州市明南乡']),
    ];
    const skip = licenceSkipper();
    expect(skip(seg(300, 800, 270), 3, individual)).toBe(true);
    // The address's third line, under the scope's row in the right column, is still read.
    expect(skip(seg(1100, 1300, 270), 3, individual)).toBe(false);
  });

  it("finds the scope's right edge again once the rest of its row has been read", () => {
    const skip = licenceSkipper();
    // Only the scope's half of its row has been read yet (the rest waits in a packed line).
    const half = [done[0]!, row(160, [100, '经营范围'], [300, '卷烟零售；酒类零售'])];
    expect(skip(seg(1100, 1300, 210), 2, half)).toBe(true);
    // With the whole row read, 住所 ends the scope's column: its wrapped line is read.
    expect(skip(seg(1100, 1300, 210), 2, done)).toBe(false);
    expect(skip(seg(300, 800, 210), 2, done)).toBe(true);
  });
  it('reads nothing below 登记机关 once the label has been read whole', () => {
    const page = [
      row(100, [100, '名称'], [300, '太原晋阳商贸有限公司']),
      row(160, [100, '住所'], [300, '山西省太原市平阳路12号']),
      row(700, [860, '登记机关']),
    ];
    const skip = licenceSkipper();
    // Before the label is read, the rows under it are read.
    expect(skip(seg(900, 1100, 760), 3, page.slice(0, 2))).toBe(false);
    // Its own row is read (a field beside it would be), then nothing under it: the date of
    // issue, the register's notice, the frame.
    expect(skip(seg(1100, 1300, 700), 2, page)).toBe(false);
    expect(skip(seg(900, 1100, 760), 3, page)).toBe(true);
    expect(skip(seg(100, 500, 800), 4, page)).toBe(true);
    // A label read only in part (登记机 with the seal over 关) proves nothing.
    const half = [...page.slice(0, 2), row(700, [860, '登记机'])];
    expect(licenceSkipper()(seg(900, 1100, 760), 3, half)).toBe(false);
  });
});

describe('readRows with the scope skipper', () => {
  // A page of grey blocks, one per segment, each of its own shade; the fake line model reads a
  // block by its shade (the text it stands for), its characters spread across the block.
  const texts = [
    '经营范围',
    '卷烟零售日用百货销售预包装食品',
    '住所',
    '山西省太原市',
    '乳制品零售五金',
    '平阳路12号',
  ];
  const segs: [number, number, number, number][] = [
    // [row, x0, x1, text index]
    [0, 100, 220, 0],
    [0, 300, 800, 1],
    [0, 900, 960, 2],
    [0, 1100, 1300, 3],
    [1, 300, 500, 4],
    [1, 1100, 1300, 5],
  ];
  const shade = (t: number) => 20 + 30 * t;
  const W = 1400;
  const page = { width: W, height: 200, data: new Uint8Array(W * 200).fill(255) };
  for (const [r, x0, x1, t] of segs) {
    for (let y = 40 + 80 * r; y < 70 + 80 * r; y++)
      page.data.fill(shade(t), y * W + x0, y * W + x1);
  }
  const rows = [0, 1].map((r) => ({
    y0: 40 + 80 * r,
    y1: 70 + 80 * r,
    segs: segs
      .filter(([row]) => row === r)
      .map(([, x0, x1]) => ({ x0, x1, y0: 40 + 80 * r, y1: 70 + 80 * r })),
  }));
  const read = async (line: { width: number; height: number; data: Uint8Array }) => {
    const y = line.height >> 1;
    const chars: { ch: string; x: number; confidence: number }[] = [];
    for (let x = 0; x < line.width;) {
      if (line.data[y * line.width + x]! > 240) {
        x++;
        continue;
      }
      let end = x;
      while (end < line.width && line.data[y * line.width + end]! <= 240) end++;
      const v = line.data[y * line.width + ((x + end) >> 1)]!;
      const t = [...texts[Math.round((v - 20) / 30)]!];
      t.forEach((ch, i) =>
        chars.push({ ch, x: x + ((i + 0.5) * (end - x)) / t.length, confidence: 95 }),
      );
      x = end;
    }
    return { text: chars.map((c) => c.ch).join(''), confidence: 95, chars };
  };
  const text = (r: GlyphRow) => r.glyphs.map((g) => g.ch).join('');

  it("reads the scope row's right half before skipping under it: a wrapped address stays", async () => {
    // 经营范围 and its first line are read alone (each fills a packed line); 住所 and its value
    // still wait in the next one when the skipper is first asked about row 1.
    const out = await readRows(page, rows, read, 30, undefined, 14, licenceSkipper());
    expect(text(out[0]!)).toBe('经营范围卷烟零售日用百货销售预包装食品住所山西省太原市');
    expect(text(out[1]!)).toBe('平阳路12号');
  });
});
