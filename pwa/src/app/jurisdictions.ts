/**
 * The city's county-level units (GET /api/jurisdictions), loaded once per session and shared
 * by the queue's county filter, the map and the 新办 form's county choice. The last answer is
 * kept on the device: offline, the form still lists the counties instead of an empty choice.
 */
import { api } from './api';
import { failureOf } from './failure';

export interface Unit {
  code: string;
  name: string;
  kind: string;
  seat: [number, number];
}

export interface Jurisdictions {
  city: { code: string; name: string; centre: [number, number] } | null;
  units: Unit[];
}

const COPY_KEY = 'xuke.jurisdictions';

function keep(j: Jurisdictions): Jurisdictions {
  try {
    localStorage.setItem(COPY_KEY, JSON.stringify(j));
  } catch {
    // No storage: the next offline start simply has no copy.
  }
  return j;
}

function lastCopy(): Jurisdictions | null {
  try {
    const raw = localStorage.getItem(COPY_KEY);
    const j = raw ? (JSON.parse(raw) as Jurisdictions) : null;
    return j && Array.isArray(j.units) ? j : null;
  } catch {
    return null;
  }
}

let pending: Promise<Jurisdictions> | null = null;

export function loadJurisdictions(): Promise<Jurisdictions> {
  pending ??= api
    .get<Jurisdictions>('/api/jurisdictions')
    .then(keep)
    .catch((err: unknown) => {
      pending = null; // let the next screen try again
      const copy = failureOf(err) === 'offline' ? lastCopy() : null;
      if (copy) return copy;
      throw err;
    });
  return pending;
}
