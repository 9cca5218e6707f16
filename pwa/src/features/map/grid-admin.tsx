/**
 * 网格管理 (admin): distance rules, the yearly capacity recompute previewed before it is
 * applied, and the imports (retailers, schools, market-unit polygons), each checked first and
 * imported all or nothing. Other staff roles read grids on the map; only the admin writes
 * (PRODUCT.md §9). One file per section: admin-*.tsx.
 */
import { api, opts, read } from '../../app/api';
import { t } from '../../app/i18n';
import { useResource } from '../../app/resource';
import { Async, PageTitle } from '../../app/ui';
import { G } from './grid-admin.strings';
import { PolygonImport } from './admin-polygons';
import { RecomputeForm } from './admin-recompute';
import { RetailerImport } from './admin-retailers';
import { DistanceRulesForm } from './admin-rules';
import { SchoolImport } from './admin-schools';

const SECTIONS = [
  ['rules', G.rules],
  ['recompute', G.recompute],
  ['retailers', G.retailerImport],
  ['schools', G.schools],
  ['polygons', G.polygons],
] as const;

export function GridAdmin() {
  const settings = useResource(
    (signal) => read(api.grids.settings.$get(undefined, opts({ signal }))),
    [],
  );
  return (
    <section data-testid="grid-admin">
      <PageTitle text={G.title} />
      <p class="lead">{t(G.intro)}</p>
      <nav aria-label={t(G.sections)}>
        <ul class="button-row" style={{ listStyle: 'none', padding: 0 }}>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a class="btn btn-small btn-ghost" href={`#${id}`}>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Async res={settings}>
        {(s) => (
          <>
            <DistanceRulesForm initial={s.rules} />
            <RecomputeForm initial={s.weights} />
          </>
        )}
      </Async>
      <RetailerImport />
      <SchoolImport />
      <PolygonImport />
    </section>
  );
}
