import { describe, expect, it } from 'vitest';
import { reportSection } from '../content/content-schema.js';
import { boundCells, columnLabel, columnPeriod, overrideChanges, printedFigures, reportPeriodOf } from './figure-rules.js';

// Seed 004's request: 25/05/2021 to 30/04/2024, three years before the one it ends in.
const review = reportPeriodOf('2021-05-25', '2024-04-30');
const sections = [reportSection.parse({
  key: 'tiep-dan', label: '2.3.', title: 'Tiếp dân',
  figureTables: [{
    key: 'tiep-dan', title: 'Tiếp công dân',
    columns: [{ key: 'nam-1', label: 'Năm {năm}', period: 'year-1' }, { key: 'giai-doan', label: 'Cả giai đoạn', period: 'report' }, { key: 'ghi-chu', label: 'Ghi chú' }],
    rows: [{ key: 'don', label: 'Đơn', indicator: 'petition.letters' }, { key: 'khac', label: 'Khác', indicator: 'unknown.code' }],
  }],
})];

describe('figure cells bound to the registries', () => {
  it('counts a column for the report’s period or a year counted back from its end', () => {
    expect(review).toMatchObject({ spec: '2021-05-25/2024-04-30', label: 'từ ngày 25/05/2021 đến ngày 30/04/2024' });
    expect(reportPeriodOf('2025-01-01', '2025-03-31').spec).toBe('2025Q1');
    expect(columnPeriod('year-3', review)?.spec).toBe('2021');
    expect(columnLabel('Năm {năm}', 'year-1', review)).toBe('Năm 2023');
    expect(columnLabel('Năm {năm}', 'year-1', null)).toBe('Năm ...');
  });

  it('binds only rows naming a known indicator, in columns naming a period, of a report with a period', () => {
    const cells = boundCells(sections, review, (code) => code === 'petition.letters');
    expect(cells.map((c) => `${c.row}/${c.column}/${c.period.spec}`)).toEqual(['don/nam-1/2023', 'don/giai-doan/2021-05-25/2024-04-30']);
    expect(boundCells(sections, null, () => true)).toEqual([]);
  });

  it('wants a reason for a new replacement, not for one kept; removing it gives the cell back', () => {
    const cells = boundCells(sections, review, (code) => code === 'petition.letters');
    const label = () => 'Đơn / Năm 2023';
    const typedBefore = { figures: { 'tiep-dan': { don: { 'nam-1': 22 } } }, figureOverrides: {} };
    // A value typed before the cell was bound stays as it is.
    expect(overrideChanges(typedBefore, typedBefore, cells, label)).toEqual({ changes: [], problems: [] });
    const changed = { figures: { 'tiep-dan': { don: { 'nam-1': 23 } } }, figureOverrides: {} };
    expect(overrideChanges(typedBefore, changed, cells, label).problems).toHaveLength(1);
    const reasoned = { ...changed, figureOverrides: { 'tiep-dan': { don: { 'nam-1': 'Thêm một đơn nhận qua bưu điện' } } } };
    expect(overrideChanges(typedBefore, reasoned, cells, label).changes).toMatchObject([{ value: 23, reason: 'Thêm một đơn nhận qua bưu điện' }]);
    expect(printedFigures({ figures: {}, figureOverrides: {} }, cells, () => 19)['tiep-dan']).toEqual({ don: { 'nam-1': 19, 'giai-doan': 19 } });
    expect(printedFigures(reasoned, cells, () => 19)['tiep-dan']?.don).toEqual({ 'nam-1': 23, 'giai-doan': 19 });
  });
});
