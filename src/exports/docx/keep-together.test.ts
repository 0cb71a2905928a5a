/** Document numbers kept on one line (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.3). */
import { describe, expect, it } from 'vitest';
import { keepNumbersTogether, type Piece } from './keep-together.js';

const shown = (pieces: Piece[]) => pieces.map((p) => (typeof p === 'string' ? p : '‑')).join('');

describe('keepNumbersTogether', () => {
  it('holds every hyphen of a number and symbol (seed 002: "53-KH/HU", "113-CV/BDVHU")', () => {
    expect(shown(keepNumbersTogether('Kế hoạch số 53-KH/HU ngày 26/01/2022'))).toBe('Kế hoạch số 53‑KH/HU ngày 26/01/2022');
    expect(shown(keepNumbersTogether('Công văn 113-CV/BDVHU, Kế hoạch số 14-KH/BDVHU-UBND;'))).toBe('Công văn 113‑CV/BDVHU, Kế hoạch số 14‑KH/BDVHU‑UBND;');
    expect(shown(keepNumbersTogether('Số: 39/BC-UBND'))).toBe('Số: 39/BC‑UBND');
    expect(shown(keepNumbersTogether('Số:       /BC-UBND'))).toBe('Số:       /BC‑UBND');
    expect(shown(keepNumbersTogether('(Chỉ thị số 08-CT/TU)'))).toBe('(Chỉ thị số 08‑CT/TU)');
  });

  it('leaves other hyphens and dashes breakable', () => {
    for (const text of ['kinh tế - xã hội', 'phía Tây - Bắc', 'Covid-19', 'các tổ chức CT-XH huyện', '2020-2022', 'ngày 25/5/2021']) {
      expect(keepNumbersTogether(text)).toEqual([text]);
    }
  });

  it('cuts the text only at the held hyphens', () => {
    expect(keepNumbersTogether('số 53-KH/HU.')).toEqual(['số 53', { noBreakHyphen: true }, 'KH/HU.']);
    expect(keepNumbersTogether('')).toEqual([]);
  });
});
