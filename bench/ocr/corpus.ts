/**
 * Deterministic synthetic values for the OCR dataset: people (Han names with rare characters,
 * transcribed minority names with ·), addresses anywhere in China (GB/T 2260 names from
 * worker/core/data), dates, valid ID numbers and credit codes (check characters from the core
 * validators' own helpers), and businesses of both licence families.
 */
import { creditCheckChar, CREDIT_CODE_ALPHABET } from '../../worker/core/credit-code';
import divisions from '../../worker/core/data/cn-divisions.json';
import { idCheckDigit } from '../../worker/core/id-number';
import { ETHNICITIES } from '../../worker/core/ocr/ethnicities';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chars = (s: string) => [...s.replace(/\s/g, '')];

const SURNAMES = chars(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '甄牟阙靳濮晏鞠皇甫',
);
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '慕容'];
const GIVEN = chars(
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红梅玉志海燕文斌晓东春生凤淑珍立新德胜宏庆永振宇子涵浩然欣怡思雨俊轩梓萱诺' +
    '喆堃淼犇燚玥珺璟彧昇祎煜晔琨頔垚鑫瑄婕骞珏奕昕翊蕊鹏飞婷睿',
);
/** Transcribed names as printed on ID cards of Uyghur, Kazakh and other citizens. */
const MINORITY_GIVEN = [
  '阿依古丽',
  '古丽米拉',
  '买买提',
  '艾力',
  '努尔兰',
  '热依拉',
  '阿不都',
  '迪丽娜尔',
  '帕提古丽',
  '吐尔逊',
  '阿里木',
  '克里木',
];
const MINORITY_FAMILY = [
  '买买提',
  '吐尔逊',
  '艾山',
  '阿不力孜',
  '别克',
  '托合提',
  '玉素甫',
  '依明',
];
const TIBETAN = ['扎西顿珠', '次仁卓玛', '格桑', '索朗旺姆', '达瓦'];

/** A person's name: Han (sometimes with a compound surname or rare character) or minority. */
export function personName(r: Rand, ethnicity: string): string {
  if (['维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '乌孜别克'].includes(ethnicity)) {
    return `${pick(r, MINORITY_GIVEN)}·${pick(r, MINORITY_FAMILY)}`;
  }
  if (ethnicity === '藏') return pick(r, TIBETAN);
  const surname = r() < 0.06 ? pick(r, COMPOUND) : pick(r, SURNAMES);
  const n = r() < 0.7 ? 2 : 1;
  let s = surname;
  for (let i = 0; i < n; i++) s += pick(r, GIVEN);
  return s;
}

const ETHNIC_LIST = [...ETHNICITIES];
export function ethnicity(r: Rand): string {
  const x = r();
  if (x < 0.6) return '汉';
  if (x < 0.75) return pick(r, ['维吾尔', '哈萨克', '藏']);
  return pick(r, ETHNIC_LIST);
}

export interface Place {
  code: string;
  province: string;
  city: string;
  county: string;
}

const COUNTIES: Place[] = Object.entries(divisions.counties)
  .filter(([code, name]) => /(区|县|市|旗)$/.test(name) && !/^(71|81|82)/.test(code))
  .flatMap(([code, county]) => {
    const province = (divisions.provinces as Record<string, string>)[code.slice(0, 2)];
    const city = (divisions.cities as Record<string, string>)[code.slice(0, 4)];
    return province && city ? [{ code, province, city, county }] : [];
  });

/** A county anywhere in China, or (`near`) one sharing the province of `near`. */
export function place(r: Rand, near?: Place): Place {
  if (near && r() < 0.7) {
    const same = COUNTIES.filter((c) => c.code.startsWith(near.code.slice(0, 2)));
    return pick(r, same);
  }
  return pick(r, COUNTIES);
}

const ROAD_WORDS = chars(
  '东西南北中人民解放建设和平胜利文化新华长江黄河幸福光明团结振兴迎宾青年朝阳红旗',
);
const ROAD_KINDS = ['路', '街', '大道', '大街', '巷'];
const ESTATES = ['花园', '小区', '社区', '家园', '新村', '公寓'];
const TOWN_KINDS = ['镇', '乡', '街道'];

function word(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, ROAD_WORDS);
  return s;
}

/** The place names an address starts with (a municipality is named once). */
export function placePrefix(p: Place, withProvince = true): string {
  const head = p.province === p.city ? p.city : `${withProvince ? p.province : ''}${p.city}`;
  return head + p.county;
}

export function address(r: Rand, p: Place, withProvince = true): string {
  const x = r();
  let tail: string;
  if (x < 0.45) tail = `${word(r, 2)}${pick(r, ROAD_KINDS)}${int(r, 1, 999)}号`;
  else if (x < 0.75) {
    tail = `${word(r, 2)}${pick(r, ROAD_KINDS)}${int(r, 1, 300)}号${word(r, 2)}${pick(r, ESTATES)}${int(r, 1, 30)}号楼${int(r, 1, 6)}单元${int(r, 101, 1802)}室`;
  } else {
    tail = `${word(r, 2)}${pick(r, TOWN_KINDS)}${word(r, 2)}村${int(r, 1, 200)}号`;
  }
  return placePrefix(p, withProvince) + tail;
}

