import { describe, expect, it } from 'vitest';
import { figuresAgree, formatWrittenFigure, parseWrittenFigure, printedFigure, readTypedFigure, writtenText } from './written-figures.js';

describe('figures as written', () => {
  it('reads the decimals and the qualifier the seeds write', () => {
    expect(parseWrittenFigure('715,10')).toEqual({ value: 715.1, decimals: 2, qualifier: null });
    expect(parseWrittenFigure('69,90')).toEqual({ value: 69.9, decimals: 2, qualifier: null });
    expect(parseWrittenFigure('hơn 256')).toEqual({ value: 256, decimals: 0, qualifier: 'hơn' });
    expect(parseWrittenFigure('  Khoảng   1.234,5 ')).toEqual({ value: 1234.5, decimals: 1, qualifier: 'khoảng' });
    for (const q of ['trên', 'gần', 'dưới']) expect(parseWrittenFigure(`${q} 97`)?.qualifier).toBe(q);
    // Typed decomposed (from a PDF): still "hơn".
    expect(parseWrittenFigure('ho\u031bn 256'.normalize('NFD'))?.qualifier).toBe('hơn');
  });

  it('refuses what is not one figure', () => {
    for (const bad of ['', 'hơn', '256 cuộc', 'nhiều 256', '1,2,3', 'hơn hơn 256', '19/19']) expect(parseWrittenFigure(bad), bad).toBeNull();
  });

  it('prints a figure as written, the Vietnamese way', () => {
    expect(formatWrittenFigure(parseWrittenFigure('6957,81')!)).toBe('6.957,81');
    expect(formatWrittenFigure(parseWrittenFigure('715,10')!)).toBe('715,10');
    expect(formatWrittenFigure(parseWrittenFigure('hơn 256')!)).toBe('hơn 256');
    expect(formatWrittenFigure(parseWrittenFigure('khoảng 11000')!)).toBe('khoảng 11.000');
  });

  it('keeps a written form only when it says more than the number', () => {
    expect(writtenText(parseWrittenFigure('715,10')!)).toBe('715,10');
    expect(writtenText(parseWrittenFigure('hơn 256')!)).toBe('hơn 256');
    expect(writtenText(parseWrittenFigure('715,1')!)).toBeNull();
    expect(writtenText(parseWrittenFigure('2971')!)).toBeNull();
  });

  it('prints a cell as written when the text is of its value, else by the cell’s decimals', () => {
    expect(printedFigure(715.1, '715,10', 2)).toBe('715,10');
    expect(printedFigure(256, 'hơn 256', 0)).toBe('hơn 256');
    expect(printedFigure(715.1, null, 2)).toBe('715,1');
    // The value changed after the text was written: the value wins.
    expect(printedFigure(300, 'hơn 256', 0)).toBe('300');
    expect(printedFigure(null, 'hơn 256', 0)).toBe('');
  });

  it('reads what is typed in a cell, within the decimals it allows', () => {
    expect(readTypedFigure('715,10', 2)).toEqual({ value: 715.1, text: '715,10' });
    expect(readTypedFigure('hơn 256', 0)).toEqual({ value: 256, text: 'hơn 256' });
    expect(readTypedFigure('2.971', 0)).toEqual({ value: 2971, text: null });
    expect(readTypedFigure('  ', 0)).toEqual({ value: null, text: null });
    expect(readTypedFigure('95,25', 1)).toEqual({ error: 'Tối đa 1 chữ số thập phân' });
    expect(readTypedFigure('256,5', 0)).toEqual({ error: 'Ô này chỉ ghi số nguyên' });
    expect(readTypedFigure('256 cuộc', 0)).toEqual({ error: 'Không phải số (ví dụ 1.234,5 hoặc hơn 256)' });
  });

  it('knows an approximate figure agrees with the counts it allows', () => {
    const exact = (value: number) => ({ value, qualifier: null });
    expect(figuresAgree({ value: 570, qualifier: 'hơn' }, exact(575))).toBe(true);
    expect(figuresAgree({ value: 570, qualifier: 'hơn' }, exact(560))).toBe(false);
    expect(figuresAgree({ value: 250, qualifier: 'khoảng' }, exact(252))).toBe(true);
    expect(figuresAgree({ value: 250, qualifier: 'khoảng' }, exact(300))).toBe(false);
    expect(figuresAgree({ value: 100, qualifier: 'gần' }, exact(97))).toBe(true);
    expect(figuresAgree({ value: 100, qualifier: 'gần' }, exact(101))).toBe(false);
    expect(figuresAgree({ value: 10, qualifier: 'dưới' }, exact(9))).toBe(true);
    expect(figuresAgree(exact(256), { value: 256, qualifier: 'hơn' })).toBe(true);
    expect(figuresAgree(exact(6), exact(5))).toBe(false);
  });
});
