/** The words of 双随机、一公开 (supervision plans and their published results), zh-CN first. */
import { dict } from '../../app/i18n';

export const S = dict({
  title: { zh: '双随机抽查', en: 'Random inspections' },
  intro: {
    zh: '随机抽取检查对象、随机选派核查人员，抽查结果向社会公开。每次抽取都保存随机种子、抽取范围和规则，任何人可重新运行并核对结果。',
    en: 'Retailers and inspectors are both drawn at random, and the results are published. Each draw keeps its seed, population and rules, so anyone can re-run it and compare.',
  },
  newPlan: { zh: '新建抽查计划', en: 'New plan' },
  empty: { zh: '暂无抽查计划。', en: 'No plans yet.' },
  publicLink: { zh: '查看公开结果', en: 'Published results' },
  area: { zh: '抽查区域', en: 'Area' },
  period: { zh: '抽查期间', en: 'Period' },
  periodFrom: { zh: '开始日期', en: 'From' },
  periodTo: { zh: '结束日期', en: 'To' },
  drawn: { zh: '抽取户数', en: 'Drawn' },
  progress: { zh: '完成进度', en: 'Progress' },
  progressText: {
    zh: '已完成 {done}/{total}（合格 {passed}，责令整改 {failed}）',
    en: '{done} of {total} done ({passed} compliant, {failed} to correct)',
  },
  createdBy: { zh: '创建', en: 'Created' },
  name: { zh: '计划名称（可不填）', en: 'Plan name (optional)' },
  sizeBy: { zh: '抽查数量', en: 'How many' },
  byShare: { zh: '按比例', en: 'By share' },
  byCount: { zh: '按户数', en: 'By number' },
  share: { zh: '抽查比例（%）', en: 'Share (%)' },
  count: { zh: '抽查户数', en: 'Number of retailers' },
  weighted: {
    zh: '按风险加权（守法分类、饱和网格）',
    en: 'Weight by risk (compliance class, red grids)',
  },
  weightedHint: {
    zh: '加权后，W 类、C 类零售户及位于红色网格的零售户被抽中的机会更大；不加权则为简单随机抽样。',
    en: 'Weighted, W and C class retailers and those in red grids are more likely to be drawn; unweighted, every retailer has the same chance.',
  },
  preview: { zh: '抽查范围', en: 'Population' },
  previewText: {
    zh: '持证零售户 {n} 户（A 类 {a}，B 类 {b}，C 类 {c}，W 类 {w}；红色网格 {red} 户），可派核查人员 {inspectors} 名。',
    en: '{n} licensed retailers (A {a}, B {b}, C {c}, W {w}; {red} in red grids); {inspectors} inspectors.',
  },
  willDraw: { zh: '将抽取约 {n} 户。', en: 'About {n} will be drawn.' },
  create: { zh: '随机抽取并生成任务', en: 'Draw and create tasks' },
  creating: { zh: '正在抽取…', en: 'Drawing…' },
  created: { zh: '已完成抽取，核查任务已派发。', en: 'Drawn: the inspection tasks are assigned.' },
  city: { zh: '全市', en: 'Whole city' },
  seed: { zh: '随机种子', en: 'Seed' },
  population: { zh: '抽取范围', en: 'Population' },
  populationHash: { zh: '范围快照指纹（SHA-256）', en: 'Population snapshot (SHA-256)' },
  drawHash: { zh: '抽取结果指纹（SHA-256）', en: 'Draw result (SHA-256)' },
  rules: { zh: '抽取规则', en: 'Rules' },
  rulesText: {
    zh: '加权抽样（Efraimidis–Spirakis，xoroshiro128+）；权重：A {a}、B {b}、C {c}、W {w}，红色网格 ×{red}。核查人员从本区县随机两两配对，排除回避关系和上次同组。',
    en: 'Weighted sampling (Efraimidis–Spirakis, xoroshiro128+); weights A {a}, B {b}, C {c}, W {w}, red grid ×{red}. Inspectors paired at random within the county, excluding conflicts and last time’s pair.',
  },
  unweightedText: {
    zh: '简单随机抽样（xoroshiro128+）。核查人员从本区县随机两两配对，排除回避关系和上次同组。',
    en: 'Simple random sample (xoroshiro128+). Inspectors paired at random within the county, excluding conflicts and last time’s pair.',
  },
  verify: { zh: '重新运行抽取并核对', en: 'Re-run the draw and compare' },
  verifying: { zh: '正在核对…', en: 'Checking…' },
  reproduces: {
    zh: '核对一致：用保存的随机种子和范围重新抽取，结果与原名单完全相同。',
    en: 'Reproduced: re-running with the stored seed and population gives exactly the same list.',
  },
  differs: {
    zh: '核对不一致：重新抽取的结果与保存的名单有 {n} 处不同。',
    en: 'Not reproduced: the re-run differs from the stored list in {n} places.',
  },
  list: { zh: '抽取名单', en: 'Drawn list' },
  rank: { zh: '序号', en: '#' },
  licence: { zh: '许可证号', en: 'Licence' },
  shop: { zh: '店名', en: 'Shop' },
  weight: { zh: '权重', en: 'Weight' },
  officers: { zh: '核查人员', en: 'Inspectors' },
  task: { zh: '任务', en: 'Task' },
  skipped: { zh: '依规跳过', en: 'Skipped by the rules' },
  back: { zh: '返回抽查计划', en: 'Back to plans' },
  pass: { zh: '合格', en: 'Compliant' },
  fail: { zh: '责令整改', en: 'To correct' },
  notFound: { zh: '没有找到这个抽查计划。', en: 'No such plan.' },
});

/** The public results page's words (no sign-in). */
export const P = dict({
  title: { zh: '双随机抽查结果公开', en: 'Random inspection results' },
  intro: {
    zh: '潍坊市烟草专卖局按“双随机、一公开”要求，公开烟草制品零售户的抽查结果。',
    en: 'Results of random inspections of tobacco retailers, published by the Weifang tobacco monopoly bureau.',
  },
  plans: { zh: '抽查计划', en: 'Plans' },
  planLine: {
    zh: '{area}：{from} 至 {to}，抽取 {drawn} 户，已完成 {finished} 户',
    en: '{area}: {from} to {to}, {drawn} drawn, {finished} done',
  },
  results: { zh: '抽查结果', en: 'Results' },
  checkedOn: { zh: '检查日期', en: 'Checked on' },
  result: { zh: '检查结果', en: 'Result' },
  county: { zh: '区县', en: 'County' },
  none: { zh: '暂无已公开的抽查结果。', en: 'No results published yet.' },
  tooMany: { zh: '查询过于频繁，请 {n} 秒后再试。', en: 'Too many requests: try again in {n} s.' },
  failed: {
    zh: '暂时无法获取结果，请稍后再试。',
    en: 'The results could not be loaded. Try again later.',
  },
  retry: { zh: '重新加载', en: 'Reload' },
  more: { zh: '更多结果', en: 'More results' },
});
