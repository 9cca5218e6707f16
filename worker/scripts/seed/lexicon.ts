/** Word lists for plausible Weifang demo data. Nothing here names a real shop or person. */

const words = (s: string): readonly string[] => s.split(' ');

/** Common surnames, most frequent first (Shandong adds 于, 隋, 綦, 逄, 臧 to the national list). */
export const SURNAMES = words(
  '王 张 李 刘 陈 杨 赵 孙 于 周 徐 马 高 郭 朱 胡 林 何 董 宋 韩 曹 袁 许 傅 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 田 任 姜 范 方 石 姚 谭 邹 金 郝 孔 崔 康 毛 秦 史 侯 邵 孟 段 常 武 乔 隋 綦 逄 臧 牟 刁 单',
);

export const MALE_GIVEN = words(
  '建国 建华 国强 志强 伟 勇 军 磊 涛 斌 强 刚 平 辉 鹏 明 超 波 海涛 永刚 立新 文杰 俊杰 浩 宇 家伟 振华 德胜 连生 春雷 宝山 金龙 广明 洪涛 庆华 学军 传志 玉林 守信 继东 兆丰 书文 延峰 希军 洪亮 成林 福来 兆明',
);

export const FEMALE_GIVEN = words(
  '秀英 桂英 秀兰 玉兰 桂兰 淑珍 丽 静 敏 艳 娟 霞 芳 燕 红梅 丽娟 晓燕 春梅 海燕 雪梅 婷 慧 丹 玲 凤英 美玲 秀云 淑华 桂芝 晓红 玉霞 新华 月娥 翠萍',
);

export const SHOP_WORDS = words(
  '鸿运 百姓 如意 福满多 佳和 万家 惠民 兴隆 金源 聚福 顺发 永盛 和顺 吉祥 家家乐 好又多 乐家 平安 诚信 安康 新时代 友谊 美佳 润发 鑫源 宏达 众客 一品 喜客来 天天 邻里 同乐 福源 瑞丰 隆昌 恒泰 金鼎 百顺 鸢都 白浪河 富华 双喜 旺福 宜家乐',
);

export const SHOP_KINDS: readonly (readonly [string, number])[] = [
  ['便利店', 30],
  ['烟酒商行', 14],
  ['超市', 16],
  ['副食店', 8],
  ['百货店', 6],
  ['烟酒店', 10],
  ['食杂店', 5],
  ['商店', 6],
  ['便民超市', 8],
  ['日用品店', 3],
  ['批发部', 3],
];

/** Streets per unit (approximate, for addresses only). */
export const STREETS: Record<string, readonly string[]> = {
  '370702': words(
    '胜利西街 东风西街 北宫西街 健康西街 福寿西街 向阳路 和平路 月河路 西环路 仓南街 利民街 潍州路',
  ),
  '370703': words('通亭街 民主街 海龙路 泰祥街 杨家埠路 友爱路 渤海路 北海路'),
  '370704': words('凤山路 坊安街 龙泉街 北海南路 崇文街 长宁街 郑公街 兴国路'),
  '370705': words(
    '东风东街 胜利东街 北宫东街 健康东街 福寿东街 新华路 四平路 鸢飞路 文化路 虞河路 北海路 樱前街 青年路',
  ),
  '370724': words('民主路 山旺路 朐山路 龙泉路 骈邑路 兴隆路 东城路 冶源路'),
  '370725': words('宝石城路 新城街 孤山街 方山路 洪阿路 朱刘街 首阳山路 恒安街'),
  '370781': words('范公亭路 云门山路 海岱路 玲珑山路 驼山路 尧王山路 昭德路 益都路'),
  '370782': words('密州路 和平街 东关大街 人民路 繁荣路 兴华路 龙都街 舜王大道'),
  '370783': words('圣城街 农圣街 建新街 银海路 文圣街 商务街 金光街 渤海路'),
  '370784': words('潍安路 青云山路 健康路 新安路 兴安路 汶水路 商场路 永安路'),
  '370785': words('凤凰大街 人民大街 康成大街 夷安大道 醴泉路 平安街 北海路 立新街'),
  '370786': words('文山路 利民街 奎聚路 北海路 振兴街 围子路 天水路 育才路'),
};

