import { describe, expect, it } from 'vitest';
import type { RawValue } from './anchored';
import type { Gray } from './image';
import { idFields } from './id-card';
import { licenceFields } from './licence';
import type { LineResult } from './line-pass';
import { confirmPerson, lostDot, readView, rereadUnsure, valueView, VIEWS } from './view-reread';

import { spread, view } from './view-reread.fixture';

describe('rereadUnsure', () => {
  const page: Gray = { width: 400, height: 100, data: new Uint8Array(400 * 100).fill(255) };
  const value = (text: string, sure: number[]): RawValue => ({
    text,
    sure,
    confidence: Math.min(...sure),
    box: { x0: 100, x1: 190, y0: 30, y1: 60 },
    label: '经营者',
  });

  it('reads the two views of an unsure value and keeps an agreed reading marked', async () => {
    const widths: number[] = [];
    const values = { legal_rep: value('刘焱宏', [100, 33, 100]) };
    await rereadUnsure(page, values, ['legal_rep'], async (img) => {
      widths.push(img.width);
      return spread(img.width, view(['刘', 100], ['燚', 70], ['宏', 100]));
    });
    expect(values.legal_rep.text).toBe('刘燚宏');
    // Under LOW_CONFIDENCE: the applicant still checks it.
    expect(values.legal_rep.confidence).toBeLessThan(70);
    expect(widths).toEqual(VIEWS.map((sx) => valueView(page, values.legal_rep.box, sx).width));
  });

  it('re-reads a sure value holding a mark no value holds, and replaces the mark', async () => {
    // Recorded on a held-out licence: 人兴巷 read 人《巷 at 80, the 《 then cleaned away.
    const values = {
      address: { ...value('海港区人《巷', [99, 99, 99, 99, 90, 99]), label: '住所' },
    };
    const read = view(['海', 99], ['港', 99], ['区', 99], ['人', 98], ['兴', 92], ['巷', 99]);
    let reads = 0;
    await rereadUnsure(page, values, ['address'], async (img) => {
      reads++;
      return spread(img.width, read);
    });
    expect(reads).toBe(2);
    expect(values.address).toMatchObject({ text: '海港区人兴巷', confidence: 60 });
    // Without the mark, a value as sure is not read again.
    const sure = { address: { ...value('海港区人兴巷', [99, 99, 99, 99, 90, 99]), label: '住所' } };
    await rereadUnsure(page, sure, ['address'], async () => {
      reads++;
      return read;
    });
    expect(reads).toBe(2);
  });

  it('keeps where each character stands when the views replace one in place', async () => {
    // Recorded on a held-out card: 唐晔 (晔 at 42) read 唐哗 by both views; the shape check
    // needs the characters' places to weigh 哗, which no name carries, against 晔.
    const xs = [115, 145];
    const values = { name: { ...value('唐晔', [98, 42]), xs, label: '姓名' } };
    await rereadUnsure(page, values, ['name'], async (img) =>
      spread(img.width, view(['唐', 100], ['哗', 60])),
    );
    expect(values.name).toMatchObject({ text: '唐哗', xs });
    // A character added moves the others: no places are kept.
    const added = { name: { ...value('何涵', [97, 40]), doubt: true, xs, label: '姓名' } };
    await rereadUnsure(page, added, ['name'], async (img) =>
      spread(img.width, view(['何', 97], ['鹏', 80], ['涵', 85])),
    );
    expect(added.name.text).toBe('何鹏涵');
    expect(added.name.xs).toBeUndefined();
  });

  it('sees one character past a line with ink left unread beside it', async () => {
    // Recorded on a held-out ID card: 覃翊 read 覃, 翊 dropped and its ink left unread.
    const name = { ...value('覃', [97]), confidence: 30, doubt: true, openEnd: true };
    const values = { name: { ...name, label: '姓名' } };
    const widths: number[] = [];
    await rereadUnsure(page, values, ['name'], async (img) => {
      widths.push(img.width);
      return spread(img.width, view(['覃', 97], ['翊', 90]));
    });
    const wider = { ...value('覃', [97]).box, x1: 190 + 30 };
    expect(widths).toEqual(VIEWS.map((sx) => valueView(page, wider, sx).width));
    expect(values.name).toMatchObject({ text: '覃翊', box: wider });
  });

  it("keeps the page read's character and the views' runner-ups for the options", async () => {
    // Recorded (tuning half, id-138): 吕彧晔 read 吕或晔 in the page (晔 at 39, runner-ups 哗烨),
    // both views 吕或哗; without runner-ups the name was marked with nothing to tap.
    const values = {
      name: { ...value('吕或晔', [99, 94, 39]), alts: ['', '彧', '哗烨'], label: '姓名' },
    };
    const both = view(['吕', 100], ['或', 96], ['哗', 80]);
    both.chars![2]!.alts = '烨';
    await rereadUnsure(page, values, ['name'], async (img) => spread(img.width, both));
    expect(values.name).toMatchObject({ text: '吕或哗', alts: ['', '', '晔烨'] });
    expect(idFields({ name: values.name }).name).toMatchObject({
      value: '吕或哗',
      flag: 'low',
      // 或 and 哗, which no name carries, stand for 彧 and 晔 in every option.
      options: ['吕彧晔', '吕彧烨'],
    });
  });

  it("re-reads a sure person's name read without the dot its length calls for", async () => {
    const values = { legal_rep: value('吐尔逊别克', [98, 100, 100, 96, 100]) };
    const dotted = view(['吐', 97], ['尔', 99], ['逊', 99], ['·', 80], ['别', 99], ['克', 99]);
    const dots = async (img: Gray) => spread(img.width, dotted);
    await rereadUnsure(page, values, ['legal_rep'], dots, 'legal_rep');
    expect(values.legal_rep.text).toBe('吐尔逊·别克');
    expect(values.legal_rep.confidence).toBeLessThan(70);
    // Not the person's field, or a short name: nothing is read.
    let reads = 0;
    const count = async () => (reads++, dotted);
    await rereadUnsure(page, { name: value('吐尔逊别克', [99, 99, 99, 99, 99]) }, ['name'], count);
    await rereadUnsure(
      page,
      { legal_rep: value('张伟', [99, 99]) },
      ['legal_rep'],
      count,
      'legal_rep',
    );
    expect(reads).toBe(0);
  });

  it('leaves sure values alone, and of a wrapped value re-reads only its unsure line', async () => {
    const boxes: RawValue['box'][] = [];
    const read = async (img: Gray) => {
      boxes.push({ x0: 0, x1: img.width, y0: 0, y1: img.height });
      const r = view(
        ['北', 90],
        ['中', 99],
        ['村', 99],
        ['1', 99],
        ['9', 99],
        ['2', 99],
        ['号', 99],
      );
      return spread(img.width, r);
    };
    const sure = { name: value('张伟', [95, 96]) };
    await rereadUnsure(page, sure, ['name'], read);
    expect(boxes.length).toBe(0);
    // Recorded on a hard photo of the tuning half: 北 of 北中村 left unread on the second line.
    const first = '辽宁省大连市普兰店区长华街道';
    const wrapped: Record<string, RawValue> = {
      address: {
        text: `${first}中村192号`,
        sure: [...[...first].map(() => 99), 40, 99, 99, 99, 99, 99],
        confidence: 30,
        doubt: true,
        box: { x0: 100, x1: 390, y0: 0, y1: 80 },
        label: '住址',
        lines: [
          { box: { x0: 100, x1: 390, y0: 0, y1: 30 }, n: first.length },
          { box: { x0: 100, x1: 260, y0: 45, y1: 75 }, n: 6, doubt: true },
        ],
      },
    };
    await rereadUnsure(page, wrapped, ['address'], read);
    expect(boxes.length).toBe(VIEWS.length);
    expect(wrapped.address!.text).toBe(`${first}北中村192号`);
    expect(wrapped.address!.confidence).toBeLessThan(70);
    expect(wrapped.address!.doubt).toBeUndefined();
    expect(wrapped.address!.lines![1]!.n).toBe(7);
  });
});

