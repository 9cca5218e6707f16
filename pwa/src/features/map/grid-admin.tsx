/**
 * 网格管理 (admin): the yearly capacity recompute, previewed before it is applied, and the
 * retailer import from the old system (CSV / XLSX parsed here, dry run first, then all or
 * nothing). Other staff roles read grids on the map; only the admin writes (PRODUCT.md §9).
 */
import { useState } from 'preact/hooks';
import { api, errorText } from '../../app/api';
import { dict, t } from '../../app/i18n';
import { PageTitle } from '../../app/ui';
import { parseCsv, rowsToObjects } from './import-rows';

const S = dict({
  title: { zh: '网格管理', en: 'Grid administration' },
  recompute: { zh: '年度承载量重算', en: 'Yearly capacity recompute' },
  baseRate: { zh: '每千人基准数', en: 'Base rate per 1,000 people' },
  urban: { zh: '城区权重', en: 'Urban weight' },
  town: { zh: '镇区权重', en: 'Town weight' },
  rural: { zh: '乡村权重', en: 'Rural weight' },
  consumption: { zh: '消费能力指数幂', en: 'Consumption exponent' },
  cost: { zh: '经营成本指数幂', en: 'Operating cost exponent' },
  retailers: { zh: '现有零售户权重(0–1)', en: 'Current retailers weight (0–1)' },
  preview: { zh: '预览变化', en: 'Preview' },
  apply: { zh: '应用重算', en: 'Apply' },
  changed: { zh: '承载量变化的网格', en: 'Grids whose capacity changes' },
  shifts: { zh: '颜色变化', en: 'Colour changes' },
  applied: { zh: '已应用。', en: 'Applied.' },
  import: { zh: '零售户导入', en: 'Retailer import' },
  crs: { zh: '文件坐标系', en: 'Coordinate system of the file' },
  file: { zh: '选择 CSV 或 XLSX 文件', en: 'Choose a CSV or XLSX file' },
  dryRun: { zh: '检查（不导入）', en: 'Check (dry run)' },
  commit: { zh: '确认导入', en: 'Import' },
  accepted: { zh: '可导入', en: 'Accepted' },
  rejected: { zh: '不合格', en: 'Rejected' },
  row: { zh: '第 {n} 行', en: 'Row {n}' },
  done: { zh: '导入完成。', en: 'Imported.' },
});

interface Preview {
  grids: number;
  changed: number;
  colourShifts: Record<string, number>;
}
interface Report {
  accepted: unknown[];
  rejected: { index: number; number: string | null; reasons: string[] }[];
  committed?: boolean;
}

const num = (v: string) => Number(v);

export function GridAdmin() {
  const [w, setW] = useState({
    baseRate: '4',
    urban: '1.2',
    town: '1',
    rural: '0.8',
    consumption: '1',
    cost: '1',
    retailers: '0',
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const [crs, setCrs] = useState('WGS84');
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  const [report, setReport] = useState<Report | null>(null);

  const weights = () => ({
    baseRate: num(w.baseRate),
    classWeight: { urban: num(w.urban), town: num(w.town), rural: num(w.rural) },
    consumptionWeight: num(w.consumption),
    costWeight: num(w.cost),
    retailerWeight: num(w.retailers),
  });
  const run = (path: string, then: (r: Preview) => void) =>
    api
      .post<Preview>(path, { weights: weights() })
      .then(then)
      .catch((e: unknown) => setMsg(errorText(e)));

  const readFile = async (f: File) => {
    setReport(null);
    const table: unknown[][] = /\.xlsx$/i.test(f.name)
      ? await (await import('read-excel-file/browser')).readSheet(f)
      : parseCsv(await f.text());
    setRows(rowsToObjects(table));
  };
  const send = (dryRun: boolean) =>
    api
      .post<Report>('/api/imports/retailers', { crs, dryRun, rows })
      .then(setReport)
      .catch((e: unknown) => setMsg(errorText(e)));

  const field = (k: keyof typeof w, label: { zh: string; en: string }) => (
    <label>
      {t(label)}
      <input
        inputMode="decimal"
        value={w[k]}
        onInput={(e) => setW({ ...w, [k]: (e.target as HTMLInputElement).value })}
      />
    </label>
  );

  return (
    <section data-testid="grid-admin">
      <PageTitle text={S.title} />
      {msg && <p role="alert">{msg}</p>}
      <h2>{t(S.recompute)}</h2>
      <div class="form">
        {field('baseRate', S.baseRate)}
        {field('urban', S.urban)}
        {field('town', S.town)}
        {field('rural', S.rural)}
        {field('consumption', S.consumption)}
        {field('cost', S.cost)}
        {field('retailers', S.retailers)}
        <button
          type="button"
          class="btn"
          onClick={() => run('/api/grids/recompute/preview', setPreview)}
        >
          {t(S.preview)}
        </button>{' '}
        <button
          type="button"
          class="btn btn-primary"
          disabled={!preview}
          onClick={() =>
            run('/api/grids/recompute/apply', (p) => (setPreview(p), setMsg(t(S.applied))))
          }
        >
          {t(S.apply)}
        </button>
      </div>
      {preview && (
        <div class="panel" data-testid="recompute-preview">
          <p>
            {t(S.changed)}: {preview.changed} / {preview.grids}
          </p>
          <p>{t(S.shifts)}:</p>
          <ul>
            {Object.entries(preview.colourShifts).map(([k, n]) => (
              <li key={k}>
                {k.replace('>', ' → ')}: {n}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>{t(S.import)}</h2>
      <div class="form">
        <label>
          {t(S.crs)}
          <select value={crs} onChange={(e) => setCrs((e.target as HTMLSelectElement).value)}>
            <option value="WGS84">WGS-84 (GPS / 天地图)</option>
            <option value="GCJ02">GCJ-02 (高德 / 腾讯)</option>
            <option value="BD09">BD-09 (百度)</option>
          </select>
        </label>
        <label>
          {t(S.file)}
          <input
            type="file"
            accept=".csv,.xlsx"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) readFile(f).catch((err: unknown) => setMsg(errorText(err)));
            }}
          />
        </label>
        <button type="button" class="btn" disabled={!rows.length} onClick={() => send(true)}>
          {t(S.dryRun)} ({rows.length})
        </button>{' '}
        <button
          type="button"
          class="btn btn-primary"
          disabled={!report || report.rejected.length > 0 || !!report.committed}
          onClick={() => send(false)}
        >
          {t(S.commit)}
        </button>
      </div>
      {report && (
        <div class="panel" data-testid="import-report">
          {report.committed && <p>{t(S.done)}</p>}
          <p>
            {t(S.accepted)}: {report.accepted.length} · {t(S.rejected)}: {report.rejected.length}
          </p>
          <ul>
            {report.rejected.slice(0, 200).map((r) => (
              <li key={r.index}>
                {t(S.row).replace('{n}', String(r.index + 2))} {r.number ?? ''}:{' '}
                {r.reasons.join('；')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
