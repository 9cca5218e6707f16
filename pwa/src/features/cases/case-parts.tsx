/** Pieces of a case page shared by the applicant's and the staff's views. */
import { useEffect, useState } from 'preact/hooks';
import type { ApplicationDetail, ApplicationEventView, CaseTermination } from '@core/api';
import { TERMINATION_GROUND_LABELS } from '@core/termination';
import {
  ACTION_LABELS,
  STATUS_LABELS,
  caseStatusLabel,
  type ApplicationStatus,
} from '@core/application-state';
import { TYPE_OUTCOMES, afterApprovalText, type BusinessType } from '@core/business-types';
import { ATTACHMENT_KIND_LABELS } from '@core/attachments';
import { ROLE_LABELS } from '@core/roles';
import { maskFormValue } from '@core/masking';
import { formatDate, formatDateTime, labelOf } from '../../app/format';
import { t, type Text, lbl } from '../../app/i18n';
import { loadJurisdictions } from '../../app/jurisdictions';
import { Empty } from '../../app/ui';
import { K } from './cases.strings';
import { FIELD_LABELS, VALUE_LABELS } from './field-labels';
import { stepStates, type StepKey } from './steps';

/** A case's status in its business type's words (准予停业, not 准予许可, for a 停业). */
export function StatusBadge({ status, type }: { status: ApplicationStatus; type: BusinessType }) {
  return (
    <span class={`badge status status-${status}`} data-testid="status-badge">
      {t(caseStatusLabel(type, status))}
    </span>
  );
}

/**
 * What the decision means for this type, once there is one: what follows an approval, or the
 * result of a finished case (core TYPE_OUTCOMES), for the applicant and staff alike.
 */
export function CaseOutcome({
  a,
}: {
  a: Pick<ApplicationDetail, 'type' | 'status'> & Partial<Pick<ApplicationDetail, 'termination'>>;
}) {
  const o = TYPE_OUTCOMES[a.type];
  if (a.status === 'terminated' && a.termination) return <TerminationNote t={a.termination} />;
  if (a.status === 'approved') {
    return (
      <p class="notice case-outcome" data-testid="case-outcome">
        <strong>{lbl(o.approved)}</strong>
        {t(afterApprovalText(a.type))}
      </p>
    );
  }
  if (a.status === 'delivered') {
    return (
      <p class="notice case-outcome" data-testid="case-outcome">
        <strong>{lbl(K.result)}</strong>
        {t(o.result)}
      </p>
    );
  }
  return null;
}

/** 终止办理: when, on which ground and why, as the bureau stated it (told to the applicant by law). */
function TerminationNote({ t: x }: { t: CaseTermination }) {
  return (
    <section class="panel panel-warn case-outcome" data-testid="case-termination">
      <h2>{t(K.terminated)}</h2>
      <dl class="facts">
        <div class="fact">
          <dt>{t(K.terminatedOn)}</dt>
          <dd>{formatDate(x.on)}</dd>
        </div>
        <div class="fact">
          <dt>{t(K.terminationGround)}</dt>
          <dd data-testid="termination-ground">{t(TERMINATION_GROUND_LABELS[x.ground])}</dd>
        </div>
        <div class="fact">
          <dt>{t(K.terminationFacts)}</dt>
          <dd data-testid="termination-reason">{x.reason}</dd>
        </div>
      </dl>
    </section>
  );
}

const STEP_TEXT: Record<StepKey, Text> = {
  fill: K.stepFill,
  submit: K.stepSubmit,
  review: K.stepReview,
  inspect: K.stepInspect,
  decide: K.stepDecide,
  deliver: K.stepDeliver,
};

const STEP_STATE_TEXT = { done: K.stepDone, current: K.stepCurrent, todo: K.stepTodo };

export function Steps({ a }: { a: Pick<ApplicationDetail, 'type' | 'status' | 'events'> }) {
  const { status } = a;
  return (
    <section class="panel">
      <h2>{t(K.steps)}</h2>
      <ol class="steps" data-testid="steps">
        {stepStates(a).map((s) => (
          <li
            key={s.key}
            class={`step step-${s.state}`}
            data-step={s.key}
            data-state={s.state}
            aria-current={s.state === 'current' ? 'step' : undefined}
          >
            <span class="step-mark" aria-hidden="true" />
            <span class="step-name">{t(STEP_TEXT[s.key])}</span>
            <span class="step-state">{t(STEP_STATE_TEXT[s.state])}</span>
          </li>
        ))}
      </ol>
      {status === 'withdrawn' && <p class="notice">{t(K.withdrawnNote)}</p>}
      {status === 'refused' && <p class="notice">{t(K.refusedNote)}</p>}
      {status === 'terminated' && <p class="notice">{t(K.terminatedNote)}</p>}
    </section>
  );
}

