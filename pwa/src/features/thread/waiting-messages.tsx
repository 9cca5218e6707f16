/**
 * Unread thread messages as links to their cases: on the staff workbench the applicants'
 * messages waiting in the caller's counties, in the applicant's inbox the bureau's answers.
 */
import { api, opts, read } from '../../app/api';
import { fmt, t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { M } from './thread.strings';
import './thread.css';

function Cases(props: {
  title: string;
  total: number;
  cases: { applicationId: string; ref: string; shopName: string; unread: number }[];
  href: (id: string) => string;
  testid: string;
}) {
  if (props.total === 0) return null;
  return (
    <section class="panel" data-testid={props.testid}>
      <h2>
        {props.title}{' '}
        <span class="badge" data-testid={`${props.testid}-count`}>
          {props.total}
        </span>
      </h2>
      <ul class="bullets">
        {props.cases.map((c) => (
          <li key={c.applicationId}>
            <a href={props.href(c.applicationId)}>
              <span class="mono">{c.ref}</span> {c.shopName}
            </a>{' '}
            <span class="hint">{fmt('{n} {u}', { n: c.unread, u: t(M.unread) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WaitingMessages() {
  const res = useResource((signal) => read(api.threads.$get(undefined, opts({ signal }))), []);
  if (res.state !== 'ready') return null;
  return (
    <Cases
      title={t(M.waiting)}
      total={res.data.total}
      cases={res.data.cases}
      href={(id) => `/queue/${id}`}
      testid="waiting-messages"
    />
  );
}

export function ThreadAnswers() {
  const res = useResource((signal) => read(api.my.threads.$get(undefined, opts({ signal }))), []);
  if (res.state !== 'ready') return null;
  return (
    <Cases
      title={t(M.answers)}
      total={res.data.total}
      cases={res.data.cases}
      href={(id) => `/apply/${id}#thread`}
      testid="thread-answers"
    />
  );
}
