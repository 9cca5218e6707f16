import { describe, expect, it } from 'vitest';
import { planPrecache, type BuiltChunk, type RoleSpec } from './to-cache';

/** A small build shaped like the real one (see the chunk names in dist/pwa/precache-roles.json). */
function chunk(file: string, more: Partial<BuiltChunk> = {}): BuiltChunk {
  return {
    file: `assets/${file}.js`,
    source: null,
    isEntry: false,
    imports: [],
    dynamicImports: [],
    css: [],
    assets: [],
    ...more,
  };
}
const a = (name: string) => `assets/${name}.js`;

const BUILD: BuiltChunk[] = [
  chunk('index', {
    isEntry: true,
    imports: [a('runtime')],
    dynamicImports: [a('applicant-app'), a('staff-app')],
    css: ['assets/index.css'],
  }),
  chunk('runtime'),
  chunk('applicant-app', {
    source: 'src/features/applicant/applicant-app.tsx',
    imports: [a('index'), a('runtime'), a('shared-ui')],
    dynamicImports: [a('apply-form'), a('can-i-open')],
  }),
  // Imports the role's root back (shared code hoisted there): must not pull in the other role.
  chunk('apply-form', {
    imports: [a('applicant-app'), a('schemas')],
    dynamicImports: [a('ocr')],
    css: ['assets/apply-form.css'],
  }),
  chunk('ocr', { imports: [a('index')], assets: ['assets/ocr.worker.js'] }),
  chunk('schemas'),
  chunk('can-i-open', { imports: [a('shared-ui')], dynamicImports: [a('picker-engine')] }),
  chunk('picker-engine', { imports: [a('maplibre-gl'), a('h3'), a('map-style')] }),
  chunk('maplibre-gl', { assets: ['assets/maplibre-gl-worker.mjs'] }),
  chunk('h3'),
  chunk('map-style'),
  chunk('shared-ui', { imports: [a('runtime')] }),
  chunk('staff-app', {
    source: 'src/features/staff/staff-app.tsx',
    imports: [a('index'), a('shared-ui')],
    dynamicImports: [a('map-view'), a('grid-admin'), a('case-view')],
  }),
  chunk('case-view', { imports: [a('staff-app'), a('schemas')] }),
  chunk('map-view', {
    dynamicImports: [a('maplibre-engine')],
    assets: ['assets/map-data.worker.js'],
    css: ['assets/map.css'],
  }),
  chunk('maplibre-engine', { imports: [a('maplibre-gl'), a('map-view')] }),
  chunk('grid-admin', {
    source: 'src/features/map/grid-admin.tsx',
    dynamicImports: [a('read-excel'), a('admin-geo')],
  }),
  chunk('read-excel'),
  chunk('admin-geo', { imports: [a('h3')] }),
  chunk('orphan'),
];

const ROLES: Record<'applicant' | 'staff' | 'admin', RoleSpec> = {
  applicant: { roots: ['src/features/applicant/applicant-app.tsx'] },
  staff: { roots: ['src/features/staff/staff-app.tsx'], skip: ['src/features/map/grid-admin.tsx'] },
  admin: { roots: ['src/features/staff/staff-app.tsx'] },
};
const isRuntime = (f: string) => /^assets\/maplibre/.test(f);

describe('planPrecache', () => {
  const plan = planPrecache(BUILD, ROLES, isRuntime);

  it('puts the entry and its static imports in the shell', () => {
    expect(plan.shell).toEqual(['assets/index.css', a('index'), a('runtime')]);
  });

  it("gives the applicant its screens, their CSS and workers, and nothing of the staff's", () => {
    expect(plan.roles.applicant).toEqual([
      a('applicant-app'),
      'assets/apply-form.css',
      a('apply-form'),
      a('can-i-open'),
      a('ocr'),
      'assets/ocr.worker.js',
      a('schemas'),
      a('shared-ui'),
    ]);
  });

  it('keeps grid administration and the spreadsheet reader for the admin', () => {
    expect(plan.roles.staff).not.toContain(a('grid-admin'));
    expect(plan.roles.staff).not.toContain(a('read-excel'));
    expect(plan.roles.admin).toEqual(
      [...plan.roles.staff, a('grid-admin'), a('read-excel'), a('admin-geo'), a('h3')].sort(),
    );
    expect(plan.roles.staff).toEqual([
      a('case-view'),
      'assets/map-data.worker.js',
      a('map-view'),
      'assets/map.css',
      a('schemas'),
      a('shared-ui'),
      a('staff-app'),
    ]);
  });

  it('leaves what needs a runtime-cached library to first use, and the library to runtime', () => {
    // The applicant's map picker and its helpers need maplibre, cached on first use.
    expect(plan.firstUse).toEqual([a('h3'), a('map-style'), a('orphan'), a('picker-engine')]);
    expect(plan.runtime).toEqual([a('maplibre-gl'), a('maplibre-engine')]);
    for (const list of [plan.shell, ...Object.values(plan.roles), plan.firstUse]) {
      expect(list.filter(isRuntime)).toEqual([]);
      expect(list).not.toContain('assets/maplibre-gl-worker.mjs');
    }
  });

  it('places every chunk somewhere', () => {
    const placed = new Set([
      ...plan.shell,
      ...Object.values(plan.roles).flat(),
      ...plan.firstUse,
      ...plan.runtime,
    ]);
    expect(BUILD.filter((c) => !placed.has(c.file))).toEqual([]);
  });

  it('refuses a role root that the build does not have', () => {
    expect(() =>
      planPrecache(BUILD, { x: { roots: ['src/features/gone.tsx'] } }, isRuntime),
    ).toThrow(/no chunk is built from src\/features\/gone.tsx/);
  });
});
