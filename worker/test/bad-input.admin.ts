/**
 * Bad input for administration: retailer, school and polygon imports, the e-licence (电子许可证),
 * 跨系统查询, staff accounts (人员管理), passwords and the audit log (审计日志).
 */
import { NUL, RLO } from './bad-input.values';
import type { BadInputCase as Case } from './bad-input.case';

export const ADMIN_BAD_CASES: Case[] = [
  // --- imports ------------------------------------------------------------------------------------
  {
    name: 'a retailer import without rows',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'WGS84', rows: [] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a retailer import in an unknown CRS',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'MARS', rows: [{}] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a retailer import of 5,001 rows',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'WGS84', rows: Array.from({ length: 5001 }, () => ({})) },
    code: 'IMPORT_TOO_LARGE',
  },
  ...[
    { issuedOn: '2026-02-30' },
    { name: '<b>店</b>' },
    { name: `店${NUL}` },
    { address: `街${RLO}道` },
    { lat: 0, lng: 0 },
    { number: 'ABC' },
    { status: 'zombie' },
    { issuedOn: '2025-06-01', expiresOn: '2025-01-01' },
  ].map((bad): Case => ({
    name: `a retailer import commit with ${JSON.stringify(bad)}`,
    who: 'admin',
    path: '/api/imports/retailers',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [
        {
          number: '370702202300001',
          name: '导入店',
          address: '潍城区测试街',
          lat: 36.7301,
          lng: 119.0602,
          ...bad,
        },
      ],
    },
    code: 'IMPORT_REJECTED_ROWS',
  })),
  {
    name: 'a school import commit with a nameless row',
    who: 'admin',
    path: '/api/schools/import',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [{ name: '', kind: '小学', county: '370702', lat: 36.73, lng: 119.06 }],
    },
    code: 'IMPORT_REJECTED_ROWS',
  },
  {
    name: 'a school import commit with markup in the name',
    who: 'admin',
    path: '/api/schools/import',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [{ name: '<b>实验</b>小学', kind: '小学', county: '370702', lat: 36.73, lng: 119.06 }],
    },
    code: 'IMPORT_REJECTED_ROWS',
  },
  // --- the e-licence (电子许可证) ----------------------------------------------------------
  {
    name: 'an e-licence of a cancelled licence',
    who: 'applicantA',
    path: (w) => `/api/my/licences/${w.cancelledLicenceA}/e-licence`,
    code: 'LICENCE_NOT_ACTIVE',
  },
  {
    name: 'an e-licence of someone else’s licence',
    who: 'applicantB',
    path: (w) => `/api/my/licences/${w.licenceA}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence of a licence that does not exist',
    who: 'applicantA',
    path: '/api/my/licences/lic_nope/e-licence',
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence with an id of 200 characters',
    who: 'applicantA',
    path: `/api/my/licences/${'a'.repeat(200)}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence with markup for an id',
    who: 'applicantA',
    path: `/api/my/licences/${encodeURIComponent('<script>')}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'a polygon import without units',
    who: 'admin',
    path: '/api/grids/polygons',
    body: { crs: 'WGS84', units: [] },
    code: 'VALIDATION_FAILED',
  },
  // --- 跨系统查询 ----------------------------------------------------------------------------
  ...['', '建', '建国 便', 'x'.repeat(61), '一 二三 四五 六七 八九'].map((q): Case => ({
    name: `a search for ${JSON.stringify(q.slice(0, 12))}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/search?q=${encodeURIComponent(q)}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a search with an unknown parameter',
    who: 'clerk',
    method: 'GET',
    path: '/api/search?q=%E5%BB%BA%E5%9B%BD&kind=licence',
    code: 'VALIDATION_FAILED',
  },
  // --- 人员管理 and 审计日志 -------------------------------------------------------------------
  ...[
    ['a weak first password', { password: 'xuke2026' }, 'PASSWORD_POLICY'],
    ['a taken user name', { username: 'clerk' }, 'USERNAME_TAKEN'],
    ['an unknown role', { role: 'owner' }, 'VALIDATION_FAILED'],
    ['no county', { jurisdictions: [] }, 'VALIDATION_FAILED'],
    ['an unknown county', { jurisdictions: ['999999'] }, 'VALIDATION_FAILED'],
    ['a user name with markup', { username: '<b>x</b>' }, 'VALIDATION_FAILED'],
  ].map(([what, change, code]): Case => ({
    name: `a staff account with ${what as string}`,
    who: 'admin',
    path: '/api/admin/staff',
    body: {
      username: 'new.one',
      displayName: '新同事',
      role: 'clerk',
      jurisdictions: ['370702'],
      password: 'Gr4nite-Harbour!',
      ...(change as object),
    },
    code: code as string,
  })),
  {
    name: 'disabling the last admin',
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/staff/stf_admin',
    body: { version: 0, active: false },
    code: 'LAST_ADMIN',
  },
  {
    name: 'a password change with the wrong current password',
    who: 'clerk',
    path: '/api/auth/staff/password',
    body: { current: 'nope', next: 'Gr4nite-Harbour!' },
    code: 'PASSWORD_WRONG',
  },
  ...['from=2026-02-01&to=2026-01-01', 'event=no_such_event', 'from=yesterday', 'pageSize=500'].map(
    (q): Case => ({
      name: `an audit query ${q}`,
      who: 'admin',
      method: 'GET',
      path: `/api/admin/audit?${q}`,
      code: 'VALIDATION_FAILED',
    }),
  ),
  {
    name: 'an ID-number search by an inspector',
    who: 'inspector',
    method: 'GET',
    path: (w) => `/api/search?q=${w.idNumberA}`,
    code: 'SEARCH_ID_NUMBER_FORBIDDEN',
  },
];
