/**
 * 外部系统数据导入 (admins; clerks for their counties): a table from the sales, distribution or
 * internal-management system, checked first, then imported all or nothing. Reuses the reader,
 * the check → confirm → import flow and the report of the register's imports.
 */
import { useState } from 'preact/hooks';
import { RECORD_SOURCES, RECORD_SOURCE_LABELS, type RecordSource } from '@core/deliveries';
import { api, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { ImportActions, TableField, useImportFlow } from '../map/admin-import';
import { ReportView } from '../map/admin-report';
import { G } from '../map/grid-admin.strings';
import { recordRows } from './record-rows';
import { S } from './imports.strings';
import './imports.css';

export function RecordImportView() {
  const [source, setSource] = useState<RecordSource>('distribution');
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  const flow = useImportFlow((dryRun) =>
    read(api.imports.records.$post({ json: { source, dryRun, rows } })),
  );
  const report = flow.report;
  const replacing = report?.accepted.filter((a) => a.replaces).length ?? 0;
  return (
    <section class="imports-page" data-testid="record-import">
      <PageTitle text={S.importTitle} />
      <p class="lead">{t(S.importLead)}</p>
      <div class="form imports-form">
        <div class="field">
          <label for="record-source">{t(S.source)}</label>
          <select
            id="record-source"
            value={source}
            data-testid="record-source"
            onChange={(e) => {
              setSource(e.currentTarget.value as RecordSource);
              flow.reset();
            }}
          >
            {RECORD_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(RECORD_SOURCE_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
        <p class="hint">{t(S.columns)}</p>
        <TableField
          id="record-file"
          testid="record-file"
          onRows={(r) => {
            flow.reset();
            setRows(recordRows(r));
          }}
        />
        <ImportActions
          flow={flow}
          ready={rows.length > 0}
          accepted={report?.accepted.length ?? 0}
          rejected={report?.rejected.length ?? 0}
          testid="record"
        />
      </div>
      {report && (
        <>
          {replacing > 0 && !report.committed && (
            <p class="hint">{fmt(t(S.replaces), { n: replacing })}</p>
          )}
          <ReportView
            testid="record-report"
            where="row"
            nameHeader={G.licenceNo}
            accepted={report.accepted.length}
            committed={report.committed}
            rejected={report.rejected.map((r) => ({ ...r, name: r.number }))}
          />
        </>
      )}
      <p class="hint imports-api">{t(S.apiHint)}</p>
    </section>
  );
}
