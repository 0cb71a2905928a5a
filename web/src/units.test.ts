import { describe, expect, it } from 'vitest';
import { matchesLabel } from './units.js';

describe('searching a unit picker', () => {
  it('finds a unit typed with or without diacritics', () => {
    expect(matchesLabel('tra tay', { label: 'Xã Trà Tây (51.TB.TT)' })).toBe(true);
    expect(matchesLabel('Trà Tây', { label: 'Xã Trà Tây (51.TB.TT)' })).toBe(true);
    expect(matchesLabel('duc pho', { label: 'Thị xã Đức Phổ (51.DP)' })).toBe(true);
    expect(matchesLabel('tra tan', { label: 'Xã Trà Tây (51.TB.TT)' })).toBe(false);
  });
});
