/** Staff accounts: one admin, one city approver, 潍城区's full team and a clerk per other unit. */
import type { StaffRole } from '../../core/roles';
import { DEMO } from './demo';
import { hashPassword, passwordSalt, PBKDF2_ITERATIONS } from './pii';

export interface StaffRow {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  scopes: string[];
  passwordHash: string;
  passwordSalt: string;
  passwordIterations: number;
}

const CITY = DEMO.city;

/** username, display name, role, scope. */
const ACCOUNTS: readonly (readonly [string, string, StaffRole, string])[] = [
  ['admin', '刘洋（市局信息中心）', 'admin', CITY],
  ['clerk', '张敏（潍城区窗口）', 'clerk', '370702'],
  ['clerk.kuiwen', '李娜（奎文区窗口）', 'clerk', '370705'],
  ['approver', '王强（市局许可科）', 'approver', CITY],
  ['approver.weicheng', '赵磊（潍城区局）', 'approver', '370702'],
  ['inspector', '陈刚（潍城区稽查）', 'inspector', '370702'],
  ['inspector2', '孙丽（潍城区稽查）', 'inspector', '370702'],
  // Supervision teams (双随机): a third officer in 潍城区 and three in 奎文区.
  ['inspector3', '钱浩（潍城区稽查）', 'inspector', '370702'],
  ['inspector.kuiwen', '王磊（奎文区稽查）', 'inspector', '370705'],
  ['inspector.kuiwen2', '刘芳（奎文区稽查）', 'inspector', '370705'],
  ['inspector.kuiwen3', '徐斌（奎文区稽查）', 'inspector', '370705'],
  ['clerk.hanting', '周婷（寒亭区窗口）', 'clerk', '370703'],
  ['clerk.fangzi', '吴静（坊子区窗口）', 'clerk', '370704'],
  ['clerk.linqu', '郑伟（临朐县窗口）', 'clerk', '370724'],
  ['clerk.changle', '冯超（昌乐县窗口）', 'clerk', '370725'],
  ['clerk.qingzhou', '马丽（青州市窗口）', 'clerk', '370781'],
  ['clerk.zhucheng', '高峰（诸城市窗口）', 'clerk', '370782'],
  ['clerk.shouguang', '林芳（寿光市窗口）', 'clerk', '370783'],
  ['clerk.anqiu', '何军（安丘市窗口）', 'clerk', '370784'],
  ['clerk.gaomi', '罗艳（高密市窗口）', 'clerk', '370785'],
  ['clerk.changyi', '郭涛（昌邑市窗口）', 'clerk', '370786'],
  // 寒亭区's two officers: the third county of the demo's sealed remote inspections.
  ['inspector.hanting', '韩磊（寒亭区稽查）', 'inspector', '370703'],
  ['inspector.hanting2', '曹敏（寒亭区稽查）', 'inspector', '370703'],
];

export const staffId = (username: string): string => `stf_${username.replace(/\./g, '_')}`;

export function makeStaff(seed: number, iterations = PBKDF2_ITERATIONS): StaffRow[] {
  return ACCOUNTS.map(([username, displayName, role, scope]) => {
    const salt = passwordSalt(seed, username);
    return {
      id: staffId(username),
      username,
      displayName,
      role,
      scopes: [scope],
      passwordSalt: salt,
      passwordHash: hashPassword(DEMO.password, salt, iterations),
      passwordIterations: iterations,
    };
  });
}

/**
 * Inspectors added for supervision plans: they take no case checks in the generated history, so
 * the demo's cases (and the journeys that read them) stay as they were before these accounts.
 */
const PLAN_ONLY = new Set([
  'inspector3',
  'inspector.kuiwen',
  'inspector.kuiwen2',
  'inspector.kuiwen3',
]);

/** Who acts for a unit: its clerk, its approver, its case inspectors (only 潍城区 has any). */
export interface UnitTeam {
  clerk: StaffRow;
  approvers: StaffRow[];
  inspectors: StaffRow[];
}

export function teams(staff: StaffRow[], units: string[]): Map<string, UnitTeam> {
  const by = (u: string): StaffRow => {
    const s = staff.find((x) => x.username === u);
    if (!s) throw new Error(`no staff ${u}`);
    return s;
  };
  const cityApprover = by('approver');
  const out = new Map<string, UnitTeam>();
  for (const unit of units) {
    const clerk = staff.find((s) => s.role === 'clerk' && s.scopes.includes(unit)) ?? by('clerk');
    const localApprovers = staff.filter((s) => s.role === 'approver' && s.scopes.includes(unit));
    out.set(unit, {
      clerk,
      approvers: [...localApprovers, ...localApprovers, ...localApprovers, cityApprover],
      inspectors: staff.filter(
        (s) => s.role === 'inspector' && s.scopes.includes(unit) && !PLAN_ONLY.has(s.username),
      ),
    });
  }
  return out;
}
