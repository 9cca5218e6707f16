import { describe, expect, it } from 'vitest';
import { agreedReading, DOT_MIN_CONFIDENCE, gapAt } from './view-reread';
import { view } from './view-reread.fixture';

describe('agreedReading: allowed', () => {
  it('replaces an unsure character both views read surely the same (刘焱宏 → 刘燚宏)', () => {
    // Recorded on the tuning half: 焱 at 33 in the page read, 燚 at 70 / 69 in the views.
    const first = { text: '刘焱宏', sure: [100, 33, 100] };
    const views = [
      view(['刘', 100], ['燚', 70], ['宏', 100]),
      view(['刘', 100], ['燚', 69], ['宏', 100]),
    ];
    expect(agreedReading(first, views)).toBe('刘燚宏');
  });

  it('adds one character where the page read left ink unread', () => {
    const first = { text: '何涵', sure: [97, 90], doubt: true };
    const views = [
      view(['何', 97], ['鹏', 80], ['涵', 85]),
      view(['何', 96], ['鹏', 77], ['涵', 88]),
    ];
    expect(agreedReading(first, views)).toBe('何鹏涵');
  });

  it('adds one character in the gap the page read left between two characters', () => {
    // Recorded on a held-out licence: 江 of 华福街道江东村 dropped, 道 and 东 two steps apart.
    const xs = [1062, 1086, 1104, 1128, 1175, 1199];
    const gap = gapAt([...'华福街道东村'], xs);
    expect(gap).toBe(4);
    const first = { text: '华福街道东村', sure: [99, 99, 99, 99, 99, 99], gap };
    const views = [0, 1].map(() =>
      view(['华', 99], ['福', 99], ['街', 99], ['道', 99], ['江', 90], ['东', 99], ['村', 99]),
    );
    expect(agreedReading(first, views)).toBe('华福街道江东村');
    // Elsewhere than the gap, or without one, nothing is added.
    expect(agreedReading({ ...first, gap: 2 }, views)).toBeNull();
    expect(agreedReading({ text: first.text, sure: first.sure }, views)).toBeNull();
  });

  it('settles a character the views differ at by what the page read surely had there', () => {
    // Recorded on a held-out licence: 司 lost by the page read, 秦 read 泰 by one view.
    const first = {
      text: '秦皇岛有限公海港区',
      sure: [99, 99, 99, 99, 99, 99, 99, 99, 99],
      doubt: true,
    };
    const a = view(
      ['秦', 74],
      ['皇', 100],
      ['岛', 99],
      ['有', 100],
      ['限', 100],
      ['公', 95],
      ['司', 98],
      ['海', 100],
      ['港', 100],
      ['区', 100],
    );
    const b = view(
      ['泰', 70],
      ['皇', 100],
      ['岛', 99],
      ['有', 100],
      ['限', 100],
      ['公', 98],
      ['司', 100],
      ['海', 100],
      ['港', 100],
      ['区', 100],
    );
    expect(agreedReading(first, [a, b])).toBe('秦皇岛有限公司海港区');
    expect(agreedReading(first, [b, a])).toBe('秦皇岛有限公司海港区');
  });
});

describe('agreedReading: a lost middle dot', () => {
  const chars = (t: string, dot = '·') =>
    [...t].map((ch) => [ch === '·' ? dot : ch, 90] as [string, number]);

  it('puts back the dot both views read in the same place (吐尔逊别克 → 吐尔逊·别克)', () => {
    // Recorded on a tuning-side photo: the page read dropped the dot; both views read it.
    const first = { text: '吐尔逊别克', sure: [98, 100, 100, 89, 100], lostDot: true };
    const views = [view(...chars('吐尔逊·别克')), view(...chars('吐尔逊·别克', '•'))];
    expect(agreedReading(first, views)).toBe('吐尔逊·别克');
  });

  it('takes a dash read where the dot is, less sure than other characters (吐尔逊·托合提)', () => {
    // Recorded on a tuning-side licence: both views read a dash at 41% and 42% in the gap.
    const first = { text: '吐尔逊托合提', sure: [98, 99, 86, 100, 99, 100], lostDot: true };
    const dash = (c: number) => (t: string) =>
      [...t].map((ch) => (ch === '·' ? ['-', c] : [ch, 88]) as [string, number]);
    const views = (a: number, b: number) => [
      view(...dash(a)('吐尔逊·托合提')),
      view(...dash(b)('吐尔逊·托合提')),
    ];
    expect(agreedReading(first, views(41, 42))).toBe('吐尔逊·托合提');
    // A speck the model barely saw in one view is not a dot.
    expect(agreedReading(first, views(41, DOT_MIN_CONFIDENCE - 5))).toBeNull();
    // Another character is held to the usual floor.
    const unsureRest = [
      view(...dash(41)('吐尔逊·托合提')),
      view(...[...'吐尔逊-托合提'].map((ch, i) => [ch, i === 5 ? 40 : 88] as [string, number])),
    ];
    expect(agreedReading(first, unsureRest)).toBeNull();
  });

  it('reads a dash as a dot only in a name (an address keeps its 3-2号)', () => {
    const first = { text: '解放路3一2号', sure: [90, 90, 90, 90, 30, 90, 90] };
    const v = view(...[...'解放路3-2号'].map((ch) => [ch, 90] as [string, number]));
    expect(agreedReading(first, [v, v])).toBe('解放路3-2号');
  });

  it('takes no dot at an end, with another character changed, or in two places', () => {
    const first = { text: '努尔兰托合理', sure: [90, 90, 90, 90, 90, 90], lostDot: true };
    const agree = (t: string) => agreedReading(first, [view(...chars(t)), view(...chars(t))]);
    expect(agree('努尔兰·托合提')).toBeNull();
    expect(agree('努·尔兰托合理')).toBeNull();
    expect(agree('努尔兰托合·理')).toBeNull();
    expect(agree('努尔兰·托合理')).toBe('努尔兰·托合理');
    const v = [view(...chars('吐尔逊·别克')), view(...chars('吐尔·逊别克'))];
    expect(agreedReading({ ...first, text: '吐尔逊别克' }, v)).toBeNull();
  });
});

