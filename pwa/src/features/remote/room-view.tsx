/**
 * 视频核查: the call of a remote inspection, on the inspector's screen (desktop or phone) and on
 * the applicant's phone (rear camera first, switchable). Both see each other and the item on
 * screen; the applicant agrees to the recording; the lead walks the checklist.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MediaConfig, RoomRole } from '@core/room';
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { EvidencePanel } from './evidence-panel';
import type { CallMedia } from './call-media';
import { RoomClient } from './room-client';
import { sfuApi } from './sfu-api';
import { SfuCall } from './sfu-call';
import { rtcPeer } from './sfu-peer';
import { V } from './remote.strings';
import { PositionWatch } from './position';
import { PositionNote } from './position-note';
import './remote.css';

/**
 * One video. The other side's plays with sound; where the browser refuses sound before a tap
 * (autoplay rules), it plays muted and offers a button to turn the sound on.
 */
function Video({ stream, self, label }: { stream: MediaStream; self?: boolean; label: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  const [silenced, setSilenced] = useState(false);
  useEffect(() => {
    const v = ref.current;
    if (!v || v.srcObject === stream) return;
    v.srcObject = stream;
    v.play().catch(() => {
      if (self) return;
      v.muted = true;
      setSilenced(true);
      void v.play().catch(() => undefined);
    });
  }, [stream]);
  const unmute = () => {
    const v = ref.current;
    if (!v) return;
    v.muted = false;
    void v.play().then(
      () => setSilenced(false),
      () => undefined,
    );
  };
  return (
    <figure class="remote-video">
      <video
        ref={ref}
        autoPlay
        playsInline
        muted={self}
        aria-label={label}
        data-testid="remote-video"
        data-side={self ? 'self' : 'peer'}
      />
      <figcaption>{label}</figcaption>
      {silenced && (
        <button type="button" class="btn" data-testid="remote-unmute" onClick={unmute}>
          {t(V.unmute)}
        </button>
      )}
    </figure>
  );
}

const ROLE_TEXT: Record<RoomRole, typeof V.lead> = {
  lead: V.lead,
  observer: V.observer,
  applicant: V.applicant,
};

/** The applicant's phone gives its position; an inspector's only on a phone (a touch screen). */
function asksPosition(role: RoomRole): boolean {
  return role === 'applicant' || globalThis.matchMedia?.('(pointer: coarse)').matches === true;
}

/** The call's media as the server configured it: peer to peer (the room's links) or the SFU. */
function mediaOf(side: Side, id: string, media: MediaConfig, room: RoomClient, s: MediaStream) {
  if (media.provider !== 'cloudflare') return room;
  const sfu = new SfuCall(media, s, room, {
    api: sfuApi(side, id),
    makePeer: rtcPeer,
    makeStream: (tracks) => new MediaStream(tracks),
  });
  sfu.start();
  return sfu;
}

type Side = 'staff' | 'applicant';

function Call({
  id,
  media,
  url,
  side,
}: {
  id: string;
  media: MediaConfig;
  url: string;
  side: Side;
}) {
  const [client, setClient] = useState<RoomClient | null>(null);
  const [call, setCall] = useState<CallMedia | null>(null);
  const [watch, setWatch] = useState<PositionWatch | null>(null);
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [failed, setFailed] = useState(false);
  const [facing, setFacing] = useState<'environment' | 'user'>(
    media.role === 'applicant' ? 'environment' : 'user',
  );
  useEffect(() => {
    let c: RoomClient | null = null;
    let m: CallMedia | null = null;
    let stream: MediaStream | null = null;
    let gone = false;
    void navigator.mediaDevices
      .getUserMedia({ audio: true, video: { facingMode: facing } })
      .then((s) => {
        if (gone) return s.getTracks().forEach((tr) => tr.stop());
        stream = s;
        c = new RoomClient(url, media, s);
        c.start();
        m = mediaOf(side, id, media, c, s);
        setLocal(s);
        setClient(c);
        setCall(m);
      })
      .catch(() => setFailed(true));
    // The position is asked beside the call, never before it: a refusal changes nothing here.
    const room = () => c;
    const w = asksPosition(media.role)
      ? new PositionWatch((report) => room()?.send({ type: 'position', report }))
      : null;
    w?.start();
    setWatch(w);
    return () => {
      gone = true;
      w?.stop();
      if (m !== c) m?.stop();
      c?.stop();
      stream?.getTracks().forEach((tr) => tr.stop());
    };
    // The camera switch swaps tracks in place (below): the call starts once per room.
  }, [url]);

  const switchCamera = async () => {
    const next = facing === 'environment' ? 'user' : 'environment';
    const s = await navigator.mediaDevices.getUserMedia({
      audio: true,
      video: { facingMode: next },
    });
    await call?.switchVideo(s);
    local?.getVideoTracks().forEach((tr) => tr.stop());
    setLocal(s);
    setFacing(next);
  };

  // Back in the room (first join or a rejoin): the room learns the latest position again.
  const online = client?.connected.value === true;
  useEffect(() => {
    if (online) watch?.resend();
  }, [online, watch]);

  if (failed) return <p class="error">{t(V.cameraDenied)}</p>;
  if (!client || !call || !local) return null;
  const s = client.state.value;
  const streams = call.streams.value;
  const peers = call.peers.value;
  const linking = Object.values(peers).filter((p) => p !== 'connected');
  const items = s?.setup.items ?? [];
  const item = s ? items[s.current] : undefined;
  const lead = media.role === 'lead';
  return (
    <div
      class="remote-call"
      data-testid="remote-call"
      data-connected={String(client.connected.value)}
      data-peers={Object.entries(peers)
        .map(([p, st]) => `${p}:${st}`)
        .join(' ')}
    >
      {client.replaced.value ? (
        <p class="notice" role="status" data-testid="remote-replaced">
          {t(V.replaced)}
        </p>
      ) : (
        !client.connected.value && (
          <p class="notice" role="status">
            {t(V.reconnecting)}
          </p>
        )
      )}
      {client.connected.value && linking.length > 0 && (
        <p class="notice" role="status" data-testid="remote-linking">
          {t(linking.includes('failed') ? V.linkRetrying : V.linking)}
        </p>
      )}
      <div class="remote-videos">
        {Object.entries(streams).map(([peer, stream]) => (
          <Video key={peer} stream={stream} label={t(ROLE_TEXT[s?.present[peer] ?? 'observer'])} />
        ))}
        {Object.keys(streams).length === 0 && <p class="remote-waiting">{t(V.waiting)}</p>}
        <Video stream={local} self label={t(V.me)} />
      </div>
      {media.role === 'applicant' && (
        <div class="button-row">
          <button
            type="button"
            class="btn"
            data-testid="remote-switch"
            onClick={() => void switchCamera()}
          >
            {t(V.switchCamera)}
          </button>
        </div>
      )}
      {s && (
        <section class="panel" data-testid="remote-consent">
          {s.consentAt ? (
            <p>{fmt(t(V.consented), { at: new Date(s.consentAt).toLocaleTimeString('zh-CN') })}</p>
          ) : media.role === 'applicant' ? (
            <>
              <p>{t(V.consent)}</p>
              <button
                type="button"
                class="btn btn-primary"
                data-testid="remote-agree"
                onClick={() => {
                  const position = watch?.report.value ?? undefined;
                  client.send({ type: 'consent', agree: true, ...(position ? { position } : {}) });
                }}
              >
                {t(V.agree)}
              </button>
            </>
          ) : (
            <p>{t(V.noConsent)}</p>
          )}
        </section>
      )}
      {s && item && (
        <section class="panel" data-testid="remote-item-now" data-item={item.id}>
          <p class="remote-count">{fmt(t(V.item), { n: s.current + 1, total: items.length })}</p>
          <h2>{t(item.title)}</h2>
          <p>{t(item.look)}</p>
          {lead && s.consentAt && !s.sealedAt && (
            <div class="button-row">
              {(['pass', 'fail', 'na'] as const).map((r) => (
                <button
                  key={r}
                  type="button"
                  class={`btn ${s.results[item.id]?.result === r ? 'btn-primary' : ''}`}
                  data-testid={`remote-result-${r}`}
                  onClick={() =>
                    client.send({ type: 'result', itemId: item.id, result: r, note: '' })
                  }
                >
                  {t(V[r])}
                </button>
              ))}
              <button
                type="button"
                class="btn"
                disabled={s.current === 0}
                onClick={() => client.send({ type: 'goto', index: s.current - 1 })}
              >
                {t(V.prev)}
              </button>
              <button
                type="button"
                class="btn"
                data-testid="remote-next"
                disabled={s.current >= items.length - 1}
                onClick={() => client.send({ type: 'goto', index: s.current + 1 })}
              >
                {t(V.next)}
              </button>
            </div>
          )}
        </section>
      )}
      {s && <PositionNote watch={watch} role={media.role} s={s} />}
      {s && <EvidencePanel id={id} media={media} client={call} local={local} s={s} />}
      {s && (
        <p class="remote-present" data-testid="remote-present">
          {fmt(t(V.present), {
            who: Object.values(s.present)
              .map((r) => t(ROLE_TEXT[r]))
              .join('、'),
          })}
        </p>
      )}
    </div>
  );
}

/** The call, for `side`: staff (an officer of it) or the applicant of its case. */
export function RoomView({
  params,
  side,
}: {
  params: { id: string };
  side: 'staff' | 'applicant';
}) {
  const id = params.id;
  const res = useResource(
    (signal) =>
      read(
        side === 'staff'
          ? api.inspections[':id'].media.$get({ param: { id } }, opts({ signal }))
          : api.my.inspections[':id'].media.$get({ param: { id } }, opts({ signal })),
      ),
    [id, side],
  );
  const base = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  const url = `${base}/api/${side === 'staff' ? '' : 'my/'}inspections/${encodeURIComponent(id)}/room`;
  return (
    <section data-testid="remote-room">
      <PageTitle text={V.room} />
      <Async res={res}>{(media) => <Call id={id} media={media} url={url} side={side} />}</Async>
    </section>
  );
}

export const StaffRoomView = (p: { params: { id: string } }) => <RoomView {...p} side="staff" />;
export const ApplicantRoomView = (p: { params: { id: string } }) => (
  <RoomView {...p} side="applicant" />
);
