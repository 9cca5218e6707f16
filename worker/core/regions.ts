/**
 * Administrative divisions: the kinds of unit a deployment serves, and the province-level codes
 * (GB/T 2260, first two digits) shared by the ID number and credit code validators.
 */

/** The city, and its county-level units: 区 district, 县 county, 县级市 county-level city. */
export const JURISDICTION_KINDS = ['city', 'district', 'county', 'county-level city'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

/**
 * 11–15 North, 21–23 North-east, 31–37 East, 41–46 South-central, 50–54 South-west,
 * 61–65 North-west, 71 Taiwan; 81 / 82 / 83 are the Hong Kong / Macao / Taiwan resident
 * residence-permit prefixes (港澳台居民居住证), which use the same 18-digit format.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82', '83'],
]);

/** Whether a 6-digit code starts with a known province-level prefix. */
export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && PROVINCE_CODES.has(code.slice(0, 2));
}
