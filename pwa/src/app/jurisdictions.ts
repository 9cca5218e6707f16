/**
 * The city's county-level units (GET /api/jurisdictions), loaded once per session and shared
 * by the queue's county filter, the map and the 新办 form's county choice. The last answer is
 * kept on the device: offline, the form still lists the counties instead of an empty choice.
 */
import type { JurisdictionsView, JurisdictionUnit } from '@core/api';
import { api, read } from './api';
import { failureOf } from './failure';
import { useEffect, useState } from 'preact/hooks';
import { staff } from './auth';

export type Unit = JurisdictionUnit;
export type Jurisdictions = JurisdictionsView;

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
  pending ??= read(api.jurisdictions.$get())
    .then(keep)
    .catch((err: unknown) => {
      pending = null; // let the next screen try again
      const copy = failureOf(err) === 'offline' ? lastCopy() : null;
      if (copy) return copy;
      throw err;
    });
  return pending;
}

/** Whether the signed-in staff member covers the whole city (a code ending in 00). */
function isCityLevel(own: readonly { code: string }[]): boolean {
  return own.some((j) => j.code.endsWith('00'));
}

/**
 * Whether the signed-in staff member sees more than one county: only then is there a county to
 * filter by or to tell cases apart by.
 */
export function seesSeveralCounties(): boolean {
  const own = staff.value?.jurisdictions ?? [];
  return own.length > 1 || isCityLevel(own);
}

/** The counties this user may filter by: their own, or every unit for a city-level account. */
export function useCountyOptions(): { code: string; name: string }[] {
  const own = staff.value?.jurisdictions ?? [];
  const cityLevel = isCityLevel(own);
  const [units, setUnits] = useState<{ code: string; name: string }[] | null>(null);
  useEffect(() => {
    if (!cityLevel) return;
    loadJurisdictions()
      .then((j) => setUnits(j.units))
      .catch(() => setUnits([]));
  }, [cityLevel]);
  return cityLevel ? (units ?? []) : own;
}
