/**
 * The call as one recording: both sides' video drawn into one canvas (the applicant's camera
 * large, the inspector's small in a corner) and both sides' sound mixed, as a MediaStream that
 * MediaRecorder can record. Sources can change during the call (a rejoin brings a new stream).
 */
const FPS = 12;

function hiddenVideo(): HTMLVideoElement {
  const v = document.createElement('video');
  v.muted = true;
  v.playsInline = true;
  return v;
}

export class CallComposer {
  readonly stream: MediaStream;
  private readonly canvas = document.createElement('canvas');
  private readonly big = hiddenVideo();
  private readonly small = hiddenVideo();
  private readonly audio = new AudioContext();
  private readonly mix = this.audio.createMediaStreamDestination();
  private sources = new Map<MediaStream, MediaStreamAudioSourceNode>();
  private timer: ReturnType<typeof setInterval>;

  constructor() {
    this.canvas.width = 640;
    this.canvas.height = 480;
    const video = this.canvas.captureStream(FPS).getVideoTracks();
    this.stream = new MediaStream([...video, ...this.mix.stream.getAudioTracks()]);
    // A timer, not requestAnimationFrame: the recording goes on when the tab is hidden.
    this.timer = setInterval(() => this.draw(), 1000 / FPS);
  }

  /** The applicant's stream (null until it arrives) and this page's own camera. */
  setSources(peer: MediaStream | null, self: MediaStream): void {
    this.attach(this.big, peer);
    this.attach(this.small, self);
    const wanted = new Set([peer, self].filter((s): s is MediaStream => s !== null));
    for (const [s, node] of this.sources) {
      if (!wanted.has(s)) {
        node.disconnect();
        this.sources.delete(s);
      }
    }
    for (const s of wanted) {
      if (this.sources.has(s) || s.getAudioTracks().length === 0) continue;
      const node = this.audio.createMediaStreamSource(s);
      node.connect(this.mix);
      this.sources.set(s, node);
    }
    void this.audio.resume().catch(() => undefined);
  }

  stop(): void {
    clearInterval(this.timer);
    for (const node of this.sources.values()) node.disconnect();
    this.sources.clear();
    void this.audio.close().catch(() => undefined);
    this.stream.getTracks().forEach((t) => t.stop());
  }

  private attach(v: HTMLVideoElement, s: MediaStream | null): void {
    if (v.srcObject === s) return;
    v.srcObject = s;
    if (s) void v.play().catch(() => undefined);
  }

  private draw(): void {
    const g = this.canvas.getContext('2d');
    if (!g) return;
    const { width: w, height: h } = this.canvas;
    g.fillStyle = '#111';
    g.fillRect(0, 0, w, h);
    if (this.big.videoWidth) g.drawImage(this.big, 0, 0, w, h);
    if (this.small.videoWidth) {
      const sw = w / 4;
      const sh = (sw * this.small.videoHeight) / this.small.videoWidth;
      g.drawImage(this.small, w - sw - 8, h - sh - 8, sw, sh);
    }
    g.fillStyle = 'rgba(0,0,0,0.55)';
    g.fillRect(0, 0, w, 22);
    g.fillStyle = '#fff';
    g.font = '14px sans-serif';
    g.fillText(`REC ${new Date().toISOString()}`, 8, 16);
  }
}

/** A still of a stream at its full resolution (not the size it is shown at), as a JPEG. */
export async function stillOf(stream: MediaStream): Promise<Blob | null> {
  const v = hiddenVideo();
  v.srcObject = stream;
  try {
    await v.play();
    for (let i = 0; i < 50 && !v.videoWidth; i++) await new Promise((r) => setTimeout(r, 20));
    if (!v.videoWidth) return null;
    const c = document.createElement('canvas');
    c.width = v.videoWidth;
    c.height = v.videoHeight;
    c.getContext('2d')?.drawImage(v, 0, 0);
    return await new Promise<Blob | null>((resolve) => c.toBlob(resolve, 'image/jpeg', 0.92));
  } finally {
    v.pause();
    v.srcObject = null;
  }
}
