import { describe, expect, it } from 'vitest';
import {
  foldChar,
  foldSearchText,
  indexBigrams,
  keyPrefixRange,
  parseSearchQuery,
  searchQueryProblem,
} from './search';

describe('folding for the search index', () => {
  it('folds full-width forms, compatibility ideographs and ASCII case; keeps the rest', () => {
    expect(foldSearchText('ＸＫ２０２６ Abc')).toBe('xk2026 abc');
    expect(foldChar('\u3000')).toBe(' ');
    expect(foldChar('\uF900')).toBe('豈'); // CJK compatibility ideograph → unified
    expect(foldChar('㈱')).toBe('㈱'); // NFKC gives three characters: kept
    expect(foldSearchText('建国便利店')).toBe('建国便利店');
  });
});

describe('a query as index lookups', () => {
  it('covers a word with bigrams at their distances', () => {
    expect(parseSearchQuery('建国')[0]?.bigrams).toEqual([[0, '建国']]);
    expect(parseSearchQuery('建国烟酒店')[0]?.bigrams).toEqual([
      [0, '建国'],
      [2, '烟酒'],
      [3, '酒店'],
    ]);
    expect(parseSearchQuery('建国烟酒')[0]?.bigrams).toEqual([
      [0, '建国'],
      [2, '烟酒'],
    ]);
  });

  it('every character of a word is inside one of its bigrams, whatever its length', () => {
    for (let n = 2; n <= 30; n++) {
      const word = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒'.slice(0, n);
      const covered = new Set<number>();
      for (const [k] of parseSearchQuery(word)[0]?.bigrams ?? []) covered.add(k).add(k + 1);
      expect(covered.size, word).toBe(n);
      expect(Math.max(...covered)).toBe(n - 1);
    }
  });

  it('reads references, numbers and phones as keys, names as text only', () => {
    expect(parseSearchQuery('XK2026-1120')[0]?.key).toBe('xk20261120');
    expect(parseSearchQuery('139 0000')).toMatchObject([{ key: '139' }, { key: '0000' }]);
    expect(parseSearchQuery('王建国')[0]?.key).toBeNull();
  });

  it('refuses one-character words and too many words', () => {
    expect(searchQueryProblem('王')).toBe('short');
    expect(searchQueryProblem('王建国 店')).toBe('short');
    expect(searchQueryProblem('   ')).toBe('empty');
    expect(searchQueryProblem('一二 三四 五六 七八 九十')).toBe('many');
    expect(searchQueryProblem('王建国 烟酒')).toBeNull();
  });

  it('indexes what the triggers index: 1-based positions in the folded text', () => {
    expect(indexBigrams('Ａ便利')).toEqual([
      [1, 'a便'],
      [2, '便利'],
    ]);
  });
});

describe('keyPrefixRange', () => {
  it('holds exactly the keys that start with the prefix, as GLOB prefix* does', () => {
    const keys = ['1370', '137', '1379', '1379z', '137:', '138', '13', 'xk9', 'xkz', 'xl', 'xk'];
    for (const prefix of ['137', '1379', 'xk', 'xkz', '9']) {
      const [from, to] = keyPrefixRange(prefix);
      const inRange = keys.filter((k) => k >= from && k < to);
      expect(inRange).toEqual(keys.filter((k) => k.startsWith(prefix)));
    }
    expect(keyPrefixRange('13a9')).toEqual(['13a9', '13a:']);
    expect(keyPrefixRange('wz')).toEqual(['wz', 'w{']);
  });
});
