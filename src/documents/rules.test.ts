import { describe, expect, it } from 'vitest';
import { citationOf, documentFromCitation, parseNumberFields } from './rules.js';

describe('document registry rules', () => {
  it('stores the typo variant of a Party symbol under its canonical number (seed 002: 53-KH-HU)', () => {
    expect(parseNumberFields('53-KH-HU')).toEqual({
      number: '53-KH/HU', serial: 53, year: null, kindCode: 'KH', issuerCode: 'HU', family: 'party', kind: 'Kế hoạch',
    });
  });

  it('reads a state decree with its year and a dispatch without a kind code', () => {
    expect(parseNumberFields('59/2023/NĐ-CP')).toMatchObject({ number: '59/2023/NĐ-CP', year: 2023, kindCode: 'NĐ', issuerCode: 'CP', kind: 'Nghị định' });
    expect(parseNumberFields('1444/UBND-NV')).toMatchObject({ number: '1444/UBND-NV', kindCode: null, issuerCode: 'UBND-NV', kind: null, family: 'state' });
  });

  it('refuses what is not a number and symbol', () => {
    expect(parseNumberFields('2.971')).toBeNull();
    expect(parseNumberFields('19 đơn/19 vụ')).toBeNull();
  });

  it('cites a document the way the seeds do', () => {
    expect(citationOf({ kind: 'Công văn', number: '1444/UBND-NV', issuedOn: '2023-05-18', issuer: 'UBND huyện Trà Bồng' }))
      .toBe('Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng');
    expect(citationOf({ kind: null, number: '309-CV/ĐU', issuedOn: null, issuer: '' })).toBe('Văn bản số 309-CV/ĐU');
  });
});

describe('a citation typed into a form', () => {
  it('gives the document it names, with its extract', () => {
    expect(documentFromCitation('Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”.')).toEqual({
      numberText: '1444/UBND-NV', kind: 'Công văn', issuedOn: '2023-05-18', issuer: 'UBND huyện Trà Bồng',
      summary: 'sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”',
    });
    expect(documentFromCitation('Kế hoạch số 53-KH-HU ngày 26 tháng 01 năm 2022')).toEqual({ numberText: '53-KH/HU', kind: 'Kế hoạch', issuedOn: '2022-01-26', issuer: '', summary: '' });
  });

  it('skips a number the registry cannot store, and takes a well-known law by its name', () => {
    expect(documentFromCitation('Quyết định số 2150 của Ban Thường vụ Tỉnh ủy ban hành ngày 12/3/2019')).toBeNull();
    expect(documentFromCitation('Luật Đất đai ngày 18/01/2024 của Quốc hội')).toEqual({
      numberText: '31/2024/QH15', kind: 'Luật', issuedOn: '2024-01-18', issuer: 'Quốc hội', summary: '',
    });
    expect(documentFromCitation('Bộ luật Lao động năm 2019')).toBeNull();
  });

  it('finds nothing in figures', () => {
    expect(documentFromCitation('729 hộ/2.971 khẩu')).toBeNull();
  });
});
