import { describe, expect, it } from 'vitest';
import { matchHeader, readCell, readRows, writeCell, type SheetColumn } from './sheet-rules.js';

const day: SheetColumn = { header: 'Ngày tổ chức', field: 'heldOn', kind: 'day', required: true };
const people: SheetColumn = { header: 'Số lượt người', field: 'participants', kind: 'count' };
const form: SheetColumn = { header: 'Hình thức', field: 'form', kind: 'choice', choices: { conference: 'Hội nghị', village_meeting: 'Họp thôn, tổ dân phố' } };
const estimated: SheetColumn = { header: 'Số người là ước tính', field: 'estimated', kind: 'yes_no' };

describe('reading a registry’s spreadsheet', () => {
  it('reads days as clerks type them, and names the impossible ones', () => {
    expect(readCell(day, '5/3/2023')).toEqual({ value: '2023-03-05' });
    expect(readCell(day, '05-03-2023')).toEqual({ value: '2023-03-05' });
    expect(readCell(day, new Date(Date.UTC(2023, 2, 5)))).toEqual({ value: '2023-03-05' });
    expect(readCell(day, '31/02/2023')).toEqual({ problem: 'Ngày tổ chức "31/02/2023" không có thật.' });
    expect(readCell(day, 'tháng 3')).toEqual({ problem: 'Ngày tổ chức "tháng 3" không phải ngày dạng ngày/tháng/năm (ví dụ 15/03/2023).' });
  });

  it('reads counts written the Vietnamese way, and refuses fractions, negatives and words', () => {
    expect(readCell(people, '1.250')).toEqual({ value: 1250 });
    expect(readCell(people, 45)).toEqual({ value: 45 });
    expect(readCell(people, 4.5)).toEqual({ problem: 'Số lượt người 4.5 phải là số nguyên.' });
    expect(readCell(people, -3)).toEqual({ problem: 'Số lượt người -3 không được âm.' });
    expect(readCell(people, 'khoảng 40')).toEqual({ problem: 'Số lượt người "khoảng 40" phải là một số.' });
    expect(readCell(people, null)).toEqual({ value: null });
  });

  it('takes a label with or without diacritics, or the code, and a yes/no', () => {
    expect(readCell(form, 'hop thon, to dan pho')).toEqual({ value: 'village_meeting' });
    expect(readCell(form, 'conference')).toEqual({ value: 'conference' });
    expect(readCell(estimated, 'Có')).toEqual({ value: true });
    expect(readCell(estimated, null)).toEqual({ value: false });
    expect(readCell(estimated, 'có lẽ')).toEqual({ problem: 'Số người là ước tính "có lẽ" phải là "có" hoặc "không".' });
  });

  it('matches the header without diacritics or case, and refuses an unknown, a doubled or a missing required column', () => {
    const { positions, problems } = matchHeader(['ngay to chuc', 'SỐ LƯỢT NGƯỜI', 'Người chủ trì', 'Số lượt người'], [day, people]);
    expect([...positions.entries()].map(([c, i]) => [c.field, i])).toEqual([['heldOn', 0], ['participants', 1]]);
    expect(problems.map((p) => p.message)).toEqual(['Cột "Người chủ trì" không có trong mẫu của sổ (các cột: Ngày tổ chức, Số lượt người).', 'Cột "Số lượt người" có hai lần.']);
    expect(matchHeader(['Số lượt người'], [day, people]).problems.map((p) => p.message)).toEqual(['Thiếu cột "Ngày tổ chức".']);
  });

  it('skips empty lines, lists every unreadable cell, and a line equal to an earlier one', () => {
    const positions = new Map([[day, 0], [people, 1]]);
    const { rows, problems } = readRows([
      { line: 2, cells: ['01/03/2023', 40] }, { line: 3, cells: [null, ''] }, { line: 4, cells: ['30/02/2023', -1] }, { line: 5, cells: ['1/3/2023', '40'] },
    ], positions);
    expect(rows).toEqual([{ line: 2, values: { heldOn: '2023-03-01', participants: 40 } }]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[4, 'Ngày tổ chức'], [4, 'Số lượt người'], [5, null]]);
  });

  it('writes a record back as it reads: days as date cells, codes as labels', () => {
    expect(writeCell(day, '2023-03-05')).toEqual(new Date(Date.UTC(2023, 2, 5)));
    expect(writeCell(form, 'village_meeting')).toBe('Họp thôn, tổ dân phố');
    expect(writeCell(estimated, true)).toBe('có');
  });
});