/** Township names per unit, used for satellite towns and rural addresses. */
export const TOWNS: Record<string, readonly string[]> = {
  '370702': words('望留 军埠口 符山 乐埠山'),
  '370703': words('朱里 固堤 高里 开元 双杨'),
  '370704': words('坊城 凤凰 黄旗堡 王家庄 九龙'),
  '370705': words('廿里堡 大虞 梨园 潍州'),
  '370724': words('冶源 五井 寺头 九山 辛寨 柳山'),
  '370725': words('朱刘 五图 乔官 营丘 红河 鄌郚'),
  '370781': words('谭坊 高柳 何官 东夏 邵庄 王府'),
  '370782': words('昌城 相州 皇华 枳沟 桃林 贾悦'),
  '370783': words('侯镇 稻田 古城 田柳 纪台 羊口'),
  '370784': words('景芝 凌河 官庄 石埠子 大盛 金冢子'),
  '370785': words('夏庄 姜庄 柴沟 阚家 井沟 大牟家'),
  '370786': words('饮马 北孟 柳疃 龙池 卜庄 围子'),
};

export const VILLAGES = words(
  '王家庄 李家庄 张家庄 东官庄 西官庄 前店 后店 南庄 北庄 大于河 小于河 刘家营 孙家屯 马家沟 赵家埠 东河 西河 前屯 后屯 高家庄 辛庄 桥头 河北 河南 大王 小王 郭家 徐家 于家 宋家',
);

/** Items listed in a 补正告知; 1–3 are picked, and listed all at once. */
export const CORRECTION_ITEMS = [
  '租赁合同复印件不清晰',
  '营业执照经营范围未包含烟草制品零售',
  '经营场所产权证明缺失',
  '身份证复印件反面缺失',
  '申请表未签字',
  '委托代理人授权委托书缺失',
  '经营场所平面示意图缺失',
  '营业执照字号与申请表店铺名称不一致',
  '租赁合同剩余期限不足一年',
  '村委会出具的场所证明未加盖公章',
] as const;

/** Reasons as an approver types them: the refusal notice adds the full stop and the appeal. */
export const REFUSAL_REASONS = [
  '申请经营场所所在市场单元已饱和（零售点数量已达合理承载量），不予新增零售点，已告知轮候',
  '经营场所距最近的中小学校出入口不足50米，不符合合理布局要求',
  '与最近的烟草制品零售点间距不足规定距离，不符合合理布局要求',
  '经实地核查，经营场所与申请材料不一致，无固定经营场所',
  '申请人因无证经营烟草制品受到行政处罚未满三年',
] as const;

/** The refusal that follows an inspection that did not pass. */
export const FAILED_INSPECTION_REFUSAL = REFUSAL_REASONS[3];
export const FAILED_INSPECTION_NOTE =
  '实地核查：现场无固定经营场所，与申请材料不一致，不符合要求。';

export const INSPECTION_NOTES = [
  '实地核查：经营场所与申请材料一致，符合要求。',
  '实地核查：场所已开业，证照齐全，符合要求。',
  '实地核查：经营场所实际面积与平面图基本一致，符合要求。',
] as const;

/** Why an approver took the one 10-working-day extension (延长审查期限). */
export const EXTENSION_REASONS = [
  '需征求所在街道及社区意见',
  '经营场所涉及合理布局论证，需提交局务会研究',
  '实地核查发现场所正在装修，需待完工后复查',
  '申请人提交的产权证明需向不动产登记部门核实',
] as const;

export const WITHDRAW_REASONS = [
  '不再经营，撤回申请',
  '选址变更，重新申请',
  '材料准备不全，暂时撤回',
  null,
] as const;

/** What the approver wrote when ending a case (终止办理), per ground. */
export const TERMINATION_FACTS = {
  correction_lapsed: [
    '补正告知送达后申请人逾期未提交补正材料，经电话提醒仍未补正。',
    '申请人超过补正期限未补齐场所证明材料。',
  ],
  premises_not_found: [
    '两次上门核查，申报地址无此门店。',
    '申报地址位于拆迁区域，经营场所已不存在。',
  ],
  applicant_request: ['申请人来电表示不再经营，要求终止办理。', '申请人电话告知已另选址经营。'],
  applicant_ceased: ['申请主体已办理注销登记。'],
  authority_order: ['人民法院来函告知该经营场所涉及产权纠纷，要求终止办理相关许可。'],
  other: ['经营场所被依法查封，无法继续办理。'],
} as const;

export const OVERRIDE_REASONS = [
  '临近大型商业综合体，客流量大，经局务会研究适当增加承载量。',
  '片区拆迁改造，常住人口减少，经局务会研究核减承载量。',
  '交通枢纽周边，经局务会研究适当增加承载量。',
  '新建居民小区入住率低，暂按核减后承载量执行。',
] as const;
