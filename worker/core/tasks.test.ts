import { describe, expect, it } from 'vitest';
import type { Who } from './access';
import { defaultCalendar } from './calendar';
import { STAFF_ROLES } from './roles';
import {
  TASK_ACTIONS,
  TASK_ACTORS,
  TASK_STATES,
  mayPerformOnTask,
  mayReadTask,
  nextTaskState,
  officersProblem,
  permittedTaskActions,
  taskDeadline,
  windowProblem,
  type TaskScope,
} from './tasks';

const cal = defaultCalendar();
const task: TaskScope = {
  county: '370702',
  state: 'assigned',
  source: 'case',
  officerIds: ['i1', 'i2'],
};
const staff = (
  role: (typeof STAFF_ROLES)[number],
  id: string = role,
  counties = ['370702'],
): Who => ({
  kind: 'staff',
  id,
  role,
  counties,
});

describe('the task clock', () => {
  it('counts working days across 国庆 and its 调休 Saturday', () => {
    // 10-01..07 off, 10-10 (Saturday) worked: 10-08, 10-09, 10-10, 10-12, 10-13.
    expect(taskDeadline('2026-09-30', cal)).toBe('2026-10-13');
  });
  it('counts working days across the Spring Festival', () => {
    expect(taskDeadline('2026-02-12', cal)).toBe('2026-02-26');
  });
});

describe('who may do what with a task (one table)', () => {
  it('follows TASK_ACTORS for every role and action', () => {
    for (const role of STAFF_ROLES) {
      for (const action of TASK_ACTIONS) {
        const actors = TASK_ACTORS[action];
        const asOfficer = mayPerformOnTask(staff(role, 'i1'), action, task);
        const expected =
          role === 'inspector'
            ? actors.includes('officer')
            : role !== 'admin' && actors.includes(role);
        expect(asOfficer, `${role} ${action}`).toBe(expected);
      }
    }
  });
  it('keeps an inspector to their own tasks and staff to their counties', () => {
    expect(mayPerformOnTask(staff('inspector', 'i3'), 'accept', task)).toBe(false);
    expect(mayReadTask(staff('inspector', 'i3'), task)).toBe(false);
    expect(mayReadTask(staff('inspector', 'i2'), task)).toBe(true);
    expect(mayReadTask(staff('clerk', 'c', ['370705']), task)).toBe(false);
    expect(mayPerformOnTask(staff('approver', 'a', ['370705']), 'reassign', task)).toBe(false);
    expect(mayReadTask(staff('admin', 'x', []), task)).toBe(true);
    expect(mayReadTask({ kind: 'applicant', id: 'i1' }, task)).toBe(false);
  });
  it('offers only what the state allows', () => {
    expect(permittedTaskActions(staff('inspector', 'i1'), task)).toEqual([
      'accept',
      'start',
      'set_window',
      'record',
    ]);
    const done = { ...task, state: 'done' as const };
    expect(permittedTaskActions(staff('inspector', 'i1'), done)).toEqual([]);
    expect(permittedTaskActions(staff('approver'), done)).toEqual([]);
    for (const s of TASK_STATES)
      expect(nextTaskState(s, 'cancel') !== null).toBe(s === 'assigned' || s === 'in_progress');
  });
});

describe('the second officer’s confirmation', () => {
  const recorded: TaskScope = { ...task, state: 'recorded', recordedBy: 'i1' };
  it('is for another officer of the task, never the record’s author', () => {
    expect(permittedTaskActions(staff('inspector', 'i2'), recorded)).toEqual([
      'confirm',
      'dispute',
    ]);
    expect(permittedTaskActions(staff('inspector', 'i1'), recorded)).toEqual([]);
    expect(mayPerformOnTask(staff('inspector', 'i1'), 'confirm', recorded)).toBe(false);
    expect(mayPerformOnTask(staff('inspector', 'i3'), 'confirm', recorded)).toBe(false);
    expect(mayPerformOnTask(staff('clerk'), 'confirm', recorded)).toBe(false);
    expect(mayPerformOnTask(staff('approver'), 'dispute', recorded)).toBe(false);
  });
  it('finishes the task on confirmation and reopens it on a dispute', () => {
    expect(nextTaskState('in_progress', 'record')).toBe('recorded');
    expect(nextTaskState('recorded', 'confirm')).toBe('done');
    expect(nextTaskState('recorded', 'dispute')).toBe('in_progress');
    expect(nextTaskState('done', 'confirm')).toBeNull();
    expect(nextTaskState('recorded', 'record')).toBeNull();
    expect(nextTaskState('recorded', 'reassign')).toBeNull();
  });
});

describe('the two-officer rule and appointments', () => {
  it('wants two different officers on site, one for a remote check', () => {
    expect(officersProblem('on_site', ['a'])).toBe('too_few');
    expect(officersProblem('on_site', ['a', 'a'])).toBe('duplicate');
    expect(officersProblem('on_site', ['a', 'b'])).toBeNull();
    expect(officersProblem('remote', ['a'])).toBeNull();
    expect(officersProblem('on_site', ['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('too_many');
  });
  it('wants a window that ends after it starts', () => {
    expect(windowProblem('14:00', '15:00')).toBeNull();
    expect(windowProblem('15:00', '14:00')).toBe('order');
    expect(windowProblem('14:00', '14:00')).toBe('order');
    expect(windowProblem('24:00', '25:00')).toBe('format');
  });
});
