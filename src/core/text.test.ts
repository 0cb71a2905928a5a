import { describe, expect, it } from 'vitest';
import { cleanText } from './text.js';

describe('cleanText', () => {
  it('gives one string for the same name however it was typed or pasted', () => {
    const nfc = 'UBND huyện Trà Bồng';
    expect(cleanText(nfc.normalize('NFD'))).toBe(nfc);
    expect(cleanText('UBND huyện\u200b Trà Bồng')).toBe(nfc);
    expect(cleanText('\ufeffUBND huyện Trà\u00ad Bồng\u202c')).toBe(nfc);
    expect(cleanText('1444/UBND\u2060-NV')).toBe('1444/UBND-NV');
  });
});
