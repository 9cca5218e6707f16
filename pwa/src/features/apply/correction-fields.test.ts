import { describe, expect, it } from 'vitest';
import { flaggedFields } from './correction-fields';

describe('flaggedFields', () => {
  it('marks the fields a correction item names', () => {
    const f = flaggedFields(['身份证照片不清晰，请重新拍摄', '经营地址填写不详细，请补充门牌号']);
    expect([...f].sort()).toEqual(['address', 'attachments.idCardFront']);
  });
  it('marks nothing for free text it does not recognise', () => {
    expect(flaggedFields(['请到窗口面谈']).size).toBe(0);
  });
});
