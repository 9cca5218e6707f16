/**
 * Masking of personal numbers (PRODUCT.md §8: ID numbers and phones are sensitive and masked by
 * default in staff views). Every rule is idempotent — masking a masked value gives it back — so
 * the worker masks before anything leaves it and the PWA may mask again what it shows, and both
 * show the same characters.
 */
import { MOBILE_PHONE_DIGITS } from './phone';

/**
 * Masks the birth date and sequence of an ID number: first 6 and last 4 kept. Anything not 18
 * characters long is masked entirely, as it cannot be shown safely.
 * @example maskIdNumber('37070219850615123x') === '370702********123X'
 */
export function maskIdNumber(id: string): string {
  const v = id.trim().toUpperCase();
  if (v.length !== 18) return '*'.repeat(v.length);
  return `${v.slice(0, 6)}${'*'.repeat(8)}${v.slice(14)}`;
}

/**
 * Masks a phone number. A mainland mobile keeps its first 3 and last 4 digits; any other number
 * (a landline) keeps its last 4; 4 characters or fewer are masked entirely.
 * @example maskPhone('13966871237') === '139****1237'
 * @example maskPhone('0536-8881234') === '********1234'
 */
export function maskPhone(phone: string): string {
  const v = phone.trim();
  if (v.length === 11 && v.startsWith('1')) return `${v.slice(0, 3)}****${v.slice(7)}`;
  if (v.length <= 4) return '*'.repeat(v.length);
  return `${'*'.repeat(v.length - 4)}${v.slice(-4)}`;
}

/** An 18-character ID number inside a text, not part of a longer run of letters or digits. */
const ID_NUMBER_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** A mobile number inside a text, not part of a longer run of digits. */
const MOBILE_IN_TEXT = new RegExp(`(?<!\\d)${MOBILE_PHONE_DIGITS}(?!\\d)`, 'g');

/**
 * A free text with every ID number and mobile number in it masked, for records that outlive
 * their purpose (the audit log).
 * @example maskNumbersInText('call 13966871237') === 'call 139****1237'
 */
export function maskNumbersInText(text: string): string {
  return text
    .replace(ID_NUMBER_IN_TEXT, (m) => maskIdNumber(m))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m));
}

/** Whether a form field holds a phone number: any key naming one (`phone`, `contactPhone`). */
export function isPhoneField(key: string): boolean {
  return /phone/i.test(key);
}

/** Whether a form field holds an ID number in clear (`idNumber`, `agentIdNumber`). */
function isIdNumberField(key: string): boolean {
  return /idNumber$/i.test(key);
}

/**
 * A form value as staff may see it: phone and ID number fields masked, every other value
 * unchanged. Stored masked copies (`idNumberMasked`) are already masked and pass through.
 * @example maskFormValue('contactPhone', '13966871237') === '139****1237'
 */
export function maskFormValue(key: string, value: string): string {
  if (isPhoneField(key)) return maskPhone(value);
  if (isIdNumberField(key)) return maskIdNumber(value);
  return value;
}

/**
 * A person's name as anyone may see it (the public verify page): the first and last characters
 * kept, the ones between masked; a two-character name keeps its first.
 * @example maskPersonName('王建国') === '王*国'
 * @example maskPersonName('李四') === '李*'
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
