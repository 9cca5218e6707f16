/**
 * The device's position during a call (GPS where the device gives it): asked once with the
 * browser's own prompt, then watched; each report that says something new goes to the room.
 * Never in the way: a refusal, a device without a position or a slow fix leaves the call as it
 * is, and the report then says why there is none.
 */
import { signal } from '@preact/signals';
import type { GeoNotGiven, GeoReport } from '@core/geo-fix';

/** Reports closer together than this are not sent (the room stores each one). */
export const SEND_EVERY_MS = 20_000;
/** A move smaller than this (metres) is not news unless the accuracy changed a lot. */
export const MOVED_M = 15;

/** The browser's fix as the room's report. */
export function reportOf(p: {
  coords: { latitude: number; longitude: number; accuracy: number };
  timestamp: number;
}): GeoReport {
  return {
    status: 'given',
    lat: p.coords.latitude,
    lng: p.coords.longitude,
    accuracy: Math.min(Math.max(0, p.coords.accuracy), 50_000),
    at: new Date(p.timestamp).toISOString(),
  };
}

/** GeolocationPositionError codes: 1 denied, 2 unavailable, 3 timeout. */
export function reasonOf(code: number): GeoNotGiven {
  return code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable';
}

/** Metres between two points (equirectangular: fine for a few kilometres). */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/** Whether `next` is worth sending after `sent` (sent at `sentAt`), at `now`. */
export function worthSending(
  sent: GeoReport | null,
  sentAt: number,
  next: GeoReport,
  now: number,
): boolean {
  if (!sent) return true;
  if (sent.status !== next.status) return true;
  if (next.status === 'not_given' || sent.status === 'not_given')
    return (
      sent.status === 'not_given' && next.status === 'not_given' && sent.reason !== next.reason
    );
  if (now - sentAt < SEND_EVERY_MS) return false;
  return (
    metresBetween(sent, next) >= MOVED_M ||
    next.accuracy < sent.accuracy / 2 ||
    next.accuracy > sent.accuracy * 2
  );
}

type Geo = Pick<Geolocation, 'watchPosition' | 'clearWatch'>;

export class PositionWatch {
  /** The latest report (null until the device answered). */
  readonly report = signal<GeoReport | null>(null);
  private id: number | null = null;
  private sent: GeoReport | null = null;
  private sentAt = 0;

  constructor(
    private readonly send: (r: GeoReport) => void,
    private readonly geo: Geo | undefined = globalThis.navigator?.geolocation,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    if (!this.geo) {
      this.update({ status: 'not_given', reason: 'unsupported' });
      return;
    }
    this.id = this.geo.watchPosition(
      (p) => this.update(reportOf(p)),
      (e) => {
        // A fix already given stays the latest news: a later timeout does not undo it.
        if (this.report.value?.status !== 'given' || e.code === 1)
          this.update({ status: 'not_given', reason: reasonOf(e.code) });
      },
      { enableHighAccuracy: true, maximumAge: 30_000, timeout: 20_000 },
    );
  }

  /** Sends the latest report again (the room was rejoined, or the consent carries it). */
  resend(): void {
    const r = this.report.value;
    if (r) this.transmit(r);
  }

  stop(): void {
    if (this.id !== null) this.geo?.clearWatch(this.id);
    this.id = null;
  }

  private update(r: GeoReport): void {
    this.report.value = r;
    if (worthSending(this.sent, this.sentAt, r, this.now())) this.transmit(r);
  }

  private transmit(r: GeoReport): void {
    this.sent = r;
    this.sentAt = this.now();
    this.send(r);
  }
}
