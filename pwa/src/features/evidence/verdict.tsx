/** A verifier's verdict on an evidence bundle, as staff read it. */
import { t } from '../../app/i18n';
import { E } from '../remote/evidence.strings';

export interface Verdict {
  intact: boolean;
  problems: {
    part: string;
    problem: 'changed' | 'missing' | 'unexpected' | 'out_of_order' | 'signature';
  }[];
}

export function VerdictView({ verdict }: { verdict: Verdict }) {
  return (
    <section
      class={`panel evidence-verdict ${verdict.intact ? 'evidence-ok' : 'evidence-bad'}`}
      data-testid="evidence-verdict"
      data-intact={String(verdict.intact)}
      role="status"
    >
      <p>
        <strong>{t(verdict.intact ? E.intact : E.notIntact)}</strong>
      </p>
      {verdict.problems.length > 0 && (
        <ul class="evidence-problems">
          {verdict.problems.map((p) => (
            <li key={`${p.part}:${p.problem}`} data-testid="evidence-problem" data-part={p.part}>
              <span class="mono evidence-part">{p.part}</span> — {t(E[p.problem])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
