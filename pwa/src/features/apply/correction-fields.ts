/**
 * Words staff use in a correction request (补正告知), by the form field they concern: the
 * applicant's form marks those fields. The staff side offers the same words as quick picks.
 */
export const FIELD_KEYWORDS: Record<string, string[]> = {
  'attachments.idCardFront': ['身份证照片', '身份证人像面', 'ID card photo'],
  'attachments.businessLicence': ['营业执照', 'business licence'],
  'attachments.premisesProof': ['场所使用证明', '租赁合同', '房产证', 'proof of premises'],
  'attachments.agentAuthorisation': ['委托书', 'authorisation'],
  operatorName: ['经营者姓名', 'operator name'],
  idNumber: ['身份证号码', 'ID number'],
  shopName: ['店铺名称', 'shop name'],
  creditCode: ['信用代码', 'credit code'],
  address: ['地址', 'address'],
  lat: ['位置', '经纬度', 'location'],
  lng: ['位置', '经纬度', 'location'],
};

/** The fields a correction request talks about, found by the words staff use for them. */
export function flaggedFields(items: string[]): Set<string> {
  const out = new Set<string>();
  for (const item of items) {
    for (const [field, words] of Object.entries(FIELD_KEYWORDS)) {
      if (words.some((w) => item.includes(w))) out.add(field);
    }
  }
  return out;
}
