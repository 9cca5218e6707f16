/**
 * The staff's buttons on a case: exactly the actions the state machine allows from its status
 * (core's allowedActions) that the access rule lets this user take (core's mayPerform, the same
 * call the worker makes), each with its dialog. The server
 * decides in the end; a stale version (CONFLICT) reloads the case with a notice.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ApplicationDetail, StaffActionInput } from '@core/api';
import { ACTION_LABELS, allowedActions, type ApplicationAction } from '@core/application-state';
import { mayPerform, type Who } from '@core/access';
import { caseScopeOf, staffWho } from '../../app/access';
import { ApiError, api, errorText, read } from '../../app/api';
import { staff } from '../../app/auth';
import { t } from '../../app/i18n';
import { toast } from '../../app/toast';
import { Dialog } from '../cases/dialog';
import { A } from './actions.strings';
import { ActionForm, type Draft, type LayoutBlock } from './action-forms';
import { terminateBody } from './terminate-form';

export type StaffAction = StaffActionInput['action'];

const STAFF_ACTIONS: StaffAction[] = [
  'accept',
  'request_correction',
  'require_inspection',
  'record_inspection',
  'approve',
  'refuse',
  'extend',
  'deliver',
  // Last: it ends the case without a decision (终止办理), an approver's act.
  'terminate',
];
const LABELS: Record<StaffAction, { zh: string; en: string }> = {
  ...ACTION_LABELS,
  extend: A.extend,
};

/** The actions to offer `who` on case `a`, in the order a case moves. */
export function offeredActions(a: ApplicationDetail, who: Who): StaffAction[] {
  const ctx = { correctionRequested: a.events.some((e) => e.action === 'request_correction') };
  const allowed = new Set<string>(allowedActions(a.status, ctx) as ApplicationAction[]);
  // Extension is not a status change: the decision clock runs while accepted or inspecting.
  const extended = a.extended;
  if ((a.status === 'accepted' || a.status === 'inspection') && !extended) allowed.add('extend');
  const scope = caseScopeOf(a);
  return STAFF_ACTIONS.filter((x) => allowed.has(x) && mayPerform(who, x, scope));
}

export function CaseActions({ a, reload }: { a: ApplicationDetail; reload: () => void }) {
  const me = staff.value;
  const open = useSignal<StaffAction | null>(null);
  const draft = useSignal<Draft>({});
  const busy = useSignal(false);
  const error = useSignal<string | null>(null);
  const blocked = useSignal<LayoutBlock | null>(null);
  // After an action went through its button may be gone: focus goes to the panel's heading.
  const done = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  if (!me) return null;
  const actions = offeredActions(a, staffWho(me));

  function start(x: StaffAction) {
    done.current = false;
    open.value = x;
    draft.value =
      x === 'deliver' ? { method: 'pickup' } : x === 'record_inspection' ? { passed: true } : {};
    error.value = null;
    blocked.value = null;
  }

  async function run(body: StaffActionInput) {
    busy.value = true;
    error.value = null;
    try {
      await read(
        api.applications[':id'].actions.$post({
          param: { id: encodeURIComponent(a.id) },
          json: body,
        }),
      );
      done.current = true;
      open.value = null;
      toast(t(A.done));
      reload();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        done.current = true;
        open.value = null;
        toast(t(A.reloaded));
        reload();
      } else if (
        err instanceof ApiError &&
        (err.code === 'GRID_FULL' || err.code === 'LAYOUT_RULES')
      ) {
        // The layout gate said no: the approver may still grant with a recorded reason.
        blocked.value = { code: err.code, message: err.message };
      } else {
        error.value = errorText(err);
      }
    } finally {
      busy.value = false;
    }
  }

  /** A draft edit: a message about what was missing goes (or changes) once it is fixed. */
  function edit(d: Draft) {
    draft.value = d;
    const x = open.value;
    if (!x || error.value === null) return;
    const built = buildBody(x, a, d, blocked.value !== null);
    error.value = typeof built === 'string' ? built : null;
  }

  function submit() {
    const x = open.value;
    if (!x) return;
    const built = buildBody(x, a, draft.value, blocked.value !== null);
    if (typeof built === 'string') error.value = built;
    else void run(built);
  }

  return (
    <section class="panel" data-testid="case-actions">
      <h2 ref={heading} tabIndex={-1}>
        {t(A.actions)}
      </h2>
      {actions.length === 0 ? (
        <p class="hint">{t(A.noActions)}</p>
      ) : (
        <div class="case-actions">
          {actions.map((x) => (
            <button
              key={x}
              type="button"
              class={`btn ${x === 'refuse' || x === 'terminate' ? 'btn-danger' : x === 'approve' || x === 'accept' ? 'btn-primary' : ''}`}
              onClick={() => start(x)}
              data-testid={`action-${x}`}
            >
              {t(LABELS[x])}
            </button>
          ))}
        </div>
      )}
      {open.value && (
        <Dialog
          title={t(LABELS[open.value])}
          submitText={blocked.value ? t(A.approveOverride) : t(LABELS[open.value])}
          danger={open.value === 'refuse' || open.value === 'terminate'}
          busy={busy.value}
          error={error.value}
          testId={`dialog-${open.value}`}
          onClose={() => (open.value = null)}
          onSubmit={submit}
          returnFocus={() => (done.current ? heading.current : null)}
        >
          <ActionForm
            action={open.value}
            a={a}
            draft={draft.value}
            onChange={edit}
            blocked={blocked.value}
          />
        </Dialog>
      )}
    </section>
  );
}

const ok = (s: unknown): s is string => typeof s === 'string' && s.trim().length >= 2;

/** The request body for `x`, or the message saying what is missing. */
export function buildBody(
  x: StaffAction,
  a: Pick<ApplicationDetail, 'version' | 'status'>,
  d: Draft,
  override: boolean,
): StaffActionInput | string {
  const { version } = a;
  const list = (v: unknown) =>
    Array.isArray(v) ? (v as string[]).map((s) => s.trim()).filter(Boolean) : [];
  switch (x) {
    case 'accept':
      return { action: x, version };
    case 'request_correction': {
      const items = list(d.items);
      return items.length && items.every(ok) ? { action: x, version, items } : t(A.needItem);
    }
    case 'require_inspection': {
      const ids = list(d.inspectorIds);
      if (ids.length < 2) return t(A.needTwo);
      return ok(d.reason)
        ? { action: x, version, inspectorIds: ids, reason: String(d.reason).trim() }
        : { action: x, version, inspectorIds: ids };
    }
    case 'record_inspection':
      return ok(d.notes)
        ? { action: x, version, passed: d.passed === true, notes: String(d.notes).trim() }
        : t(A.needNotes);
    case 'approve':
      if (!override) return { action: x, version };
      return ok(d.overrideReason)
        ? { action: x, version, layoutOverrideReason: String(d.overrideReason).trim() }
        : t(A.needReason);
    case 'refuse': {
      const reasons = list(d.reasons);
      return reasons.length && reasons.every(ok)
        ? { action: x, version, reasons }
        : t(A.needReason);
    }
    case 'extend':
      return ok(d.reason)
        ? { action: x, version, reason: String(d.reason).trim() }
        : t(A.needReason);
    case 'terminate':
      return terminateBody(a, d);
    case 'deliver': {
      const method = d.method === 'post' || d.method === 'electronic' ? d.method : 'pickup';
      return ok(d.note)
        ? { action: x, version, method, note: String(d.note).trim() }
        : { action: x, version, method };
    }
  }
}