describe('gapAt', () => {
  it('finds the one place two Chinese characters stand a character apart', () => {
    expect(gapAt([...'道东村'], [0, 48, 72])).toBe(1);
    expect(gapAt([...'华福街道'], [0, 24, 48, 72])).toBeUndefined();
    // Digits stand closer than characters; a blank before them is no gap.
    expect(gapAt([...'东村130'], [0, 24, 60, 70, 80])).toBeUndefined();
    // Two gaps say the line is spread out, not that a character is lost.
    expect(gapAt([...'个体工商户'], [0, 48, 60, 108, 120])).toBeUndefined();
    // A short name has no steps to go by: its line's height stands for one.
    expect(gapAt([...'张伟'], [0, 60])).toBeUndefined();
    expect(gapAt([...'濮彧'], [0, 50], 24)).toBe(1);
    expect(gapAt([...'濮彧'], [0, 30], 24)).toBeUndefined();
  });
});

describe('agreedReading: forbidden', () => {
  it('never replaces a character the page read was sure of (覃鹏丽 stays, views say 草)', () => {
    // Recorded on a hard photo of the tuning half: the views were surely wrong.
    const first = { text: '覃鹏丽', sure: [54, 100, 100] };
    const views = [
      view(['草', 94], ['鹏', 100], ['丽', 100]),
      view(['草', 93], ['鹏', 100], ['丽', 100]),
    ];
    expect(agreedReading(first, views)).toBeNull();
  });

  it('never drops a character (田然圭 is not shortened to 田然)', () => {
    const first = { text: '田然圭', sure: [100, 100, 25] };
    const views = [view(['田', 100], ['然', 100]), view(['田', 100], ['然', 100])];
    expect(agreedReading(first, views)).toBeNull();
  });

  it('takes nothing when the views disagree or one of them is unsure', () => {
    const first = { text: '郭降兰', sure: [98, 30, 100] };
    const disagree = [
      view(['郭', 98], ['晔', 80], ['兰', 100]),
      view(['郭', 97], ['哗', 81], ['兰', 100]),
    ];
    expect(agreedReading(first, disagree)).toBeNull();
    const unsure = [
      view(['郭', 98], ['晔', 80], ['兰', 100]),
      view(['郭', 97], ['晔', 31], ['兰', 100]),
    ];
    expect(agreedReading(first, unsure)).toBeNull();
    expect(agreedReading(first, disagree.slice(0, 1))).toBeNull();
  });

  it('takes no view where they differ and the page read had neither there, or was unsure', () => {
    const views = [
      view(['秦', 74], ['皇', 100], ['公', 95], ['司', 98], ['海', 100]),
      view(['泰', 70], ['皇', 100], ['公', 98], ['司', 100], ['海', 100]),
    ];
    const first = (text: string, lead: number) => ({ text, sure: [lead, 99, 99, 99], doubt: true });
    expect(agreedReading(first('秦皇公海', 99), views)).toBe('秦皇公司海');
    // The page read had a third character there, or was unsure of its own.
    expect(agreedReading(first('奏皇公海', 99), views)).toBeNull();
    expect(agreedReading(first('秦皇公海', 40), views)).toBeNull();
    // The views differ at two characters.
    const two = [views[0]!, view(['泰', 70], ['皇', 100], ['公', 98], ['同', 100], ['海', 100])];
    expect(agreedReading(first('秦皇公海', 99), two)).toBeNull();
  });

  it('adds no character without unread ink, and never adds or drops a middle dot', () => {
    const views = [
      view(['何', 97], ['鹏', 80], ['涵', 85]),
      view(['何', 96], ['鹏', 77], ['涵', 88]),
    ];
    expect(agreedReading({ text: '何涵', sure: [97, 90] }, views)).toBeNull();
    const dotless = [...'阿里木艾山'].map((ch) => [ch, 90] as [string, number]);
    const first = { text: '阿里木·艾山', sure: [90, 90, 90, 40, 90, 90], doubt: true };
    expect(agreedReading(first, [view(...dotless), view(...dotless)])).toBeNull();
  });

  it('changes nothing when the views read what the page read', () => {
    const first = { text: '东方娟翊', sure: [100, 100, 100, 62] };
    const same = view(['东', 100], ['方', 100], ['娟', 100], ['翊', 99]);
    expect(agreedReading(first, [same, same])).toBeNull();
  });
});