describe('confirmPerson', () => {
  const page: Gray = { width: 400, height: 100, data: new Uint8Array(400 * 100).fill(255) };
  const sure = (text: string): RawValue => ({
    text,
    sure: [...text].map(() => 99),
    confidence: 99,
    box: { x0: 100, x1: 190, y0: 30, y1: 60 },
    label: '经营者',
  });

  it('leaves a sure name marked when read alone it is less sure, never changing it', async () => {
    // Recorded on a tuning-side scan: 钱兰彧 read 钱兰或 (sure) packed, 或 at 87 alone.
    const values = { legal_rep: sure('钱兰或') };
    await confirmPerson(page, values, 'legal_rep', async () =>
      view(['钱', 100], ['兰', 100], ['或', 87]),
    );
    expect(values.legal_rep).toMatchObject({ text: '钱兰或', confidence: 87 });
  });

  it('marks a name whose character read alone had a likely rival', async () => {
    // Recorded on a tuning-side scan: 周彧桂 read 周或桂, alone 或 at 97 with 彧 at 3.2.
    const values = { legal_rep: sure('周或桂') };
    const rivalled: LineResult = {
      text: '周或桂',
      confidence: 99,
      chars: [
        { ch: '周', x: 20, confidence: 100, rival: 0 },
        { ch: '或', x: 60, confidence: 97, rival: 3.2 },
        { ch: '桂', x: 100, confidence: 100, rival: 0.1 },
      ],
    };
    await confirmPerson(page, values, 'legal_rep', async () => rivalled);
    expect(values.legal_rep).toMatchObject({ text: '周或桂', confidence: 60 });
  });

  it("carries the reading alone's runner-ups to the name, for the options offered", async () => {
    // Read alone, 或 at 87 with 彧 behind it; the page read kept no runner-up for it.
    const values = { legal_rep: sure('钱兰或') };
    await confirmPerson(page, values, 'legal_rep', async () => ({
      text: '钱兰或',
      confidence: 95,
      chars: [
        { ch: '钱', x: 20, confidence: 100 },
        { ch: '兰', x: 60, confidence: 100, alts: '兰' },
        { ch: '或', x: 100, confidence: 87, alts: '彧國' },
      ],
    }));
    expect(values.legal_rep).toMatchObject({
      text: '钱兰或',
      alts: ['', '兰', '彧國'],
      sure: [99, 99, 87],
    });
    expect(licenceFields({ legal_rep: values.legal_rep }).legal_rep).toMatchObject({
      value: '钱兰或',
      flag: 'low',
      options: ['钱兰彧', '钱兰國'],
    });
  });

  it('marks a name read otherwise alone, and keeps one read the same, surely', async () => {
    const values = { legal_rep: sure('马兰') };
    await confirmPerson(page, values, 'legal_rep', async () =>
      view(['马', 100], ['兰', 99], ['考', 96]),
    );
    expect(values.legal_rep).toMatchObject({ text: '马兰', confidence: 60 });
    const kept = { legal_rep: sure('何雨宏') };
    await confirmPerson(page, kept, 'legal_rep', async () =>
      view(['何', 100], ['雨', 99], ['宏', 100]),
    );
    expect(kept.legal_rep.confidence).toBe(99);
  });
});

describe('readView', () => {
  it("drops what the crop's margin holds of the label before the value", async () => {
    // Recorded on the tuning half: 人 of 法定代表人 at the left of every view of 艾力·依明.
    const page: Gray = { width: 400, height: 100, data: new Uint8Array(400 * 100).fill(255) };
    const box = { x0: 100, x1: 220, y0: 30, y1: 60 };
    const read = async (img: Gray): Promise<LineResult> => {
      const k = img.width / (120 + 18); // the view's pixels per page pixel (margin 9 each side)
      const at = (pageX: number) => (pageX - 91) * k;
      const chars = [
        { ch: '人', x: at(92), confidence: 82 },
        ...[...'艾力·依明'].map((ch, i) => ({ ch, x: at(115 + 22 * i), confidence: 95 })),
      ];
      return { text: chars.map((c) => c.ch).join(''), confidence: 90, chars };
    };
    for (const sx of [1, ...VIEWS]) {
      expect((await readView(page, box, sx, read)).text).toBe('艾力·依明');
    }
  });

  it('counts a four-character name without a dot as one to read again', () => {
    expect(lostDot('艾力依明')).toBe(true);
    expect(lostDot('艾力·依明')).toBe(false);
    expect(lostDot('张伟')).toBe(false);
  });
});
