/** The inside of each staff action's dialog: what the action needs, nothing more. */
import { renderNotification } from '@core/notifications';
import type { ApplicationDetail } from '@core/api';
import { api, opts, read } from '../../app/api';
import { lbl, locale, t, type Text } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, ClockBadge } from '../../app/ui';
import { A, CORRECTION_PICKS } from './actions.strings';
import type { StaffAction } from './case-actions';
import { ItemEditor } from './item-editor';
import { TerminateForm } from './terminate-form';

export type Draft = Record<string, unknown>;

interface Props {
  action: StaffAction;
  a: ApplicationDetail;
  draft: Draft;
  onChange: (d: Draft) => void;
  /** The layout gate's refusal, when an approval came back with one. */
  blocked: LayoutBlock | null;
}

function TextArea(p: { label: Text; name: string; d: Draft; onChange: (d: Draft) => void }) {
  const id = `act-${p.name}`;
  return (
    <div class="field">
      <label for={id}>{t(p.label)}</label>
      <textarea
        id={id}
        rows={3}
        value={typeof p.d[p.name] === 'string' ? (p.d[p.name] as string) : ''}
        onInput={(e) => p.onChange({ ...p.d, [p.name]: e.currentTarget.value })}
      />
    </div>
  );
}

function Radios(p: {
  label: Text;
  name: string;
  options: [string | boolean, Text][];
  d: Draft;
  onChange: (d: Draft) => void;
}) {
  return (
    <fieldset class="choice-list">
      <legend>{t(p.label)}</legend>
      {p.options.map(([v, label]) => (
        <label key={String(v)} class={`choice ${p.d[p.name] === v ? 'choice-on' : ''}`}>
          <input
            type="radio"
            name={p.name}
            checked={p.d[p.name] === v}
            onChange={() => p.onChange({ ...p.d, [p.name]: v })}
          />
          <span class="choice-text">{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Inspectors({
  a,
  d,
  onChange,
}: Pick<Props, 'a'> & { d: Draft; onChange: (d: Draft) => void }) {
  const res = useResource(
    (signal) =>
      read(api.staff.inspectors.$get({ query: { county: a.county.code } }, opts({ signal }))),
    [a.county.code],
  );
  const chosen = new Set(Array.isArray(d.inspectorIds) ? (d.inspectorIds as string[]) : []);
  return (
    <Async res={res} isEmpty={(r) => r.items.length === 0} empty={A.noInspectors}>
      {(r) => (
        <fieldset class="choice-list" data-testid="inspector-list">
          <legend>{t(A.inspectors)}</legend>
          {r.items.map((i) => (
            <label key={i.id} class={`choice ${chosen.has(i.id) ? 'choice-on' : ''}`}>
              <input
                type="checkbox"
                checked={chosen.has(i.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.currentTarget.checked) next.add(i.id);
                  else next.delete(i.id);
                  onChange({ ...d, inspectorIds: [...next] });
                }}
              />
              <span class="choice-text">{i.displayName}</span>
            </label>
          ))}
        </fieldset>
      )}
    </Async>
  );
}

/** What the applicant will read, rendered by the same template the worker sends. */
function RefusalPreview({ a, reasons }: { a: ApplicationDetail; reasons: string[] }) {
  const n = renderNotification('refused', {
    ref: a.ref,
    type: a.type,
    reasons: reasons.filter(Boolean),
  });
  const m = locale.value === 'en' ? n.en : n.zh;
  return (
    <section class="notice" data-testid="appeal-preview">
      <strong>{t(A.noticePreview)}</strong>
      <p>{m.body}</p>
    </section>
  );
}

export interface LayoutBlock {
  code: 'GRID_FULL' | 'LAYOUT_RULES';
  message: string;
}

export function ActionForm({ action, a, draft: d, onChange, blocked }: Props) {
  const list = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : []);
  switch (action) {
    case 'accept':
      return <p>{t(A.acceptConfirm)}</p>;
    case 'request_correction':
      return (
        <>
          <p class="notice">
            {t(A.correctionWarn)} <ClockBadge clock={a.clock} daysLeft={a.workingDaysLeft} />
          </p>
          <ItemEditor
            label={A.items}
            items={list('items')}
            picks={CORRECTION_PICKS}
            onChange={(items) => onChange({ ...d, items })}
          />
        </>
      );
    case 'require_inspection':
      return (
        <>
          <Inspectors a={a} d={d} onChange={onChange} />
          <TextArea label={A.inspectionReason} name="reason" d={d} onChange={onChange} />
        </>
      );
    case 'record_inspection':
      return (
        <>
          <Radios
            label={A.passed}
            name="passed"
            options={[
              [true, A.pass],
              [false, A.fail],
            ]}
            d={d}
            onChange={onChange}
          />
          <TextArea label={A.notes} name="notes" d={d} onChange={onChange} />
        </>
      );
    case 'approve':
      return blocked ? (
        <>
          <p
            class="panel panel-warn"
            role="alert"
            data-testid={blocked.code === 'GRID_FULL' ? 'grid-full' : 'layout-rules'}
          >
            <strong>{lbl(blocked.code === 'GRID_FULL' ? A.gridFull : A.layoutRules)}</strong>
            {blocked.message}
          </p>
          <TextArea label={A.overrideReason} name="overrideReason" d={d} onChange={onChange} />
        </>
      ) : (
        <p>{t(A.approveConfirm)}</p>
      );
    case 'refuse':
      return (
        <>
          <ItemEditor
            label={A.reasons}
            items={list('reasons')}
            onChange={(reasons) => onChange({ ...d, reasons })}
          />
          <RefusalPreview a={a} reasons={list('reasons')} />
        </>
      );
    case 'extend':
      return (
        <>
          <p class="notice">{t(A.extendNote)}</p>
          <TextArea label={A.extendReason} name="reason" d={d} onChange={onChange} />
        </>
      );
    case 'terminate':
      return <TerminateForm a={a} d={d} onChange={onChange} />;
    case 'deliver':
      return (
        <>
          <Radios
            label={A.method}
            name="method"
            options={[
              ['pickup', A.pickup],
              ['post', A.post],
              ['electronic', A.electronic],
            ]}
            d={d}
            onChange={onChange}
          />
          <TextArea label={A.note} name="note" d={d} onChange={onChange} />
        </>
      );
  }
}
