/**
 * 证据校验: staff verify a remote inspection's evidence — the stored bundle of one inspection
 * (downloaded or checked here, both audited), or any bundle file they upload. The verdict names
 * every part that changed, is missing, is out of order or is unexpected.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { REMOTE_STATE_LABELS, type RemoteView } from '@core/remote-inspection';
import { api, errorText, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { E } from '../remote/evidence.strings';
import { putBytes } from '../remote/upload';
import type { ManifestLocation } from '@core/geo-fix';
import { LocationView } from './location';
import { VerdictView, type Verdict } from './verdict';
import './evidence.css';

type Checked = { verdict: Verdict; location: ManifestLocation | null };

function Stored({ inspection }: { inspection: RemoteView }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await read<Checked>(
        api.inspections[':id'].evidence.verdict.$get({ param: { id: inspection.id } }),
      );
      setChecked(res);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel evidence-stored" data-testid="evidence-stored">
      <h2>
        <span class="mono">{inspection.caseRef}</span> · {inspection.companyName}
      </h2>
      <p>
        {inspection.on} {inspection.at} ·{' '}
        <span class="badge">{t(REMOTE_STATE_LABELS[inspection.state])}</span>
      </p>
      {inspection.state === 'sealed' && (
        <div class="button-row">
          <a
            class="btn"
            href={`/api/inspections/${encodeURIComponent(inspection.id)}/evidence`}
            download
            data-testid="evidence-download"
          >
            {t(E.download)}
          </a>
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy}
            data-testid="evidence-check"
            onClick={() => void check()}
          >
            {t(E.verifyStored)}
          </button>
        </div>
      )}
      {error && <p class="error">{error}</p>}
      {checked && <VerdictView verdict={checked.verdict} />}
      {checked && <LocationView location={checked.location} />}
    </section>
  );
}

function Upload() {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setChecked(null);
    try {
      const res = await putBytes<Checked>(
        'POST',
        '/api/evidence/verify',
        await file.arrayBuffer(),
        'application/zip',
      );
      setChecked(res);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section class="panel">
      <p>{t(E.verifyIntro)}</p>
      <div class="field">
        <label for="evidence-file">{t(E.verifyFile)}</label>
        <input
          id="evidence-file"
          type="file"
          accept=".zip,application/zip"
          data-testid="evidence-file"
          onChange={(e) => void pick((e.target as HTMLInputElement).files?.[0])}
        />
      </div>
      {error && <p class="error">{error}</p>}
      {checked && <VerdictView verdict={checked.verdict} />}
      {checked && <LocationView location={checked.location} />}
    </section>
  );
}

export function EvidenceView() {
  const { query } = useLocation();
  const id = query.inspection ?? '';
  const res = useResource(
    (signal) =>
      id
        ? read(api.inspections[':id'].$get({ param: { id } }, opts({ signal })))
        : Promise.resolve(null),
    [id],
  );
  return (
    <section data-testid="evidence-view">
      <PageTitle text={E.verifyTitle} />
      {id && <Async res={res}>{(d) => (d ? <Stored inspection={d.inspection} /> : null)}</Async>}
      <Upload />
    </section>
  );
}
