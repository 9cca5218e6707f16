/**
 * Bad input for the map and places: the layout check, the county of a point, place search, the
 * staff map, the working-day calendar, grid capacity overrides and the layout settings.
 */
import { BAD_DATES } from './bad-input.values';
import type { BadInputCase as Case } from './bad-input.case';

export const MAP_BAD_CASES: Case[] = [
  // --- layout check -----------------------------------------------------------------------------
  ...(
    [
      [
        { lat: 'x', lng: 119.06, county: '370702' },
        'a latitude that is a word',
        'VALIDATION_FAILED',
      ],
      [{ lat: 91, lng: 119.06, county: '370702' }, 'latitude 91', 'VALIDATION_FAILED'],
      [{ lat: 36.73, lng: -181, county: '370702' }, 'longitude -181', 'VALIDATION_FAILED'],
      [
        { lat: 36.73, lng: 119.06, county: '37' },
        'a county code of two digits',
        'VALIDATION_FAILED',
      ],
      [{ lat: 36.73, lng: 119.06, county: 370702 }, 'a county as a number', 'VALIDATION_FAILED'],
      [
        { lat: 36.73, lng: 119.06, county: '370702', crs: 'MARS' },
        'an unknown CRS',
        'VALIDATION_FAILED',
      ],
      [{ lat: 0, lng: 0, county: '370702' }, '0°N 0°E', 'LOCATION_OUTSIDE_CITY'],
      [{ lat: 39.9, lng: 116.4, county: '370702' }, 'Beijing', 'LOCATION_OUTSIDE_CITY'],
      [
        { lat: 119.06, lng: 36.73, county: '370702' },
        'swapped latitude and longitude',
        'VALIDATION_FAILED',
      ],
    ] as [unknown, string, string][]
  ).map(([body, name, code]): Case => ({
    name: `layout check: ${name}`,
    who: 'applicantA',
    path: '/api/layout/check',
    body,
    code,
  })),
  {
    name: 'layout check in a county that does not own the spot',
    who: 'applicantA',
    path: '/api/layout/check',
    body: { lat: 36.7301, lng: 119.0602, county: '370705' },
    code: 'LOCATION_COUNTY_MISMATCH',
  },
  {
    name: 'layout check in the city box but 100 km from every county seat',
    who: 'applicantA',
    path: '/api/layout/check',
    body: { lat: 35.65, lng: 118.15 },
    code: 'LOCATION_OUTSIDE_CITY',
  },
  // --- the county of a point ---------------------------------------------------------------------
  ...(
    [
      ['', 'no point', 'VALIDATION_FAILED'],
      ['lat=36.73', 'no longitude', 'VALIDATION_FAILED'],
      ['lat=x&lng=119.06', 'a latitude that is a word', 'VALIDATION_FAILED'],
      ['lat=36.73&lng=181', 'longitude 181', 'VALIDATION_FAILED'],
      ['lat=39.9&lng=116.4', 'Beijing', 'LOCATION_OUTSIDE_CITY'],
      ['lat=0&lng=0', '0°N 0°E', 'LOCATION_OUTSIDE_CITY'],
    ] as [string, string, string][]
  ).map(([q, name, code]): Case => ({
    name: `the county of ${name}`,
    who: 'applicantA',
    method: 'GET',
    path: `/api/layout/county?${q}`,
    code,
  })),
  // --- place search ------------------------------------------------------------------------------
  ...(
    [
      ['', 'no query'],
      ['q=', 'an empty query'],
      ['q=潍', 'one character'],
      ['q=%20%E6%BD%8D%20', 'one character between spaces'],
      [`q=${encodeURIComponent('路'.repeat(41))}`, '41 characters'],
    ] as [string, string][]
  ).map(([q, name]): Case => ({
    name: `place search with ${name}`,
    who: 'applicantA',
    method: 'GET',
    path: `/api/geocode?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- the map ----------------------------------------------------------------------------------
  ...['', 'lat=36.7', 'lat=x&lng=119', 'lat=95&lng=119', 'lat=36.7&lng=200'].map((q): Case => ({
    name: `the register at ${q || 'no point'}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/map/retailers/at?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a grid id of 100 characters',
    who: 'clerk',
    method: 'GET',
    path: `/api/map/grids/${'g'.repeat(100)}`,
    code: 'NOT_FOUND',
  },
  ...['abc', '37070', ''].map((county): Case => ({
    name: `inspectors of county "${county}"`,
    who: 'clerk',
    method: 'GET',
    path: `/api/staff/inspectors?county=${county}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- calendar ---------------------------------------------------------------------------------
  ...BAD_DATES.map((d): Case => ({
    name: `a holiday on ${d}`,
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: [d], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a year that is not the one in the URL',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2028, holidays: [], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a day both a holiday and a make-up day',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: {
      year: 2027,
      holidays: ['2027-10-09'],
      makeup_workdays: ['2027-10-09'],
      source: '国务院办公厅通知',
    },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a holiday ten years away from its year',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: ['2037-01-01'], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a calendar source with markup',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: [], makeup_workdays: [], source: '<i>通知</i>' },
    code: 'VALIDATION_FAILED',
  },
  // --- grids ------------------------------------------------------------------------------------
  ...[-1, 20_000, 1.5, '10'].map((capacity): Case => ({
    name: `a capacity override of ${JSON.stringify(capacity)}`,
    who: 'admin',
    method: 'PUT',
    path: (w) => `/api/grids/${w.grid}/override`,
    body: { capacity, reason: '重点帮扶' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a capacity override without a reason',
    who: 'admin',
    method: 'PUT',
    path: (w) => `/api/grids/${w.grid}/override`,
    body: { capacity: 12 },
    code: 'OVERRIDE_REASON_REQUIRED',
  },
  {
    name: 'a capacity override of a grid that does not exist',
    who: 'admin',
    method: 'PUT',
    path: '/api/grids/8831aa5029fffff/override',
    body: { capacity: 12, reason: '重点帮扶' },
    code: 'NOT_FOUND',
  },
  ...(
    [
      [{ minSpacingM: -1, schoolBufferM: 50 }, 'a negative spacing'],
      [{ minSpacingM: 5000, schoolBufferM: 50 }, 'a 5 km spacing'],
      [{ minSpacingM: 50, schoolBufferM: 'far' }, 'a school zone that is a word'],
    ] as [unknown, string][]
  ).map(([rules, name]): Case => ({
    name: `layout settings with ${name}`,
    who: 'admin',
    method: 'PUT',
    path: '/api/grids/settings',
    body: { rules },
    code: 'VALIDATION_FAILED',
  })),
];
