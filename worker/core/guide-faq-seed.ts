/** 常见问题 as shipped (version 1 of the 新办 guide's FAQ): short answers from PRODUCT.md §2. */
import type { GuideText as Text } from './guide';

export const GUIDE_FAQ_SEED: { q: Text; a: Text }[] = [
  {
    q: { zh: '办理烟草专卖零售许可证收费吗？', en: 'Does a licence cost anything?' },
    a: { zh: '不收费。所有许可事项均免费办理。', en: 'No. Every licence service is free.' },
  },
  {
    q: { zh: '多长时间能办好？', en: 'How long does it take?' },
    a: {
      zh: '材料齐全受理后 20 个工作日内作出决定（情况复杂的可延长 10 个工作日）；准予许可的，10 个工作日内送达许可证。',
      en: 'A decision within 20 working days of acceptance (once extendable by 10); the licence is delivered within 10 working days of approval.',
    },
  },
  {
    q: { zh: '“工作日”怎么计算？', en: 'How are working days counted?' },
    a: {
      zh: '按国务院公布的节假日安排计算：周末和法定节假日不计入，调休上班日计入。页面会显示具体截止日期。',
      en: 'By the State Council holiday schedule: weekends and public holidays do not count, make-up working days do. The app shows the resulting date.',
    },
  },
  {
    q: { zh: '材料不全怎么办？', en: 'What if materials are missing?' },
    a: {
      zh: '工作人员会在 5 个工作日内一次性告知需要补正的全部内容，您按要求补正后继续办理。',
      en: 'Staff list everything missing at once within 5 working days; you add it and the case continues.',
    },
  },
  {
    q: { zh: '可以委托别人代办吗？', en: 'Can someone apply for me?' },
    a: {
      zh: '可以。代办时需提供授权委托书和代理人的居民身份证。',
      en: "Yes, with a letter of authorisation and the agent's ID card.",
    },
  },
  {
    q: { zh: '所在区域零售点已饱和怎么办？', en: 'What if my area is already full?' },
    a: {
      zh: '市场单元已饱和的，申请按受理先后顺序轮候，有名额时依次办理。',
      en: 'Applications wait in a queue in order of acceptance and proceed when a place frees up.',
    },
  },
  {
    q: { zh: '店铺搬迁需要办理什么？', en: 'I am moving my shop. What do I apply for?' },
    a: {
      zh: '实际经营地址迁移不属于变更，需要在新地址申请新办，原许可证办理歇业注销。',
      en: 'A real move is not a change: apply for a new licence at the new address and close the old one.',
    },
  },
  {
    q: { zh: '对不予许可的决定有异议怎么办？', en: 'What if I disagree with a refusal?' },
    a: {
      zh: '不予许可决定书会写明理由。您可以依法申请行政复议或者提起行政诉讼。',
      en: 'The refusal states its reasons. You may apply for administrative review (复议) or sue (诉讼).',
    },
  },
];
