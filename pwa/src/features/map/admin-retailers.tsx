/** 零售户导入: the old system's CSV / XLSX export, checked first, then imported all or nothing. */
import { useState } from 'preact/hooks';
import { api, read } from '../../app/api';
import { t } from '../../app/i18n';
import { G } from './grid-admin.strings';
import { CrsSelect, ImportActions, TableField, useImportFlow, type Crs } from './admin-import';
import { ReportView } from './admin-report';

export function RetailerImport() {
  const [crs, setCrs] = useState<Crs>('WGS84');
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  const flow = useImportFlow((dryRun) =>
    read(api.imports.retailers.$post({ json: { crs, dryRun, rows } })),
  );
  const report = flow.report;
  return (
    <section class="section" id="retailers" aria-labelledby="retailers-h">
      <h2 id="retailers-h">{t(G.retailerImport)}</h2>
      <p class="hint">{t(G.retailerHint)}</p>
      <div class="form" style={{ maxWidth: '40rem' }}>
        <CrsSelect id="retailer-crs" value={crs} onChange={(c) => (setCrs(c), flow.reset())} />
        <TableField
          id="retailer-file"
          testid="retailer-file"
          onRows={(r) => (flow.reset(), setRows(r))}
        />
        <ImportActions
          flow={flow}
          ready={rows.length > 0}
          accepted={report?.accepted.length ?? 0}
          rejected={report?.rejected.length ?? 0}
          testid="retailer"
        />
      </div>
      {report && (
        <ReportView
          testid="import-report"
          where="row"
          nameHeader={G.licenceNo}
          accepted={report.accepted.length}
          committed={!!report.committed}
          rejected={report.rejected.map((r) => ({ ...r, name: r.number }))}
        />
      )}
    </section>
  );
}