/** The state machine's actions plus the ones that only create or annotate a case. */
const EVENT_LABELS: Record<string, Text> = {
  ...ACTION_LABELS,
  create: K.created,
  extend: K.extended,
};

/** A history step in words (受理, 准予许可 …), or its code when it has no label. */
export function eventLabel(action: string): string {
  return labelOf(EVENT_LABELS, action);
}

/** A status in the case type's words; one the vocabulary does not know, as it is. */
function statusText(type: BusinessType, s: string): string {
  return s in STATUS_LABELS ? t(caseStatusLabel(type, s as ApplicationStatus)) : s;
}

function EventItem({ e, type }: { e: ApplicationEventView; type: BusinessType }) {
  // The decision is named as its type names it: 准予停业 is not 准予许可.
  const name = e.action === 'approve' ? t(TYPE_OUTCOMES[type].approved) : eventLabel(e.action);
  return (
    <li class="event" data-testid="event">
      <div class="event-head">
        <strong>{name}</strong>
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </div>
      <div class="event-body">
        <span>
          {lbl(K.by)}
          {e.actorKind === 'applicant'
            ? t(ROLE_LABELS.applicant)
            : e.actorKind === 'system'
              ? t(K.system)
              : e.actor}
        </span>
        <span class="event-transition">
          {e.from ? statusText(type, e.from) : '—'} → {statusText(type, e.to)}
        </span>
      </div>
      {e.reason && (
        <p class="event-reason">
          {lbl(K.reason)}
          {e.reason}
        </p>
      )}
    </li>
  );
}

/** Newest first: people look for what happened last. */
export function Timeline({ events, type }: { events: ApplicationEventView[]; type: BusinessType }) {
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section class="panel">
      <h2>{t(K.history)}</h2>
      {sorted.length === 0 ? (
        <Empty text={K.noEvents} />
      ) : (
        <ol class="timeline" data-testid="timeline">
          {sorted.map((e) => (
            <EventItem key={e.id} e={e} type={type} />
          ))}
        </ol>
      )}
    </section>
  );
}

function show(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? K.yes : K.no);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const coded = VALUE_LABELS[key]?.[v];
    return coded ? t(coded) : maskFormValue(key, v);
  }
  return JSON.stringify(v);
}

/** Keys that are not for reading: encrypted copies, and the photos shown as thumbnails. */
const HIDDEN_KEYS = /Enc$|^attachments$/;

/**
 * The submitted form; unknown keys are shown as-is so nothing entered is hidden from staff.
 * `display` replaces how a value reads (a county's name for its code).
 */
export function FormFields({
  form,
  display = {},
}: {
  form: ApplicationDetail['form'];
  display?: Record<string, string>;
}) {
  const entries = Object.entries(form).filter(([k]) => !HIDDEN_KEYS.test(k));
  const countyName = useCountyName(typeof form.county === 'string' ? form.county : null);
  if (countyName && !display.county) display = { ...display, county: countyName };
  return (
    <section class="panel">
      <h2>{t(K.formFields)}</h2>
      {entries.length === 0 ? (
        <Empty text={K.noForm} />
      ) : (
        <dl class="facts" data-testid="form-fields">
          {entries.map(([k, v]) => (
            <div key={k} class="fact">
              <dt>{labelOf(FIELD_LABELS, k)}</dt>
              <dd>{display[k] ?? show(k, v)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The name of a county code (370702 → 潍城区), once the city's units are loaded. */
function useCountyName(code: string | null): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!code || !/^\d{6}$/.test(code)) return;
    let live = true;
    loadJurisdictions()
      .then((j) => {
        if (live) setName(j.units.find((u) => u.code === code)?.name ?? null);
      })
      .catch(() => undefined); // offline without a copy: the code stays, as before
    return () => {
      live = false;
    };
  }, [code]);
  return name;
}

/** The case's photos and documents, each opening the file the server keeps. */
export function Attachments({ form }: { form: ApplicationDetail['form'] }) {
  const att = form.attachments;
  if (!att || typeof att !== 'object') return null;
  const entries = Object.entries(att as Record<string, unknown>).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  if (entries.length === 0) return null;
  return (
    <section class="panel">
      <h2>{t(K.attachments)}</h2>
      <ul class="attachment-list" data-testid="attachments">
        {entries.map(([kind, id]) => {
          const url = `/api/attachments/${encodeURIComponent(id)}`;
          return (
            <li key={kind}>
              <a href={url} target="_blank" rel="noopener">
                <img src={url} alt="" loading="lazy" />
                <span>{labelOf(ATTACHMENT_KIND_LABELS, kind)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
