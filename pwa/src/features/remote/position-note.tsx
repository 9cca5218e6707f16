/**
 * The position line of the call: why the position is asked and what this device gave (for the
 * applicant, and an inspector on a phone), and for the officers whether the applicant's device
 * gave one. Information only: nothing here can hold the call up.
 */
import type { GeoEntry } from '@core/geo-fix';
import type { RoomRole, RoomState } from '@core/room';
import { fmt, t } from '../../app/i18n';
import { G } from './position.strings';
import type { PositionWatch } from './position';

function entryText(e: GeoEntry | null | undefined, given: typeof G.given, none: typeof G.given) {
  if (!e) return t(G.asking);
  return e.status === 'given'
    ? fmt(t(given), { m: Math.round(e.accuracy) })
    : fmt(t(none), { why: t(G[e.reason]) });
}

export function PositionNote(p: { watch: PositionWatch | null; role: RoomRole; s: RoomState }) {
  const mine = p.watch?.report.value;
  const theirs = p.s.positions[p.s.setup.applicantId];
  return (
    <section
      class="panel remote-position"
      data-testid="remote-position"
      data-mine={mine?.status ?? 'none'}
      data-applicant={theirs?.status ?? 'none'}
    >
      {p.watch && <p>{t(p.role === 'applicant' ? G.why : G.whyStaff)}</p>}
      {p.watch && (
        <p data-testid="remote-position-mine">
          {entryText(mine ? { ...mine, receivedAt: '' } : null, G.given, G.notGiven)}
        </p>
      )}
      {p.role !== 'applicant' && (
        <p data-testid="remote-position-applicant">
          {theirs
            ? entryText(theirs, G.applicantGiven, G.applicantNone)
            : fmt(t(G.applicantNone), { why: t(G.not_reported) })}
        </p>
      )}
    </section>
  );
}
