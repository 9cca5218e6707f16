/**
 * The evidence part of the call. The lead: the recording (started once the applicant agreed,
 * its upload progress on screen), still frames of the applicant's camera for the item on
 * screen, the signature, and the seal. The applicant: the signature. Each action goes through
 * the server, which records it in the room; both screens follow the room's state.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checklistDone, type MediaConfig, type RoomState } from '@core/room';
import type { RemoteSignatureInput } from '@core/remote-evidence';
import type { RemoteView } from '@core/remote-inspection';
import { api, errorText, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { CallComposer, stillOf } from './composer';
import { E } from './evidence.strings';
import { V } from './remote.strings';
import { EvidenceRecorder } from './recorder';
import type { CallMedia } from './call-media';
import { SignPad } from './sign-pad';
import { putBytes, sha256Hex } from './upload';

function peerStreamOf(call: CallMedia, s: RoomState, role: 'applicant'): MediaStream | null {
  const entry = Object.entries(call.streams.value).find(([p]) => s.present[p] === role);
  return entry?.[1] ?? null;
}

/** The lead's recording: composed from both sides, started after consent, resumed on reload. */
function useRecorder(id: string, client: CallMedia, local: MediaStream, s: RoomState) {
  const [rec] = useState(() => new EvidenceRecorder(id));
  const composer = useRef<CallComposer | null>(null);
  const peer = peerStreamOf(client, s, 'applicant');
  useEffect(() => {
    void rec.resume().catch((err: unknown) => (rec.problem.value = errorText(err)));
    return () => {
      rec.close();
      composer.current?.stop();
    };
  }, []);
  useEffect(() => {
    if (!s.consentAt || s.sealedAt) return;
    composer.current ??= new CallComposer();
    composer.current.setSources(peer, local);
    if (!rec.recording.value)
      void rec
        .start(composer.current.stream)
        .catch((err: unknown) => (rec.problem.value = errorText(err)));
  }, [s.consentAt, s.sealedAt, peer, local]);
  return rec;
}

function Recording({ rec }: { rec: EvidenceRecorder }) {
  const { chunks, bytes } = rec.stored.value;
  return (
    <section
      class="panel remote-recording"
      data-testid="remote-recording"
      data-chunks={chunks}
      data-pending={rec.pending.value}
      data-on={String(rec.recording.value)}
    >
      <p>
        <strong class={rec.recording.value ? 'remote-rec-on' : ''}>
          {t(rec.recording.value ? E.recording : E.notRecording)}
        </strong>{' '}
        {fmt(t(E.uploaded), { n: chunks, mb: (bytes / 1048576).toFixed(1) })}
        {rec.pending.value > 0 && ` · ${fmt(t(E.pending), { n: rec.pending.value })}`}
      </p>
      {rec.problem.value && (
        <p class="notice">{fmt(t(E.uploadProblem), { why: rec.problem.value })}</p>
      )}
    </section>
  );
}

function Lead({
  id,
  client,
  local,
  s,
}: {
  id: string;
  client: CallMedia;
  local: MediaStream;
  s: RoomState;
}) {
  const rec = useRecorder(id, client, local, s);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'pass' | 'fail' | null>(null);
  const item = s.setup.items[s.current];
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const takeStill = () =>
    run(async () => {
      const peer = peerStreamOf(client, s, 'applicant');
      const blob = peer ? await stillOf(peer) : null;
      if (!blob || !item) throw new Error(t(E.noPeerVideo));
      const bytes = await blob.arrayBuffer();
      const sha = await sha256Hex(bytes);
      await putBytes(
        'POST',
        `/api/inspections/${encodeURIComponent(id)}/stills?item=${encodeURIComponent(item.id)}&sha256=${sha}`,
        bytes,
        'image/jpeg',
      );
    });
  const seal = () =>
    run(async () => {
      await rec.finish();
      const { inspection } = await read<{ inspection: RemoteView }>(
        api.inspections[':id'].$get({ param: { id } }),
      );
      const res = await read<{ seal: { outcome: 'pass' | 'fail' } }>(
        api.inspections[':id'].seal.$post({ param: { id }, json: { version: inspection.version } }),
      );
      setOutcome(res.seal.outcome);
    });
  const done = checklistDone(s);
  const stills = item ? (s.stills[item.id]?.length ?? 0) : 0;
  return (
    <>
      {s.consentAt && <Recording rec={rec} />}
      {s.consentAt && item && !s.sealedAt && Object.keys(s.signatures).length === 0 && (
        <div class="button-row remote-still">
          <button
            type="button"
            class="btn"
            disabled={busy}
            data-testid="remote-still"
            onClick={() => void takeStill()}
          >
            {t(E.still)}
          </button>
          <span data-testid="remote-still-count" data-n={stills}>
            {stills > 0 ? fmt(t(E.stillTaken), { n: stills }) : item.still ? t(E.stillNeeded) : ''}
          </span>
        </div>
      )}
      {done && !s.signatures.lead && !s.sealedAt && (
        <section class="panel">
          <h2>{t(E.signTitle)}</h2>
          <SignPad
            onSign={async (sig: RemoteSignatureInput) => {
              await read(api.inspections[':id'].signature.$post({ param: { id }, json: sig }));
            }}
          />
        </section>
      )}
      {s.signatures.lead && s.signatures.applicant && !s.sealedAt && (
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          data-testid="remote-seal"
          onClick={() => void seal()}
        >
          {t(busy ? E.sealing : E.seal)}
        </button>
      )}
      {outcome && (
        <p data-testid="remote-outcome">{fmt(t(E.sealedOutcome), { outcome: t(E[outcome]) })}</p>
      )}
      {s.sealedAt && (
        <p>
          <a
            href={`/evidence?inspection=${encodeURIComponent(id)}`}
            data-testid="remote-verify-link"
          >
            {t(E.verifyLink)}
          </a>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function Applicant({ id, s }: { id: string; s: RoomState }) {
  if (!checklistDone(s) || s.signatures.applicant || s.sealedAt) return null;
  return (
    <section class="panel">
      <h2>{t(E.signTitle)}</h2>
      <SignPad
        onSign={async (sig) => {
          await read(api.my.inspections[':id'].signature.$post({ param: { id }, json: sig }));
        }}
      />
    </section>
  );
}

export function EvidencePanel(p: {
  id: string;
  media: MediaConfig;
  client: CallMedia;
  local: MediaStream;
  s: RoomState;
}) {
  const { s } = p;
  const who = (['lead', 'applicant'] as const).filter((r) => s.signatures[r]);
  return (
    <div
      class="remote-evidence"
      data-testid="remote-evidence"
      data-signed={who.join(' ')}
      data-sealed={String(Boolean(s.sealedAt))}
    >
      {p.media.role === 'lead' && <Lead id={p.id} client={p.client} local={p.local} s={s} />}
      {p.media.role === 'applicant' && <Applicant id={p.id} s={s} />}
      {who.length > 0 && !s.sealedAt && (
        <p>{fmt(t(E.signed), { who: who.map((r) => t(V[r])).join('、') })}</p>
      )}
      {s.sealedAt && (
        <p class="notice" data-testid="remote-sealed">
          {t(E.sealed)}
        </p>
      )}
    </div>
  );
}
