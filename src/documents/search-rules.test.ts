import { describe, expect, it } from 'vitest';
import { foldForSearch, matchPatterns, numberKeyOf, searchTerms } from './search-rules.js';

describe('search terms', () => {
  it('reads every way a number is written as one key', () => {
    const keys = ['113-CV/BDVHU', '113-CV-BDVHU', '113 CV BDVHU', '113.cv.bdvhu', '113CVBDVHU', 'Số 113-CV/BDVHU'].map((q) => searchTerms(q)?.numberKey);
    expect(new Set(keys)).toEqual(new Set(['113cvbdvhu']));
    expect(searchTerms('1444 UBND NV')?.numberKey).toBe(numberKeyOf('1444/UBND-NV'));
    expect(numberKeyOf('445-CV-ĐU')).toBe('445cvdu');
    expect(numberKeyOf('Số: 39/BC-UBND')).toBe('39bcubnd');
  });

  it('folds diacritics, đ and case, and keeps figures whole', () => {
    expect(foldForSearch('Phong trào thi đua “Dân vận khéo”')).toBe('phong trao thi dua dan van kheo');
    expect(foldForSearch('Ban Dân vận Huyện uỷ'.normalize('NFD'))).toBe('ban dan van huyen uy');
    const terms = searchTerms('dân vận 2025')!;
    expect(terms.numberKey).toBeNull();
    expect(matchPatterns(terms)).toEqual(['% dan%', '% van%', '% 2025 %']);
  });

  it('matches a number\'s words in their order, and other words anywhere', () => {
    expect(matchPatterns(searchTerms('113-KH/BDVHU')!)).toEqual(['% 113 kh bdvhu%']);
    expect(matchPatterns(searchTerms('Số 59/2023')!)).toEqual(['% 59 2023 %']);
    expect(matchPatterns(searchTerms('huyện ủy Tháp Mười')!)).toEqual(['% huyen%', '% uy%', '% thap%', '% muoi%']);
  });

  it('finds nothing to search in blanks and punctuation', () => {
    expect(searchTerms('  - / . ')).toBeNull();
  });
});
