/**
 * 核查清单: the remote checklist catalogue. Every staff member reads the edition in force of
 * each inspection kind and its history; an admin edits, which writes a new version.
 */
import { useState } from 'preact/hooks';
import {
  INSPECTION_KINDS,
  INSPECTION_KIND_LABELS,
  type ChecklistVersion,
  type InspectionKind,
} from '@core/checklist-catalogue';
import { api, opts, read } from '../../app/api';
import { staff } from '../../app/auth';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { ChecklistEditor } from './checklist-editor';
import { K } from './checklists.strings';
import './checklists.css';

function Items({ version }: { version: ChecklistVersion }) {
  return (
    <ol class="checklists-items" data-testid="checklist-items">
      {version.items.map((i) => (
        <li key={i.id} class="checklists-item">
          <h3>
            {t(i.title)} {i.still && <span class="badge">{t(K.still)}</span>}
          </h3>
          <dl class="facts compact">
            <div class="fact">
              <dt>{t(K.basis)}</dt>
              <dd>{i.basis}</dd>
            </div>
            <div class="fact">
              <dt>{t(K.look)}</dt>
              <dd>{t(i.look)}</dd>
            </div>
            <div class="fact">
              <dt>{t(K.standard)}</dt>
              <dd>{t(i.standard)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function KindPanel({ kind }: { kind: InspectionKind }) {
  const [editing, setEditing] = useState(false);
  const res = useResource(
    (signal) => read(api.checklists[':kind'].$get({ param: { kind } }, opts({ signal }))),
    [kind],
  );
  const admin = staff.value?.role === 'admin';
  return (
    <Async res={res}>
      {(d) => {
        const current = d.versions[0];
        if (!current) return null;
        if (editing)
          return (
            <ChecklistEditor
              base={current}
              onDone={() => {
                setEditing(false);
                res.reload();
              }}
            />
          );
        return (
          <section class="panel" data-testid="checklist-current">
            <p>
              <strong>{fmt(t(K.version), { id: current.id, n: d.versions.length })}</strong>
            </p>
            <Items version={current} />
            {admin && (
              <div class="button-row">
                <button
                  type="button"
                  class="btn"
                  data-testid="checklist-edit"
                  onClick={() => setEditing(true)}
                >
                  {t(K.edit)}
                </button>
              </div>
            )}
            <h2>{t(K.history)}</h2>
            <ul class="checklists-history" data-testid="checklist-history">
              {d.versions.map((v) => (
                <li key={v.id}>
                  <span class="mono">{v.id}</span> · {v.createdAt.slice(0, 10)} ·{' '}
                  {fmt(t(K.items), { n: v.items.length })} · {v.note}
                </li>
              ))}
            </ul>
          </section>
        );
      }}
    </Async>
  );
}

export function ChecklistsView() {
  const [kind, setKind] = useState<InspectionKind>('new');
  return (
    <section data-testid="checklists-view">
      <PageTitle text={K.title} />
      <p class="lead">{t(K.intro)}</p>
      <div class="checklists-kinds" role="group">
        {INSPECTION_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            class={`btn btn-small${kind === k ? ' btn-primary' : ''}`}
            aria-pressed={kind === k}
            data-testid={`checklist-kind-${k}`}
            onClick={() => setKind(k)}
          >
            {t(INSPECTION_KIND_LABELS[k])}
          </button>
        ))}
      </div>
      <KindPanel key={kind} kind={kind} />
    </section>
  );
}
