import { describe, it, expect } from 'vitest';
import {
  ACTION_ACTORS,
  ACTION_LABELS,
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  CLOCKED_STATUSES,
  OPEN_STATUSES,
  PENDING_ACCEPTANCE_STATUSES,
  STATUS_LABELS,
  allowedActions,
  isClocked,
  isApplicationAction,
  isApplicationStatus,
  isOpen,
  isTerminal,
  nextStatus,
  type ApplicationAction,
  type ApplicationStatus,
} from './application-state';

function to(from: ApplicationStatus, action: ApplicationAction): ApplicationStatus | null {
  const r = nextStatus(from, action);
  return r.ok ? r.to : null;
}

describe('nextStatus', () => {
  it('follows the happy path to delivery', () => {
    expect(to('draft', 'submit')).toBe('submitted');
    expect(to('submitted', 'accept')).toBe('accepted');
    expect(to('accepted', 'require_inspection')).toBe('inspection');
    expect(to('inspection', 'record_inspection')).toBe('accepted');
    expect(to('accepted', 'approve')).toBe('approved');
    expect(to('approved', 'deliver')).toBe('delivered');
  });

  it('handles the correction loop', () => {
    expect(to('submitted', 'request_correction')).toBe('correction_requested');
    expect(to('correction_requested', 'resubmit')).toBe('resubmitted');
    expect(to('resubmitted', 'accept')).toBe('accepted');
    expect(to('resubmitted', 'deem_accept')).toBe('accepted');
  });

  it('deems acceptance only while acceptance is pending', () => {
    expect(to('submitted', 'deem_accept')).toBe('accepted');
    expect(to('correction_requested', 'deem_accept')).toBeNull();
    expect(to('accepted', 'deem_accept')).toBeNull();
  });

  it('allows only one correction request', () => {
    const r = nextStatus('submitted', 'request_correction', { correctionRequested: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.zh).toContain('一次性');
    // 'resubmitted' can only be reached through a correction request.
    expect(nextStatus('resubmitted', 'request_correction').ok).toBe(false);
    expect(nextStatus('submitted', 'request_correction', { correctionRequested: false }).ok).toBe(
      true,
    );
  });

  it('refuses or approves only from accepted', () => {
    expect(to('accepted', 'refuse')).toBe('refused');
    expect(to('inspection', 'approve')).toBeNull();
    expect(to('submitted', 'approve')).toBeNull();
  });

  it('lets the applicant withdraw until a decision', () => {
    for (const s of [
      'draft',
      'submitted',
      'correction_requested',
      'resubmitted',
      'accepted',
      'inspection',
    ] as const) {
      expect(to(s, 'withdraw')).toBe('withdrawn');
    }
    for (const s of ['approved', 'refused', 'delivered', 'withdrawn'] as const) {
      expect(to(s, 'withdraw')).toBeNull();
    }
  });

  it('lets the bureau terminate a filed case until a decision, never a draft or a decided one', () => {
    for (const s of OPEN_STATUSES) expect(to(s, 'terminate')).toBe('terminated');
    for (const s of ['draft', 'approved', 'refused', 'delivered', 'withdrawn'] as const) {
      expect(to(s, 'terminate')).toBeNull();
    }
    // Nothing leads out of it: no reopening, no decision, no withdrawal afterwards.
    expect(allowedActions('terminated')).toEqual([]);
    expect(isTerminal('terminated')).toBe(true);
    expect(isOpen('terminated') || isClocked('terminated')).toBe(false);
    expect(nextStatus('terminated', 'approve')).toEqual({
      ok: false,
      reason: {
        zh: '申请处于「已终止办理」状态，不能执行「准予许可」。',
        en: 'An application that is "Handling terminated" cannot take the action "Approve".',
      },
    });
  });

  it('explains an illegal transition in both languages', () => {
    const r = nextStatus('delivered', 'submit');
    expect(r).toEqual({
      ok: false,
      reason: {
        zh: '申请处于「已送达」状态，不能执行「提交」。',
        en: 'An application that is "Delivered" cannot take the action "Submit".',
      },
    });
  });

  it('rejects unknown strings at run time', () => {
    expect(nextStatus('bogus' as ApplicationStatus, 'submit').ok).toBe(false);
    expect(nextStatus('draft', 'bogus' as ApplicationAction).ok).toBe(false);
  });
});

describe('allowedActions', () => {
  it('lists the actions per status', () => {
    expect(allowedActions('draft')).toEqual(['submit', 'withdraw']);
    expect(allowedActions('submitted')).toEqual([
      'request_correction',
      'accept',
      'deem_accept',
      'withdraw',
      'terminate',
    ]);
    expect(allowedActions('submitted', { correctionRequested: true })).not.toContain(
      'request_correction',
    );
    expect(allowedActions('resubmitted')).toEqual([
      'accept',
      'deem_accept',
      'withdraw',
      'terminate',
    ]);
    expect(allowedActions('accepted')).toEqual([
      'require_inspection',
      'approve',
      'refuse',
      'withdraw',
      'terminate',
    ]);
    expect(allowedActions('approved')).toEqual(['deliver']);
  });

  it('is empty exactly for terminal statuses', () => {
    for (const s of APPLICATION_STATUSES) {
      expect(allowedActions(s).length === 0).toBe(isTerminal(s));
    }
  });
});

describe('status classes', () => {
  it('classifies open and terminal statuses', () => {
    expect(APPLICATION_STATUSES.filter(isOpen)).toEqual([
      'submitted',
      'correction_requested',
      'resubmitted',
      'accepted',
      'inspection',
    ]);
    expect(APPLICATION_STATUSES.filter(isTerminal)).toEqual([
      'refused',
      'delivered',
      'withdrawn',
      'terminated',
    ]);
  });

  it('pins the status lists the queue, the workbench and the clocks read', () => {
    expect(OPEN_STATUSES).toEqual([
      'submitted',
      'correction_requested',
      'resubmitted',
      'accepted',
      'inspection',
    ]);
    expect(CLOCKED_STATUSES).toEqual([...OPEN_STATUSES, 'approved']);
    expect(APPLICATION_STATUSES.filter(isClocked)).toEqual(CLOCKED_STATUSES);
    expect(PENDING_ACCEPTANCE_STATUSES).toEqual(['submitted', 'resubmitted']);
  });

  it('derives the lists from the state machine, not beside it', () => {
    const from = (a: ApplicationAction) => APPLICATION_STATUSES.filter((s) => nextStatus(s, a).ok);
    // Open: what an applicant can still withdraw, drafts aside.
    expect(from('withdraw')).toEqual(['draft', ...OPEN_STATUSES]);
    // Terminable by the bureau: exactly the open (filed, undecided) cases.
    expect(from('terminate')).toEqual(OPEN_STATUSES);
    // Pending acceptance: what the clerk accepts, or the clock deems accepted.
    expect(from('accept')).toEqual(PENDING_ACCEPTANCE_STATUSES);
    expect(from('deem_accept')).toEqual(PENDING_ACCEPTANCE_STATUSES);
    // Clocked: open, plus approved with its delivery clock; no terminal status runs one.
    expect(from('deliver')).toEqual(['approved']);
    for (const s of CLOCKED_STATUSES) expect(isTerminal(s)).toBe(false);
  });

  it('has guards for strings', () => {
    expect(isApplicationStatus('inspection')).toBe(true);
    expect(isApplicationStatus('closed')).toBe(false);
    expect(isApplicationAction('deem_accept')).toBe(true);
    expect(isApplicationAction('cancel')).toBe(false);
  });
});

describe('labels and actors', () => {
  it('labels every status and action in both languages', () => {
    for (const s of APPLICATION_STATUSES)
      expect(STATUS_LABELS[s].zh && STATUS_LABELS[s].en).toBeTruthy();
    for (const a of APPLICATION_ACTIONS)
      expect(ACTION_LABELS[a].zh && ACTION_LABELS[a].en).toBeTruthy();
    expect(STATUS_LABELS.correction_requested.zh).toBe('待补正');
  });

  it('assigns actors per action', () => {
    expect(ACTION_ACTORS.submit).toEqual(['applicant']);
    expect(ACTION_ACTORS.approve).toEqual(['approver']);
    expect(ACTION_ACTORS.terminate).toEqual(['approver']);
    expect(ACTION_ACTORS.record_inspection).toEqual(['inspector']);
    expect(ACTION_ACTORS.deem_accept).toEqual(['system']);
    for (const a of APPLICATION_ACTIONS) expect(ACTION_ACTORS[a].length).toBeGreaterThan(0);
  });
});
