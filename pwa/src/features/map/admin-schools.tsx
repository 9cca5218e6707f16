/**
 * 学校、幼儿园名单: the current list (the school zone rule checks against it) and its import —
 * CSV / XLSX with a declared coordinate system, checked first, then imported all or nothing.
 */
import { useState } from 'preact/hooks';
import { SCHOOL_KIND_LABELS } from '@core/layout-kinds';
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async } from '../../app/ui';
import { G } from './grid-admin.strings';
import { CrsSelect, ImportActions, TableField, useImportFlow, type Crs } from './admin-import';
import { ReportView } from './admin-report';

const LIST_CAP = 300;

function SchoolList({ reloadKey }: { reloadKey: number }) {
  const [q, setQ] = useState('');
  const res = useResource(
    (signal) => read(api.schools.$get(undefined, opts({ signal }))),
    [reloadKey],
  );
  return (
    <Async res={res}>
      {(data) => {
        const needle = q.trim();
        const shown = needle
          ? data.schools.filter((s) => s.name.includes(needle) || s.countyName?.includes(needle))
          : data.schools;
        return (
          <div data-testid="school-list" data-total={data.total}>
            <h3>{fmt(t(G.schoolList), { n: data.total })}</h3>
            {data.total > 0 && (
              <div class="field" style={{ maxWidth: '24rem' }}>
                <label for="school-search">{t(G.search)}</label>
                <input
                  id="school-search"
                  type="search"
                  value={q}
                  onInput={(e) => setQ((e.target as HTMLInputElement).value)}
                />
              </div>
            )}
            {data.total === 0 ? (
              <p class="hint">{t(G.noSchools)}</p>
            ) : (
              <div class="table-wrap" style={{ maxHeight: '24rem', overflowY: 'auto' }}>
                <table class="table">
                  <thead>
                    <tr>
                      <th scope="col">{t(G.name)}</th>
                      <th scope="col">{t(G.kind)}</th>
                      <th scope="col">{t(G.county)}</th>
                      <th scope="col">{t(G.lngLat)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.slice(0, LIST_CAP).map((s) => (
                      <tr key={s.id}>
                        <td>{s.name}</td>
                        <td>{t(SCHOOL_KIND_LABELS[s.kind])}</td>
                        <td>{s.countyName ?? s.county}</td>
                        <td class="mono">
                          {s.lng.toFixed(5)}, {s.lat.toFixed(5)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {shown.length > LIST_CAP && <p class="hint">{fmt(t(G.listCapped), { n: LIST_CAP })}</p>}
          </div>
        );
      }}
    </Async>
  );
}

export function SchoolImport() {
  const [crs, setCrs] = useState<Crs>('WGS84');
  const [replace, setReplace] = useState(false);
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  const [listKey, setListKey] = useState(0);
  const flow = useImportFlow(async (dryRun) => {
    const r = await read(api.schools.import.$post({ json: { crs, dryRun, replace, rows } }));
    if (r.committed) setListKey((k) => k + 1);
    return r;
  });
  const report = flow.report;
  return (
    <section class="section" id="schools" aria-labelledby="schools-h">
      <h2 id="schools-h">{t(G.schools)}</h2>
      <p class="hint">{t(G.schoolHint)}</p>
      <div class="form" style={{ maxWidth: '40rem' }}>
        <CrsSelect id="school-crs" value={crs} onChange={(c) => (setCrs(c), flow.reset())} />
        <TableField
          id="school-file"
          testid="school-file"
          onRows={(r) => (flow.reset(), setRows(r))}
        />
        <label class="switch-label">
          <input
            type="checkbox"
            style={{ width: 'auto', minHeight: 0, marginRight: '0.5rem' }}
            checked={replace}
            onChange={(e) => (setReplace((e.target as HTMLInputElement).checked), flow.reset())}
          />
          {t(G.replace)}
        </label>
        <ImportActions
          flow={flow}
          ready={rows.length > 0}
          accepted={report?.accepted.length ?? 0}
          rejected={report?.rejected.length ?? 0}
          testid="school"
        />
      </div>
      {report && (
        <ReportView
          testid="school-report"
          where="row"
          accepted={report.accepted.length}
          committed={report.committed}
          rejected={report.rejected}
        />
      )}
      <SchoolList reloadKey={listKey} />
    </section>
  );
}
