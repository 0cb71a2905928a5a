import { describe, expect, it } from 'vitest';
import { addDays, foldVietnamese, formatDate, formatNumber, formatPercent, isIsoDate, parseViNumber, todayIso, writtenDecimals } from './vi-format.js';

describe('Vietnamese numbers', () => {
  it('formats the seed figures the way the reports print them', () => {
    expect(formatNumber(6957.81)).toBe('6.957,81');
    expect(formatNumber(2971)).toBe('2.971');
    expect(formatNumber(715.1)).toBe('715,1');
    expect(formatNumber(11000)).toBe('11.000');
    // Half up on the written decimal, not on the binary one.
    expect([formatNumber(2.675, 2), formatNumber(1.005, 2), formatNumber(0.125, 2), formatNumber(-2.675, 2), formatNumber(95.238, 1), formatNumber(1e-7, 2)]).toEqual(['2,68', '1,01', '0,13', '-2,68', '95,2', '0']);
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(-1234567.891)).toBe('-1.234.567,89');
    expect(formatNumber(null)).toBe('');
    expect(formatPercent(55.56)).toBe('55,56%');
  });

  it('keeps the decimals a figure was written with, as Intl.NumberFormat(vi-VN) does with minimumFractionDigits', () => {
    expect(formatNumber(715.1, 2, 2)).toBe('715,10');
    expect(formatNumber(69.9, 2, 2)).toBe('69,90');
    expect(formatNumber(6957.81, 2, 2)).toBe(new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(6957.81));
    expect(formatNumber(1234.5, 1, 1)).toBe(new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1 }).format(1234.5));
    // Fewer kept than allowed: zeros beyond the kept ones still go.
    expect([formatNumber(95.2, 2, 1), formatNumber(100, 2, 1), formatNumber(2.675, 2, 2)]).toEqual(['95,2', '100,0', '2,68']);
    expect([writtenDecimals('715,10'), writtenDecimals('69,90'), writtenDecimals('2.971'), writtenDecimals('256'), writtenDecimals(' 6957,81 ')]).toEqual([2, 2, 0, 0, 2]);
  });

  it('reads numbers typed the Vietnamese way', () => {
    expect(parseViNumber('6.957,81')).toBe(6957.81);
    expect(parseViNumber('6957,81')).toBe(6957.81);
    expect(parseViNumber('2.971')).toBe(2971);
    expect(parseViNumber(' 11.000 ')).toBe(11000);
    expect(parseViNumber('561,7')).toBe(561.7);
    expect(parseViNumber('0')).toBe(0);
  });

  it('refuses text that is not one number', () => {
    for (const bad of ['', 'abc', '1,2,3', '12.34', '1.2345', '6/6', '19 đơn']) expect(parseViNumber(bad), bad).toBeNull();
  });
});

describe('dates', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2023-06-14')).toBe('14/06/2023');
    expect(formatDate(null)).toBe('');
  });
  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-6-14')).toBe(false);
  });
  it('takes today in Vietnam (UTC+7)', () => {
    expect(todayIso(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(todayIso(new Date('2025-06-30T16:59:00Z'))).toBe('2025-06-30');
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
  });
});

describe('folding Vietnamese', () => {
  it('drops every diacritic, đ and Đ included', () => {
    expect(foldVietnamese('Trà Tây, Đức Phổ, Nguyễn Nghiêm, ỹ')).toBe('Tra Tay, Duc Pho, Nguyen Nghiem, y');
  });
});
