/**
 * Deterministic synthetic values for the OCR dataset: names, addresses, dates and valid ID
 * numbers / credit codes (check characters from the core validators' own helpers).
 */
import { creditCheckChar, CREDIT_CODE_ALPHABET } from '../../worker/core/credit-code';
import { idCheckDigit } from '../../worker/core/id-number';

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
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅玉兰志强海燕文斌晓东春生凤英淑珍立新德胜丽娟雪梅宏伟国庆永红建华振宇子涵浩然欣怡思雨俊杰宇轩梓萱一诺';
const ETHNIC = ['汉', '汉', '汉', '汉', '汉', '汉', '回', '满', '蒙古', '朝鲜', '壮', '土家'];

const COUNTIES = [
  ['370702', '潍城区'],
  ['370703', '寒亭区'],
  ['370704', '坊子区'],
  ['370705', '奎文区'],
  ['370781', '青州市'],
  ['370782', '诸城市'],
  ['370783', '寿光市'],
  ['370785', '高密市'],
] as const;
const ROADS =
  '东风东街 胜利西街 健康东街 北海路 潍州路 和平路 福寿街 民生街 向阳路 新华路 文化路 鸢飞路 宝通街 玉清街'.split(
    ' ',
  );
const VILLAGES = '大于河村 北王村 西关社区 南苑小区 金宝花园 凤凰社区 前所村 后营村'.split(' ');
const SHOPS = '便利店 超市 商店 烟酒店 百货店 日杂店 食品店'.split(' ');
const SHOP_WORDS = '惠民 鑫源 福满 家家乐 万家 华联 永兴 好又多 金城 利民 顺发 兴旺'.split(' ');

export function personName(r: Rand): string {
  const n = r() < 0.7 ? 2 : 1;
  let s = pick(r, [...SURNAMES]);
  for (let i = 0; i < n; i++) s += pick(r, [...GIVEN]);
  return s;
}

export function address(r: Rand, county: string): string {
  const road = r() < 0.6;
  const tail = road
    ? `${pick(r, ROADS)}${int(r, 1, 999)}号`
    : `${pick(r, VILLAGES)}${int(r, 1, 30)}号楼${int(r, 1, 6)}单元${int(r, 101, 1802)}号`;
  return `山东省潍坊市${county}${tail}`;
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
  const [region, county] = pick(r, COUNTIES);
  const male = r() < 0.5;
  const birth = date(r, 1950, 2005);
  return {
    name: personName(r),
    sex: male ? '男' : '女',
    ethnicity: pick(r, ETHNIC),
    birth,
    address: address(r, county),
    id_number: idNumber(r, region, birth, male),
  };
}

export function licenceTruth(r: Rand): LicenceTruth & { individual: boolean } {
  const [region, county] = pick(r, COUNTIES);
  const individual = r() < 0.6;
  const brand = pick(r, SHOP_WORDS);
  return {
    individual,
    credit_code: creditCode(r, region, individual),
    name: individual ? `潍坊市${county}${brand}${pick(r, SHOPS)}` : `潍坊${brand}商贸有限公司`,
    type: individual ? '个体工商户' : '有限责任公司（自然人独资）',
    legal_rep: personName(r),
    address: address(r, county),
    reg_date: date(r, 2005, 2025),
  };
}
