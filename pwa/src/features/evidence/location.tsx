/** The positions a sealed manifest records (GPS where the device gave it), for the verify page. */
import { Fragment } from 'preact';
import type { ManifestLocation, ManifestPosition } from '@core/geo-fix';
import { fmt, t } from '../../app/i18n';
import { G } from '../remote/position.strings';

function Position({ p }: { p: ManifestPosition }) {
  if (p.status === 'not_given')
    return <span data-status="not_given">{fmt(t(G.notGivenShort), { why: t(G[p.reason]) })}</span>;
  return (
    <span class="mono" data-status="given">
      {p.lat.toFixed(6)}, {p.lng.toFixed(6)} ±{Math.round(p.accuracy)} m · {p.at}
    </span>
  );
}

export function LocationView({ location }: { location: ManifestLocation | null }) {
  return (
    <section class="panel evidence-location" data-testid="evidence-location">
      <h3>{t(G.title)}</h3>
      {!location ? (
        <p>{t(G.none)}</p>
      ) : (
        <dl>
          <dt>{t(G.atConsent)}</dt>
          <dd data-testid="evidence-location-consent" data-status={location.consent.status}>
            <Position p={location.consent} />
          </dd>
          {location.parties.map((x, i) => (
            <Fragment key={i}>
              <dt>
                {t(G[x.role])} · {t(G.lastOf)}
              </dt>
              <dd>
                <Position p={x.position} />
              </dd>
            </Fragment>
          ))}
          {location.stills.map((x) => (
            <Fragment key={x.path}>
              <dt class="mono">
                {t(G.atStill)} {x.path}
              </dt>
              <dd data-testid="evidence-location-still" data-status={x.gps.applicant.status}>
                {t(G.applicant)}: <Position p={x.gps.applicant} />
                <br />
                {t(G.lead_inspector)}: <Position p={x.gps.lead} />
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}
