/**
 * The first edition (v1) of every kind in the remote checklist catalogue, as the bureau uses it
 * today. Migration 0017 writes exactly these rows; later editions are the admin's.
 */
import type { CatalogueItem, InspectionKind } from './checklist-catalogue';

const ITEM = {
  identity: {
    id: 'operator_identity',
    title: { zh: '经营者身份', en: 'Operator identity' },
    basis: '《烟草专卖许可证管理办法》第十二条',
    look: {
      zh: '请经营者本人面对镜头，出示身份证原件。',
      en: 'The operator faces the camera and shows the original ID card.',
    },
    standard: {
      zh: '出镜人员与申请人（经营者）一致，身份证在有效期内。',
      en: 'The person on camera is the applicant (operator); the ID card is valid.',
    },
    still: true,
  },
  premises: {
    id: 'fixed_premises',
    title: { zh: '固定经营场所', en: 'Fixed premises' },
    basis: '《烟草专卖法实施条例》第十四条',
    look: {
      zh: '请从门外拍摄店面全貌，再进入店内环拍一周，并拍摄与住宅的分隔。',
      en: 'Film the shopfront from outside, then pan around inside, including the separation from the home.',
    },
    standard: {
      zh: '有固定经营场所，与住宅分开，不在流动摊点、临时建筑内经营。',
      en: 'Fixed premises, separate from the home; not a stall or a temporary building.',
    },
    still: true,
  },
  address: {
    id: 'address_match',
    title: { zh: '经营地址与店招', en: 'Address and shop sign' },
    basis: '《烟草专卖许可证管理办法》第十三条',
    look: {
      zh: '请拍摄门牌号码和店招。',
      en: 'Show the door number and the shop sign.',
    },
    standard: {
      zh: '门牌、店招与申请材料所填地址、店名一致。',
      en: 'The door number and shop sign match the address and name applied for.',
    },
    still: true,
  },
  businessLicence: {
    id: 'business_licence',
    title: { zh: '营业执照', en: 'Business licence' },
    basis: '《烟草专卖许可证管理办法》第十三条',
    look: {
      zh: '请将营业执照原件贴近镜头，保持稳定至文字清晰。',
      en: 'Hold the original business licence close to the camera until the text is sharp.',
    },
    standard: {
      zh: '营业执照原件在店，名称、经营者、统一社会信用代码与申请一致，在有效期内。',
      en: 'The original is in the shop; name, operator and credit code match the application; valid.',
    },
    still: true,
  },
  schools: {
    id: 'school_distance',
    title: { zh: '周边学校', en: 'Schools nearby' },
    basis: '《未成年人保护法》第五十九条；本市零售点合理布局规定',
    look: {
      zh: '请走到店门口，向街道两侧缓慢环拍，说明最近的学校、幼儿园方位。',
      en: 'At the door, pan slowly along the street both ways and name the nearest school or kindergarten.',
    },
    standard: {
      zh: '不在中小学校、幼儿园周边禁设范围内，现场情况与布局审查一致。',
      en: 'Not within the no-sale zone around a school or kindergarten; as the layout check found.',
    },
    still: false,
  },
  minors: {
    id: 'minors_sign',
    title: { zh: '不向未成年人售烟标识', en: 'No sale to minors sign' },
    basis: '《未成年人保护法》第五十九条',
    look: {
      zh: '请拍摄收银台及卷烟柜台附近的标识。',
      en: 'Show the sign at the till and by the cigarette counter.',
    },
    standard: {
      zh: '在显著位置设置不向未成年人出售烟草制品的标识。',
      en: 'A sign that tobacco is not sold to minors, in plain view.',
    },
    still: true,
  },
  shelf: {
    id: 'no_illicit',
    title: { zh: '无来源不明卷烟', en: 'No cigarettes of unknown origin' },
    basis: '《烟草专卖法》第三十二条；《烟草专卖法实施条例》第二十三条',
    look: {
      zh: '请逐层拍摄卷烟货架，并打开柜台下方及库存区域。',
      en: 'Film the cigarette shelves one by one, then open the cupboards under the counter and the stock room.',
    },
    standard: {
      zh: '货架及库存无假冒、走私或非正常渠道购进的卷烟。',
      en: 'No counterfeit, smuggled or irregularly sourced cigarettes on the shelf or in stock.',
    },
    still: true,
  },
  supply: {
    id: 'supply_records',
    title: { zh: '进货渠道', en: 'Supply records' },
    basis: '《烟草专卖法实施条例》第二十三条',
    look: {
      zh: '请出示近期从当地烟草公司订货的记录（订货软件或结算单据）。',
      en: 'Show recent orders from the local tobacco company (ordering app or receipts).',
    },
    standard: {
      zh: '卷烟从当地烟草专卖批发企业进货，记录与库存相符。',
      en: 'Cigarettes are bought from the local tobacco wholesaler; records match the stock.',
    },
    still: false,
  },
  displayed: {
    id: 'licence_displayed',
    title: { zh: '许可证悬挂', en: 'Licence displayed' },
    basis: '《烟草专卖许可证管理办法》第四十条',
    look: {
      zh: '请拍摄悬挂的烟草专卖零售许可证正本。',
      en: 'Show the original retail licence where it hangs.',
    },
    standard: {
      zh: '许可证正本悬挂在经营场所醒目位置，证载信息与现场一致。',
      en: 'The original licence hangs in plain view and matches the shop.',
    },
    still: true,
  },
  noTransfer: {
    id: 'no_transfer',
    title: { zh: '未出租出借许可证', en: 'Licence not lent or rented' },
    basis: '《烟草专卖许可证管理办法》第四十一条',
    look: {
      zh: '询问实际经营者，核对与持证人是否一致。',
      en: 'Ask who runs the shop and compare with the licence holder.',
    },
    standard: {
      zh: '实际经营者为持证人，无买卖、出租、出借、转让许可证情形。',
      en: 'The holder runs the shop; the licence is not sold, rented, lent or transferred.',
    },
    still: false,
  },
  changed: {
    id: 'change_matches',
    title: { zh: '变更事项', en: 'The change' },
    basis: '《烟草专卖许可证管理办法》第二十六条',
    look: {
      zh: '请出示载明变更后信息的营业执照，并拍摄更新后的店招。',
      en: 'Show the business licence with the new details and the updated shop sign.',
    },
    standard: {
      zh: '变更后的企业名称、负责人或地址名称与申请一致，经营场所未实际迁移。',
      en: 'The new name, representative or address name matches the application; the shop has not moved.',
    },
    still: true,
  },
  reopened: {
    id: 'ready_to_resume',
    title: { zh: '具备恢复营业条件', en: 'Ready to reopen' },
    basis: '《烟草专卖许可证管理办法》第三十二条',
    look: {
      zh: '请拍摄店内现状：货架、收银台、照明与营业准备情况。',
      en: 'Show the shop as it is now: shelves, till, lights and readiness to trade.',
    },
    standard: {
      zh: '停业期间经营场所未变化，具备正常营业条件。',
      en: 'The premises are unchanged since the suspension and ready to trade.',
    },
    still: true,
  },
  prices: {
    id: 'price_labels',
    title: { zh: '明码标价', en: 'Prices labelled' },
    basis: '《价格法》第十三条',
    look: {
      zh: '请拍摄卷烟价签。',
      en: 'Show the price labels of the cigarettes.',
    },
    standard: {
      zh: '卷烟明码标价，无高于规定零售价销售。',
      en: 'Prices are labelled and not above the set retail prices.',
    },
    still: false,
  },
} as const satisfies Record<string, CatalogueItem>;

/** The first edition of each kind, in the order the inspector walks it. */
export const SEED_CATALOGUE: Record<InspectionKind, readonly CatalogueItem[]> = {
  new: [
    ITEM.identity,
    ITEM.premises,
    ITEM.address,
    ITEM.businessLicence,
    ITEM.schools,
    ITEM.minors,
    ITEM.shelf,
  ],
  renewal: [
    ITEM.identity,
    ITEM.address,
    ITEM.displayed,
    ITEM.businessLicence,
    ITEM.minors,
    ITEM.shelf,
    ITEM.supply,
  ],
  change: [ITEM.identity, ITEM.changed, ITEM.address, ITEM.displayed, ITEM.minors],
  resume: [ITEM.identity, ITEM.reopened, ITEM.premises, ITEM.displayed, ITEM.shelf],
  supervision: [ITEM.displayed, ITEM.noTransfer, ITEM.minors, ITEM.shelf, ITEM.supply, ITEM.prices],
};

/** The note of every first edition. */
export const SEED_NOTE = '初始版本（依据现行法规整理）';
