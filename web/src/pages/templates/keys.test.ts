import { describe, expect, it } from 'vitest';
import { keyFrom } from './keys.js';

describe('figure table keys from Vietnamese labels', () => {
  it('folds diacritics and đ, and stays unique', () => {
    expect(keyFrom('Năm 2023', [])).toBe('nam-2023');
    expect(keyFrom('Đơn nhận (đơn)', [])).toBe('don-nhan-don');
    expect(keyFrom('Năm 2023', ['nam-2023', 'nam-2023-2'])).toBe('nam-2023-3');
    expect(keyFrom('%', [])).toBe('muc');
  });
});
