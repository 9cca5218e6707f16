/** One analysis panel: a chart (optional), its table, and the table as a CSV download. */
import type { ComponentChildren } from 'preact';
import { t, type Text } from '../../app/i18n';
import { Chart, type ChartSpec } from './chart';
import { download, toCsv } from './csv';
import { S } from './analysis.strings';

export interface TableData {
  header: string[];
  rows: (string | number | null)[][];
}

export function Panel(props: {
  id: string;
  title: Text;
  chart?: ChartSpec;
  table: TableData;
  children?: ComponentChildren;
}) {
  const title = t(props.title);
  // A table of more than five columns (months × types, the steps) takes the whole row.
  const wide = props.table.header.length > 5;
  return (
    <section
      class={wide ? 'panel analysis-panel analysis-wide' : 'panel analysis-panel'}
      data-testid={`analysis-${props.id}`}
    >
      <div class="analysis-panel-head">
        <h2>{title}</h2>
        <button
          type="button"
          class="btn btn-small"
          data-testid={`csv-${props.id}`}
          onClick={() =>
            download(`xuke-${props.id}.csv`, toCsv(props.table.header, props.table.rows))
          }
        >
          {t(S.csv)}
        </button>
      </div>
      {props.children}
      {props.table.rows.length === 0 ? (
        <p class="state state-empty">{t(S.empty)}</p>
      ) : (
        <>
          {props.chart && <Chart spec={props.chart} title={title} />}
          <div class="analysis-table-wrap">
            <table class="analysis-table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {props.table.header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.table.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) =>
                      j === 0 ? (
                        <th
                          scope="row"
                          key={j}
                          class={/^[\w\-–%≥ .]*$/.test(String(v)) ? undefined : 'analysis-wrap'}
                        >
                          {v ?? '—'}
                        </th>
                      ) : (
                        <td key={j}>{v ?? '—'}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
