/** The authorization matrix: grids, the staff map, the layout check, place search, schools and imports. */
import { STAFF, SIGNED_IN, type Probe } from './authz.principals';

export const LAYOUT_ROUTES: Record<string, Probe[]> = {
  'GET /api/grids/settings': [
    { name: 'layout settings', path: () => '/api/grids/settings', allow: STAFF },
  ],
  'PUT /api/grids/settings': [
    {
      name: 'change the distance rules',
      path: () => '/api/grids/settings',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/recompute/preview': [
    {
      name: 'preview the recompute',
      path: () => '/api/grids/recompute/preview',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/recompute/apply': [
    {
      name: 'apply the recompute',
      path: () => '/api/grids/recompute/apply',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'PUT /api/grids/:id/override': [
    {
      name: 'override a capacity',
      path: (w) => `/api/grids/${w.grid}/override`,
      body: () => ({ capacity: 12, reason: '重点帮扶' }),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/repair-counts': [
    {
      name: 'repair the counts',
      path: () => '/api/grids/repair-counts',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/polygons': [
    {
      name: 'import polygons (dry run)',
      path: () => '/api/grids/polygons',
      body: () => ({ crs: 'WGS84', units: [{}] }),
      allow: ['admin'],
    },
  ],
  'GET /api/map/config': [{ name: 'map config', path: () => '/api/map/config', allow: SIGNED_IN }],
  'GET /api/map/outlines': [
    { name: 'county outlines', path: () => '/api/map/outlines', allow: SIGNED_IN },
  ],
  'GET /api/map/data': [{ name: 'the staff map', path: () => '/api/map/data', allow: STAFF }],
  'GET /api/map/grids/:id': [
    {
      name: 'a 潍城区 grid',
      path: (w) => `/api/map/grids/${w.grid}`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'GET /api/map/retailers/at': [
    {
      name: 'the register at a point',
      path: (w) => `/api/map/retailers/at?lat=${w.lat}&lng=${w.lng}`,
      allow: STAFF,
    },
  ],
  'GET /api/map/tiles/:z/:x/:y': [
    // No basemap configured in tests: 404 for everyone signed in, 401 before that.
    { name: 'a basemap tile', path: () => '/api/map/tiles/10/850/390', allow: [] },
  ],
  'POST /api/layout/check': [
    {
      name: 'can I open here',
      path: () => '/api/layout/check',
      body: (w) => ({ lat: w.lat, lng: w.lng, county: '370702' }),
      allow: SIGNED_IN,
    },
  ],
  'GET /api/layout/county': [
    {
      name: 'the county of a point',
      path: (w) => `/api/layout/county?lat=${w.lat}&lng=${w.lng}`,
      allow: SIGNED_IN,
    },
  ],
  'GET /api/geocode': [
    { name: 'search a place by name', path: () => '/api/geocode?q=潍城', allow: SIGNED_IN },
  ],
  'GET /api/schools': [{ name: 'schools', path: () => '/api/schools', allow: STAFF }],
  'POST /api/schools/import': [
    {
      name: 'import schools (dry run)',
      path: () => '/api/schools/import',
      body: () => ({ crs: 'WGS84', rows: [{}] }),
      allow: ['admin'],
    },
  ],
  'POST /api/imports/retailers': [
    {
      name: 'import retailers (dry run)',
      path: () => '/api/imports/retailers',
      body: () => ({ crs: 'WGS84', rows: [{}] }),
      allow: ['admin'],
    },
  ],
};
