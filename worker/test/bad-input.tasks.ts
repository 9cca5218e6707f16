/**
 * Bad input for inspection tasks: the task list, reassignment (two officers), the appointment, the
 * arrival, the on-site record and its signature, on-site photos, the second officer's confirmation.
 */
import type { BadInputCase as Case } from './bad-input.case';

export const TASK_BAD_CASES: Case[] = [
  // --- inspection tasks -------------------------------------------------------------------------
  {
    name: 'a task list of a state that does not exist',
    who: 'inspector',
    path: '/api/tasks?state=lost',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a task reassigned to one officer (the two-officer rule)',
    who: 'approver',
    path: (w) => `/api/tasks/${w.taskInspection}/reassign`,
    body: { version: 1, officerIds: ['stf_inspector'], reason: '人员调整' },
    code: 'TASK_OFFICERS',
  },
  {
    name: 'a task reassigned to nobody',
    who: 'approver',
    path: (w) => `/api/tasks/${w.taskInspection}/reassign`,
    body: { version: 1, officerIds: [], reason: '人员调整' },
    code: 'VALIDATION_FAILED',
  },
  ...(
    [
      ['15:00', '14:00', 'TASK_WINDOW_INVALID'],
      ['14:00', '14:00', 'TASK_WINDOW_INVALID'],
      ['2pm', '3pm', 'VALIDATION_FAILED'],
    ] as const
  ).map(([from, to, code]): Case => ({
    name: `an appointment ${from}–${to}`,
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/tasks/${w.taskInspection}/window`,
    body: { version: 1, on: '2099-01-01', from, to },
    code,
  })),
  {
    name: 'an appointment on a day already past',
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/tasks/${w.taskInspection}/window`,
    body: { version: 1, on: '2000-01-01', from: '14:00', to: '15:00' },
    code: 'TASK_WINDOW_INVALID',
  },
  {
    name: 'an arrival outside the city',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/start`,
    body: { version: 1, lat: 39.9, lng: 116.4 },
    code: 'LOCATION_OUTSIDE_CITY',
  },
  {
    name: 'an arrival with a latitude but no longitude',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/start`,
    body: { version: 1, lat: 36.7 },
    code: 'VALIDATION_FAILED',
  },
  ...(
    [
      [[], 'VALIDATION_FAILED', 'no answers'],
      [[{ id: 'fixed_premises', result: 'pass' }], 'CHECKLIST_INCOMPLETE', 'one answer of seven'],
      [
        [{ id: 'fixed_premises', result: 'maybe' }],
        'VALIDATION_FAILED',
        'an answer that is not one',
      ],
    ] as const
  ).map(([items, code, what]): Case => ({
    name: `an on-site record with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0001',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items,
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code,
  })),
  {
    name: 'an on-site record of a checklist version that does not exist',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0002',
      version: 1,
      checklistVersion: 'onsite-1999.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code: 'CHECKLIST_INCOMPLETE',
  },
  ...(
    [
      [{ kind: 'refused', reason: '' }, 'a refusal to sign without its reason'],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [],
          png: 'data:image/png;base64,AAAA',
        },
        'a signature without strokes',
      ],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [{ points: [{ x: 1, y: 2 }] }],
          png: 'data:image/png;base64,AAAA',
        },
        'a signature whose points have no time',
      ],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [{ points: [{ x: 1, y: 2, time: 3 }] }],
          png: 'javascript:alert(1)',
        },
        'a signature whose picture is a script',
      ],
      [{ kind: 'maybe' }, 'a signature of no kind'],
    ] as const
  ).map(([signature, what]): Case => ({
    name: `an on-site record with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0003',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature,
    },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'an on-site record for a task not assigned to the caller',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskKuiwen}/record`,
    body: {
      idempotencyKey: 'bad-record-0004',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code: 'NOT_FOUND',
  },
  {
    name: 'an on-site photo that is a text file',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?key=bad-photo-0001&item=fixed_premises`,
    body: new TextEncoder().encode('just some words, no picture here at all. '.repeat(4)),
    headers: { 'content-type': 'image/jpeg' },
    code: 'PHOTO_NOT_IMAGE',
  },
  {
    name: 'an on-site photo declared as HTML',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?key=bad-photo-0002&item=fixed_premises`,
    body: new TextEncoder().encode('<script>alert(1)</script>'),
    headers: { 'content-type': 'text/html' },
    code: 'PHOTO_NOT_IMAGE',
  },
  ...(
    [
      ['key=short&item=fixed_premises', 'a device key too short'],
      ['key=bad-photo-0003', 'no checklist item'],
      ['key=bad-photo-0003&item=fixed_premises&lat=36.7', 'a latitude without longitude'],
      ['key=bad-photo-0003&item=fixed_premises&lat=north&lng=119', 'a latitude that is a word'],
      ['key=bad-photo-0003&item=fixed_premises&takenAt=yesterday', 'a time that is a word'],
    ] as const
  ).map(([q, what]): Case => ({
    name: `an on-site photo with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?${q}`,
    body: new Uint8Array(200).fill(7).fill(0xff, 0, 1).fill(0xd8, 1, 2).fill(0xff, 2, 3),
    headers: { 'content-type': 'image/jpeg' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a confirmation with no record waiting',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'confirm', version: 1 },
    code: 'RECORD_NOT_AWAITING',
  },
  {
    name: 'a confirmation of the record of a task already done',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskDone}/confirm`,
    body: { decision: 'confirm', version: 4 },
    code: 'RECORD_NOT_AWAITING',
  },
  {
    name: 'a dispute without its note',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'dispute', version: 1 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a confirmation that is neither yes nor no',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'perhaps', version: 1 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a task accepted with a stale version',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/accept`,
    body: { version: 5 },
    code: 'CONFLICT',
  },
];
