/**
 * What the three imports share: the coordinate-system choice, reading a CSV / XLSX table, the
 * check → confirm → import flow (all or nothing: the import button stays off while any row is
 * rejected), and the table of rejected rows with their reasons.
 */
import { useState } from 'preact/hooks';
import { errorText } from '../../app/api';
import { fmt, t, type Text } from '../../app/i18n';
import { G } from './grid-admin.strings';
import { parseCsv, rowsToObjects } from './import-rows';

export type Crs = 'WGS84' | 'GCJ02' | 'BD09';

/** A file that could be read but is not what the import wants; its message is shown as is. */
export class FileProblem extends Error {}

export function CrsSelect(props: { id: string; value: Crs; onChange: (c: Crs) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{t(G.crs)}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as Crs)}
      >
        <option value="WGS84">{t(G.crsWgs)}</option>
        <option value="GCJ02">{t(G.crsGcj)}</option>
        <option value="BD09">{t(G.crsBd)}</option>
      </select>
      <p class="hint">{t(G.crsHint)}</p>
    </div>
  );
}

/** A CSV or XLSX file → rows keyed by the API's field names (titles matched in import-rows). */
export async function readTable(f: File): Promise<Record<string, unknown>[]> {
  const table: unknown[][] = /\.xlsx$/i.test(f.name)
    ? await (await import('./read-sheet')).readSheet(f)
    : parseCsv(await f.text());
  return rowsToObjects(table);
}

type Phase = 'idle' | 'busy-check' | 'checked' | 'confirm' | 'busy-commit' | 'done';

export interface Flow<R> {
  phase: Phase;
  report: R | null;
  error: string | null;
  check: () => void;
  ask: () => void;
  cancel: () => void;
  commit: () => void;
  reset: () => void;
}

/** The dry run / confirm / commit states around `send(dryRun)`. */
export function useImportFlow<R>(send: (dryRun: boolean) => Promise<R>): Flow<R> {
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = (dryRun: boolean) => {
    setError(null);
    setPhase(dryRun ? 'busy-check' : 'busy-commit');
    send(dryRun)
      .then((r) => {
        setReport(r);
        setPhase(dryRun ? 'checked' : 'done');
      })
      .catch((e: unknown) => {
        setError(errorText(e));
        setPhase(dryRun ? 'idle' : 'checked');
      });
  };
  return {
    phase,
    report,
    error,
    check: () => go(true),
    ask: () => setPhase('confirm'),
    cancel: () => setPhase('checked'),
    commit: () => go(false),
    reset: () => (setPhase('idle'), setReport(null), setError(null)),
  };
}

/** 检查 / 导入 buttons with the confirmation step between them. */
export function ImportActions<R>(props: {
  flow: Flow<R>;
  ready: boolean;
  rejected: number;
  accepted: number;
  testid: string;
}) {
  const { flow } = props;
  const busy = flow.phase === 'busy-check' || flow.phase === 'busy-commit';
  const canCommit = flow.phase === 'checked' && props.rejected === 0 && props.accepted > 0;
  return (
    <div>
      <div class="button-row">
        <button
          type="button"
          class="btn"
          disabled={!props.ready || busy}
          onClick={flow.check}
          data-testid={`${props.testid}-check`}
        >
          {t(flow.phase === 'busy-check' ? G.checking : G.check)}
        </button>
        <button
          type="button"
          class="btn btn-primary"
          disabled={!canCommit}
          onClick={flow.ask}
          data-testid={`${props.testid}-commit`}
        >
          {t(flow.phase === 'busy-commit' ? G.committing : G.commit)}
        </button>
      </div>
      {flow.phase === 'confirm' && (
        <div
          class="notice"
          role="alertdialog"
          aria-live="assertive"
          aria-labelledby={`${props.testid}-confirm-text`}
        >
          <p id={`${props.testid}-confirm-text`}>
            {fmt(t(G.confirmCommit), { n: props.accepted })}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="btn btn-primary"
              onClick={flow.commit}
              data-testid={`${props.testid}-confirm`}
            >
              {t(G.confirmYes)}
            </button>
            <button type="button" class="btn" onClick={flow.cancel}>
              {t(G.cancel)}
            </button>
          </div>
        </div>
      )}
      {busy && (
        <p class="hint" role="status">
          <span class="spinner" aria-hidden="true" />{' '}
          {t(flow.phase === 'busy-check' ? G.checking : G.committing)}
        </p>
      )}
      {flow.error && (
        <p class="error" role="alert">
          {flow.error}
        </p>
      )}
    </div>
  );
}

/** A file input that reads its file with `read` and reports what it got (or why not). */
export function FileField(props: {
  id: string;
  label: Text;
  accept: string;
  read: (f: File) => Promise<number>;
  done: Text;
  testid: string;
}) {
  const [state, setState] = useState<{ busy: boolean; msg: string | null; error: boolean }>({
    busy: false,
    msg: null,
    error: false,
  });
  return (
    <div class="field">
      <label for={props.id}>{t(props.label)}</label>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        data-testid={props.testid}
        onChange={(e) => {
          const f = (e.target as HTMLInputElement).files?.[0];
          if (!f) return;
          setState({ busy: true, msg: t(G.reading), error: false });
          props
            .read(f)
            .then((n) =>
              setState({
                busy: false,
                msg: n ? fmt(t(props.done), { n }) : t(G.emptyFile),
                error: n === 0,
              }),
            )
            .catch((err: unknown) =>
              setState({
                busy: false,
                msg: err instanceof FileProblem ? err.message : t(G.unreadable),
                error: true,
              }),
            );
        }}
      />
      {state.msg && (
        <p class={state.error ? 'error' : 'hint'} role={state.error ? 'alert' : 'status'}>
          {state.msg}
        </p>
      )}
    </div>
  );
}

/** A CSV / XLSX table picked by the admin, read into rows (retailer and school imports). */
export function TableField(props: {
  id: string;
  testid: string;
  onRows: (rows: Record<string, unknown>[]) => void;
}) {
  return (
    <FileField
      id={props.id}
      label={G.chooseTable}
      accept=".csv,.xlsx"
      testid={props.testid}
      done={G.rowsRead}
      read={async (f) => {
        const rows = await readTable(f);
        props.onRows(rows);
        return rows.length;
      }}
    />
  );
}
