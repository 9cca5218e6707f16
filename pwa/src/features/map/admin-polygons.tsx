/**
 * 市场单元边界导入: a GeoJSON FeatureCollection of official market units with a declared
 * coordinate system; the check says how many units pass, which fail and why, and how many
 * retailers would move grid; the import is all or nothing.
 */
import { useState } from 'preact/hooks';
import type { PolygonImportReport } from '@core/api';
import { api, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { G } from './grid-admin.strings';
import {
  CrsSelect,
  FileField,
  FileProblem,
  ImportActions,
  useImportFlow,
  type Crs,
} from './admin-import';
import { ReportView } from './admin-report';

function Accepted({ report }: { report: PolygonImportReport }) {
  const premises = report.accepted.reduce((s, a) => s + a.premises, 0);
  const retailers = report.accepted.reduce((s, a) => s + a.retailers, 0);
  return (
    <div data-testid="polygon-moves">
      <p>{fmt(t(G.moveSummary), { units: report.accepted.length, premises, retailers })}</p>
      {report.accepted.length > 0 && (
        <div class="table-wrap" style={{ maxHeight: '24rem', overflowY: 'auto' }}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t(G.name)}</th>
                <th scope="col">{t(G.grid)}</th>
                <th scope="col" class="num">
                  {t(G.moves)}
                </th>
                <th scope="col" class="num">
                  {t(G.movesLicences)}
                </th>
                <th scope="col" class="num">
                  {t(G.startCapacity)}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.accepted.slice(0, 200).map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td class="mono">{a.id}</td>
                  <td class="num">{a.premises}</td>
                  <td class="num">{a.retailers}</td>
                  <td class="num">{a.capacity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function PolygonImport() {
  const [crs, setCrs] = useState<Crs>('WGS84');
  const [units, setUnits] = useState<Record<string, unknown>[]>([]);
  const flow = useImportFlow((dryRun) =>
    read(api.grids.polygons.$post({ json: { crs, dryRun, units } })),
  );
  const report = flow.report;
  return (
    <section class="section" id="polygons" aria-labelledby="polygons-h">
      <h2 id="polygons-h">{t(G.polygons)}</h2>
      <p class="hint">{t(G.polygonHint)}</p>
      <div class="form" style={{ maxWidth: '40rem' }}>
        <CrsSelect id="polygon-crs" value={crs} onChange={(c) => (setCrs(c), flow.reset())} />
        <FileField
          id="polygon-file"
          label={G.chooseGeoJson}
          accept=".geojson,.json,application/geo+json,application/json"
          testid="polygon-file"
          done={G.unitsRead}
          read={async (f) => {
            flow.reset();
            setUnits([]);
            const { unitsFromGeoJson } = await import('./admin-geo');
            const u = unitsFromGeoJson(await f.text());
            if (!u) throw new FileProblem(t(G.notGeoJson));
            setUnits(u);
            return u.length;
          }}
        />
        <ImportActions
          flow={flow}
          ready={units.length > 0}
          accepted={report?.accepted.length ?? 0}
          rejected={report?.rejected.length ?? 0}
          testid="polygon"
        />
      </div>
      {report && (
        <>
          <ReportView
            testid="polygon-report"
            where="item"
            accepted={report.accepted.length}
            committed={report.committed}
            rejected={report.rejected}
          />
          <Accepted report={report} />
        </>
      )}
    </section>
  );
}
