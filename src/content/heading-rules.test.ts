/** Headings set by their number (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.6; the seeds below that). */
import { describe, expect, it } from 'vitest';
import { headingEmphasis, headingKind } from './heading-rules.js';

describe('headingKind', () => {
  it('reads the level from the number, whatever the depth: seed 004’s 1.1-2.9 sit under a part', () => {
    expect(headingKind('II.', 1)).toBe('roman');
    expect(headingKind('1.', 2)).toBe('number');
    expect(headingKind('2.9.', 3)).toBe('sub');
    expect(headingKind('2.9', 0)).toBe('sub');
    expect(headingKind('1.2.3.', 1)).toBe('subsub');
    expect(headingKind('a)', 0)).toBe('letter');
    expect(headingKind('-', 0)).toBe('dash');
  });

  it('gives a heading without a number the level of its depth', () => {
    expect(headingKind('', 0)).toBe('roman');
    expect(headingKind('', 2)).toBe('sub');
    expect(headingKind('Mục', 9)).toBe('letter');
  });

  it('sets I., 1. and 1.1. bold and upright; the deeper levels italic', () => {
    for (const label of ['I.', '1.', '1.1.']) expect(headingEmphasis[headingKind(label, 3)]).toEqual({ bold: true, italic: false });
    expect(headingEmphasis[headingKind('1.1.1.', 0)]).toEqual({ bold: true, italic: true });
    expect(headingEmphasis[headingKind('a)', 0)]).toEqual({ bold: false, italic: true });
  });
});
