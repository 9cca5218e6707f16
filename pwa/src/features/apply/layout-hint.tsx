/**
 * The layout check under the location of a 新办 form: as soon as the county and a point are
 * known, the applicant sees what the approval will decide on — free place or queue, spacing,
 * school zone — before submitting. It only informs: the applicant may still submit.
 * Offline, or while the point is incomplete, it shows nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LayoutVerdict } from '@core/layout';
import { api, opts, read } from '../../app/api';
import { dict, t } from '../../app/i18n';
import { StandingBadge } from '../../app/level-badge';
import { reasonText } from '../consult/can-i-open.strings';
import type { FormState } from './form-state';

const H = dict({
  ok: { zh: '该位置目前符合布局要求。', en: 'The spot meets the layout rules today.' },
  queue: {
    zh: '所在市场单元目前没有空余名额：受理后需按顺序轮候。',
    en: 'The grid has no place free now: after acceptance the application waits its turn.',
  },
  refused: {
    zh: '该位置不符合布局要求，提交后可能不予许可：',
    en: 'The spot breaks a layout rule; the application may be refused:',
  },
});

/** How long the point must stay still before it is checked (typing coordinates). */
const SETTLE_MS = 600;

function point(f: FormState): { lat: number; lng: number; county: string } | null {
  const lat = Number(f.lat);
  const lng = Number(f.lng);
  const county = typeof f.county === 'string' ? f.county : '';
  if (!county || f.lat === '' || f.lng === '' || !Number.isFinite(lat) || !Number.isFinite(lng))
    return null;
  if (lat < 3 || lat > 54 || lng < 73 || lng > 136) return null;
  return { lat, lng, county };
}

export function LayoutHint({ form }: { form: FormState }) {
  const p = point(form);
  const key = p ? `${p.county}:${p.lat}:${p.lng}` : '';
  const [result, setResult] = useState<{ key: string; v: LayoutVerdict } | null>(null);
  useEffect(() => {
    if (!p) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      read(api.layout.check.$post({ json: p }, opts({ signal: ctl.signal })))
        .then((v) => setResult({ key, v }))
        .catch(() => undefined); // offline or unknown county: the form says nothing more
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [key]);
  if (!p || result?.key !== key) return null;
  const v = result.v;
  const problems = v.reasons.filter(
    (r) => r.code === 'too_close_retailer' || r.code === 'school_zone',
  );
  return (
    <div
      class={v.verdict === 'ok' ? 'notice' : 'panel panel-warn'}
      data-testid="layout-hint"
      data-verdict={v.verdict}
      aria-live="polite"
    >
      {v.verdict === 'refused' ? (
        <>
          <strong>{t(H.refused)}</strong>
          <ul>
            {problems.map((r, i) => (
              <li key={i}>{reasonText(r)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          {t(v.verdict === 'ok' ? H.ok : H.queue)} <StandingBadge standing={v.standing} />
        </>
      )}
    </div>
  );
}
