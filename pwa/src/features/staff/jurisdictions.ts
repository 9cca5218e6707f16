/**
 * The city's county-level units (GET /api/jurisdictions), loaded once per session and shared
 * by the queue's county filter and the map.
 */
import { api } from '../../app/api';

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

let pending: Promise<Jurisdictions> | null = null;

export function loadJurisdictions(): Promise<Jurisdictions> {
  pending ??= api.get<Jurisdictions>('/api/jurisdictions').catch((err: unknown) => {
    pending = null; // let the next screen try again
    throw err;
  });
  return pending;
}
