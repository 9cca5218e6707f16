/** The report of an import's check: counts, the all-or-nothing verdict, each rejected row. */
import { fmt, t, type Text } from '../../app/i18n';
import { G } from './grid-admin.strings';

export type Reason = string | Text;
const reasonText = (r: Reason) => (typeof r === 'string' ? r : t(r));

/** Counts, the all-or-nothing verdict, and every rejected row with its reasons. */
export function ReportView(props: {
  accepted: number;
  rejected: { index: number; name?: string | null; reasons: Reason[] }[];
  committed: boolean;
  /** 'row': spreadsheet row numbers (title row is 1); 'item': 1-based feature numbers. */
  where: 'row' | 'item';
  /** Title of the second column: 名称 unless told (the retailer import shows licence numbers). */
  nameHeader?: Text;
  testid: string;
}) {
  const { rejected } = props;
  const shown = rejected.slice(0, 200);
  const place = (i: number) =>
    props.where === 'row' ? fmt(t(G.row), { n: i + 2 }) : fmt(t(G.item), { n: i + 1 });
  return (
    <div class="panel" data-testid={props.testid}>
      <p>
        <strong class="badge badge-ok">{fmt(t(G.acceptedN), { n: props.accepted })}</strong>{' '}
        <strong class={rejected.length ? 'badge badge-warn' : 'badge'}>
          {fmt(t(G.rejectedN), { n: rejected.length })}
        </strong>
      </p>
      {props.committed ? (
        <p role="status">{fmt(t(G.imported), { n: props.accepted })}</p>
      ) : rejected.length ? (
        <p class="error">{t(G.allOrNothing)}</p>
      ) : (
        props.accepted > 0 && <p>{t(G.readyToCommit)}</p>
      )}
      {shown.length > 0 && (
        <div class="table-wrap" style={{ maxHeight: '24rem', overflowY: 'auto' }}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t(G.where)}</th>
                <th scope="col">{t(props.nameHeader ?? G.name)}</th>
                <th scope="col">{t(G.reasons)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.index} data-testid="rejected-row">
                  <td>{place(r.index)}</td>
                  <td>{r.name ?? '—'}</td>
                  <td>{r.reasons.map(reasonText).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rejected.length > shown.length && (
        <p class="hint">{fmt(t(G.moreRejected), { n: rejected.length - shown.length })}</p>
      )}
    </div>
  );
}
