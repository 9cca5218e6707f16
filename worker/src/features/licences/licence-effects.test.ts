/**
 * Which approvals reprint the licence: 延续, 变更 and 补办 raise its issue version (the older
 * paper's QR code stops verifying); 停业 and 恢复营业 keep the same paper.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BusinessType } from '../../../core/business-types';
import { appNowIso, appToday } from '../../lib/clock';
import { world } from '../../../test/world';
import { planApproval } from './licence-effects';

const today = appToday(env);

async function approve(type: BusinessType, form: Record<string, unknown>): Promise<void> {
  const plan = planApproval({
    d1: env.DB,
    today,
    now: appNowIso(env),
    applicationId: 'app_x',
    applicantId: 'apl_a',
    type,
    form,
    jurisdiction: { code: '370702', h3Res: 8, licencePattern: '{county}{year}{seq:5}' },
    gridId: null,
    acceptedOn: today,
    ref: 'XK1',
    licence: { id: 'lic_a', premisesId: 'pr_a', gridId: 'g', expiresOn: '2029-01-01' },
    layoutOverride: null,
  });
  await env.DB.batch(plan.statements);
}

async function issueVersion(): Promise<number> {
  const r = await env.DB.prepare(`SELECT issue_version FROM licences WHERE id = 'lic_a'`).first<{
    issue_version: number;
  }>();
  return r?.issue_version ?? 0;
}

beforeEach(async () => {
  await world();
});

describe('the issue version of a licence', () => {
  it('starts at 1 and rises with every reprint, not with a suspension or a resumption', async () => {
    expect(await issueVersion()).toBe(1);
    await approve('reissue', { reason: 'lost', statement: '遗失' });
    expect(await issueVersion()).toBe(2);
    await approve('change', { changeKind: 'name', newValue: '建国超市' });
    expect(await issueVersion()).toBe(3);
    await approve('change', { changeKind: 'address_name', newValue: '潍城区胜利西街102号' });
    expect(await issueVersion()).toBe(4);
    await approve('renewal', {});
    expect(await issueVersion()).toBe(5);
    await approve('suspension', { suspendFrom: today, suspendUntil: '2029-01-01' });
    await approve('resume', { resumeOn: today });
    expect(await issueVersion()).toBe(5);
  });
});
