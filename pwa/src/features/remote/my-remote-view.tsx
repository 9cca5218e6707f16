/**
 * The applicant's 远程视频核查: their inspections with the appointment, the inspectors and the
 * address; the inbox message of a booking or a move opens this screen.
 */
import { REMOTE_STATE_LABELS } from '@core/remote-inspection';
import { api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { R, V } from './remote.strings';
import './remote.css';

export function MyRemoteView() {
  const res = useResource((signal) => read(api.my.inspections.$get({}, opts({ signal }))), []);
  return (
    <section data-testid="my-remote-view">
      <PageTitle text={R.myTitle} />
      <p class="lead">{t(R.myIntro)}</p>
      <Async res={res} isEmpty={(d) => d.items.length === 0} empty={R.myNone}>
        {(d) => (
          <ul class="remote-list">
            {d.items.map((r) => (
              <li
                key={r.id}
                class="card remote-item"
                data-testid="my-remote-item"
                data-state={r.state}
              >
                <div class="remote-head">
                  <span class="remote-when">
                    {t(R.appointment)}: {r.on} {r.at}
                  </span>
                  <span class="badge">{t(REMOTE_STATE_LABELS[r.state])}</span>
                </div>
                <div>
                  {t(R.caseRef)}: <span class="mono">{r.caseRef}</span>
                </div>
                <div>
                  {t(R.address)}: {r.address}
                </div>
                <div>
                  {t(R.officers)}: {r.officers.map((o) => o.name).join('、')}
                </div>
                {r.may.join && (
                  <a class="btn btn-primary" href={`/remote/${r.id}`} data-testid="remote-join">
                    {t(V.join)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
