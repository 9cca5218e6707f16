import { describe, expect, it } from 'vitest';
import { parsePoint } from './picker-point';

describe('parsePoint', () => {
  it('reads two coordinate fields', () => {
    expect(parsePoint('36.73', '119.02')).toEqual({ lat: 36.73, lng: 119.02 });
    expect(parsePoint(' 36.7 ', '119')).toEqual({ lat: 36.7, lng: 119 });
  });
  it('is null while a field is empty, not a number, or off the globe', () => {
    expect(parsePoint('', '119.02')).toBeNull();
    expect(parsePoint('36.73', ' ')).toBeNull();
    expect(parsePoint('36.7x', '119')).toBeNull();
    expect(parsePoint('119.02', '36.73')).toBeNull(); // latitude and longitude swapped
    expect(parsePoint('91', '119')).toBeNull();
    expect(parsePoint('36', '-181')).toBeNull();
  });
});