export function date(r: Rand, from: number, to: number): string {
  const y = int(r, from, to);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function idNumber(r: Rand, region: string, birth: string, male: boolean): string {
  const seq = int(r, 0, 99) * 10 + (male ? pick(r, [1, 3, 5, 7, 9]) : pick(r, [0, 2, 4, 6, 8]));
  const first17 = region + birth.replaceAll('-', '') + String(seq).padStart(3, '0');
  return first17 + idCheckDigit(first17);
}

export function creditCode(r: Rand, region: string, individual: boolean): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += pick(r, [...CREDIT_CODE_ALPHABET]);
  const first17 = (individual ? '92' : '91') + region + body;
  return first17 + creditCheckChar(first17);
}

export interface IdTruth {
  name: string;
  sex: string;
  ethnicity: string;
  birth: string;
  address: string;
  id_number: string;
}

export interface LicenceTruth {
  credit_code: string;
  name: string;
  type: string;
  legal_rep: string;
  address: string;
  reg_date: string;
}

export function idTruth(r: Rand): IdTruth {
  const home = place(r);
  // The number's region is where the person was first registered: mostly the same province.
  const born = place(r, home);
  const male = r() < 0.5;
  const birth = date(r, 1950, 2006);
  const eth = ethnicity(r);
  return {
    name: personName(r, eth),
    sex: male ? '男' : '女',
    ethnicity: eth,
    birth,
    address: address(r, home),
    id_number: idNumber(r, born.code, birth, male),
  };
}

/** Which kind of registered business, with the labels its licence prints. */
export type Business = 'individual' | 'company' | 'branch' | 'partnership' | 'sole';

export interface LicenceExtra {
  business: Business;
  /** 组成形式 (individual), 注册资本 / 出资额 (others). */
  capital: string;
  /** 营业期限 / 合伙期限 (not for individuals). */
  term: string;
  scope: string;
}

const SHOPS = ['便利店', '超市', '商店', '烟酒店', '百货店', '日杂店', '食品店', '商行'];
const BRANDS = [
  '惠民',
  '鑫源',
  '福满',
  '家家乐',
  '万家',
  '华联',
  '永兴',
  '好又多',
  '金城',
  '利民',
  '顺发',
  '兴旺',
  '喆诚',
  '淼鑫',
  '犇腾',
];
const TRADES = ['商贸', '贸易', '商业', '食品', '烟酒', '百货', '实业'];
const COMPANY_TYPES = [
  '有限责任公司（自然人独资）',
  '有限责任公司（自然人投资或控股）',
  '有限责任公司（非自然人投资或控股的法人独资）',
  '其他有限责任公司',
  '股份有限公司（非上市、自然人投资或控股）',
];
const SCOPES = [
  '卷烟、雪茄烟零售；预包装食品销售；日用百货销售；酒类经营。',
  '许可项目：烟草制品零售；食品经营（销售预包装食品）。一般项目：日用百货销售；五金产品零售；文具用品零售；办公用品销售；家用电器销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
  '预包装食品兼散装食品、乳制品（不含婴幼儿配方乳粉）零售；卷烟零售；日用品、文化用品、五金交电销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
];
const CAPITALS = ['伍拾万元整', '壹佰万元整', '叁拾万元整', '贰佰万元整', '壹仟万元整'];

export function licenceTruth(r: Rand, business: Business): LicenceTruth & LicenceExtra {
  const p = place(r);
  const brand = pick(r, BRANDS);
  const trade = pick(r, TRADES);
  const cityShort = p.city
    .replace(/(市|地区|盟)$/, '')
    .replace(
      /(藏族|回族|蒙古族|彝族|苗族|土家族|哈尼族|傣族|壮族|白族|朝鲜族|布依族|侗族|傈僳族|景颇族|哈萨克|柯尔克孜|自治州).*/,
      '',
    );
  const rep = personName(r, ethnicity(r));
  const since = date(r, 2000, 2025);
  const common = {
    legal_rep: rep,
    address: address(r, p, r() < 0.8),
    reg_date: since,
    scope: pick(r, SCOPES),
  };
  const code = (individual: boolean) => creditCode(r, p.code, individual);
  switch (business) {
    case 'individual':
      return {
        ...common,
        business,
        credit_code: code(true),
        name:
          r() < 0.5
            ? `${p.city}${p.county}${brand}${pick(r, SHOPS)}`
            : `${p.county}${brand}${pick(r, SHOPS)}`,
        type: '个体工商户',
        capital: pick(r, ['个人经营', '家庭经营']),
        term: '',
      };
    case 'company':
      return {
        ...common,
        business,
        credit_code: code(false),
        name: `${cityShort}${brand}${trade}有限公司`,
        type: pick(r, COMPANY_TYPES),
        capital: `人民币${pick(r, CAPITALS)}`,
        term: `${since.slice(0, 4)}年${since.slice(5, 7)}月${since.slice(8)}日至长期`,
      };
    case 'branch':
      return {
        ...common,
        business,
        credit_code: code(false),
        name: `${cityShort}${brand}${trade}有限公司${p.county}分公司`,
        type: '有限责任公司分公司（自然人投资或控股）',
        capital: '',
        term: '长期',
      };
    case 'partnership':
      return {
        ...common,
        business,
        credit_code: code(false),
        name: `${cityShort}${brand}${trade}中心（有限合伙）`,
        type: '有限合伙企业',
        capital: `人民币${pick(r, CAPITALS)}`,
        term: '长期',
      };
    case 'sole':
      return {
        ...common,
        business,
        credit_code: code(false),
        name: `${cityShort}${brand}${pick(r, SHOPS)}`,
        type: '个人独资企业',
        capital: '',
        term: '',
      };
  }
}
