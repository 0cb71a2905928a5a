import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_REFERENCES, type ExpectedReference } from './references.fixture.js';
import {
  DOCUMENT_KINDS,
  findDocumentReferences,
  kindFromCode,
  parseDocNumber,
  parseVietnameseDate,
  type DocumentReference,
} from './references.js';

const SEEDS = new URL('../../test/fixtures/seeds/', import.meta.url);

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const one = (text: string): DocumentReference => {
  const refs = findDocumentReferences(text);
  expect(refs, `expected exactly one reference in ${JSON.stringify(text)}`).toHaveLength(1);
  return refs[0]!;
};
const numbers = (text: string) => findDocumentReferences(text).map((r) => r.number);

describe('seed reports: recall and precision against the hand-built fixture', () => {
  it('covers every seed in the folder', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(SEED_REFERENCES).sort());
  });

  for (const [file, expected] of Object.entries(SEED_REFERENCES)) {
    it(`${file}: finds exactly the ${expected.length} references`, () => {
      const input = readFileSync(new URL(file, SEEDS), 'utf8');
      const found = findDocumentReferences(input);
      const key = (r: { number: string | null; text: string }, line: number) => `L${line} ${r.number} «${r.text}»`;
      const got = found.map((r) => key(r, lineOf(input, r.start)));
      const want = expected.map((e) => key(e, e.line));
      const missing = want.filter((k) => !got.includes(k));
      const extra = got.filter((k) => !want.includes(k));
      const recall = (want.length - missing.length) / want.length;
      const precision = got.length ? (got.length - extra.length) / got.length : 1;
      expect(
        { recall, precision, missing, extra },
        `recall ${recall}, precision ${precision}\nmissing:\n  ${missing.join('\n  ')}\nextra:\n  ${extra.join('\n  ')}`,
      ).toEqual({ recall: 1, precision: 1, missing: [], extra: [] });
      expect(got).toEqual(want); // same order, same multiplicity

      const project = (r: DocumentReference | ExpectedReference) => ({
        number: r.number,
        kind: r.kind,
        date: r.date,
        issuer: r.issuer,
        text: r.text,
      });
      expect(found.map(project)).toEqual(expected.map(project));
      for (const r of found) expect(input.slice(r.start, r.end)).toBe(r.text);
    });
  }
});

describe('symbol families and variants', () => {
  it.each([
    ['1444/UBND-NV', '1444/UBND-NV', 1444, null, null, 'UBND-NV', 'state'],
    ['39/BC-UBND', '39/BC-UBND', 39, null, 'BC', 'UBND', 'state'],
    ['33/CT-TTg', '33/CT-TTg', 33, null, 'CT', 'TTg', 'state'],
    ['59/2023/NĐ-CP', '59/2023/NĐ-CP', 59, 2023, 'NĐ', 'CP', 'state'],
    ['34/2007/PL-UBTVQH11', '34/2007/PL-UBTVQH11', 34, 2007, 'PL', 'UBTVQH11', 'state'],
    ['53-KH/HU', '53-KH/HU', 53, null, 'KH', 'HU', 'party'],
    ['08-CT/TU', '08-CT/TU', 8, null, 'CT', 'TU', 'party'],
    ['217-QĐ/TW', '217-QĐ/TW', 217, null, 'QĐ', 'TW', 'party'],
    ['25-CTr/BDVHU-UBND', '25-CTr/BDVHU-UBND', 25, null, 'CTr', 'BDVHU-UBND', 'party'],
    ['53-KH-HU', '53-KH/HU', 53, null, 'KH', 'HU', 'party'],
    ['309-CV-ĐU', '309-CV/ĐU', 309, null, 'CV', 'ĐU', 'party'],
    ['02/KH/KDV–UBND', '02/KH/KDV-UBND', 2, null, 'KH', 'KDV-UBND', 'state'],
    ['24/KH –UBND', '24/KH-UBND', 24, null, 'KH', 'UBND', 'state'],
    ['17/KH - UBND', '17/KH-UBND', 17, null, 'KH', 'UBND', 'state'],
    ['34/2007/PL-UBTVQH 11', '34/2007/PL-UBTVQH11', 34, 2007, 'PL', 'UBTVQH11', 'state'],
    ['424/PNV', '424/PNV', 424, null, null, 'PNV', 'state'],
    ['113-CV/BDVHU', '113-CV/BDVHU', 113, null, 'CV', 'BDVHU', 'party'],
    ['76/NQ-CP', '76/NQ-CP', 76, null, 'NQ', 'CP', 'state'],
    ['10/2022/QH15', '10/2022/QH15', 10, 2022, null, 'QH15', 'state'],
    ['1677/NQ-UBTVQH15', '1677/NQ-UBTVQH15', 1677, null, 'NQ', 'UBTVQH15', 'state'],
    ['12-HD/BDVTW', '12-HD/BDVTW', 12, null, 'HD', 'BDVTW', 'party'],
    ['53-kh/hu', '53-KH/HU', 53, null, 'KH', 'HU', 'party'],
    ['25-ctr/bdvhu-ubnd', '25-CTr/BDVHU-UBND', 25, null, 'CTr', 'BDVHU-UBND', 'party'],
    ['12/qđ-ubnd', '12/QĐ-UBND', 12, null, 'QĐ', 'UBND', 'state'],
    ['Số: 39/BC-UBND', '39/BC-UBND', 39, null, 'BC', 'UBND', 'state'],
    ['1563/QÐ-UBND', '1563/QĐ-UBND', 1563, null, 'QĐ', 'UBND', 'state'], // Ð (U+00D0) for Đ
    ['53-KH/hu', '53-KH/HU', 53, null, 'KH', 'HU', 'party'],
    ['12/KH-ubnd', '12/KH-UBND', 12, null, 'KH', 'UBND', 'state'],
    ['12/KH', '12/KH', 12, null, 'KH', null, 'state'],
    ['124-QĐi/TW', '124-QĐi/TW', 124, null, 'QĐi', 'TW', 'party'],
    ['09/2008/NQLT-CP-UBTUMTTQVN', '09/2008/NQLT-CP-UBTUMTTQVN', 9, 2008, 'NQLT', 'CP-UBTUMTTQVN', 'state'],
    ['05/CĐ-TTg', '05/CĐ-TTg', 5, null, 'CĐ', 'TTg', 'state'],
  ])('parseDocNumber(%j)', (raw, number, serial, year, kindCode, issuerCode, family) => {
    expect(parseDocNumber(raw)).toMatchObject({ number, serial, year, kindCode, issuerCode, family });
  });

  it.each(['2.971', '6957,81', '26/01/2022', '27/2', '2021-2025', '95,5/100', '6/6', '/BC-UBND', '53-KH', '45/năm', '3/Khu', 'Covid-19', '39/BC-UBND xyz', ''])(
    'parseDocNumber(%j) is null',
    (raw) => expect(parseDocNumber(raw)).toBeNull(),
  );

  it('each seed variant is found in running text with its normalised number', () => {
    const text =
      'Theo 1444/UBND-NV, 39/BC-UBND, 33/CT-TTg, 59/2023/NĐ-CP, 34/2007/PL-UBTVQH11, 53-KH/HU, 08-CT/TU, ' +
      '217-QĐ/TW, 25-CTr/BDVHU-UBND, 53-KH-HU, 309-CV-ĐU, 02/KH/KDV–UBND, 24/KH –UBND, ' +
      '34/2007/PL-UBTVQH 11, 424/PNV, 113-CV/BDVHU và 76/NQ-CP.';
    expect(numbers(text)).toEqual([
      '1444/UBND-NV', '39/BC-UBND', '33/CT-TTg', '59/2023/NĐ-CP', '34/2007/PL-UBTVQH11', '53-KH/HU', '08-CT/TU',
      '217-QĐ/TW', '25-CTr/BDVHU-UBND', '53-KH/HU', '309-CV/ĐU', '02/KH/KDV-UBND', '24/KH-UBND',
      '34/2007/PL-UBTVQH11', '424/PNV', '113-CV/BDVHU', '76/NQ-CP',
    ]);
  });

  it('infers the kind from the code when there is no kind word', () => {
    const refs = findDocumentReferences('theo 1444/UBND-NV và 53-KH/HU, 08-CT/TU, 59/2023/NĐ-CP, 25-CTr/BDVHU-UBND');
    expect(refs.map((r) => [r.text, r.kind])).toEqual([
      ['1444/UBND-NV', null],
      ['53-KH/HU', 'Kế hoạch'],
      ['08-CT/TU', 'Chỉ thị'],
      ['59/2023/NĐ-CP', 'Nghị định'],
      ['25-CTr/BDVHU-UBND', 'Chương trình'],
    ]);
  });

  it('reads TT as Thông tư for the state and Thông tri for the Party', () => {
    expect(kindFromCode('TT', 'state')).toBe('Thông tư');
    expect(kindFromCode('TT', 'party')).toBe('Thông tri');
    expect(one('theo 05-TT/TW').kind).toBe('Thông tri');
    expect(one('theo 01/2011/TT-BNV').kind).toBe('Thông tư');
  });

  it('exports the kind vocabulary with codes for a UI', () => {
    expect(DOCUMENT_KINDS.map((k) => k.kind)).toContain('Kế hoạch');
    expect(DOCUMENT_KINDS.find((k) => k.kind === 'Chương trình')).toMatchObject({ stateCode: 'CTr', partyCode: 'CTr' });
    expect(DOCUMENT_KINDS).toHaveLength(20);
  });
});

describe('kind words', () => {
  it.each([
    ['Quyết định số 1563/QĐ-UBND ngày 12/8/2022', 'Quyết định', '1563/QĐ-UBND'],
    ['Nghị định số 30/2020/NĐ-CP', 'Nghị định', '30/2020/NĐ-CP'],
    ['Thông tư số 01/2011/TT-BNV', 'Thông tư', '01/2011/TT-BNV'],
    ['Luật số 10/2022/QH15', 'Luật', '10/2022/QH15'],
    ['Kết luận số 01-KL/TW', 'Kết luận', '01-KL/TW'],
    ['Hướng dẫn số 12-HD/BDVTW', 'Hướng dẫn', '12-HD/BDVTW'],
    ['Nghị quyết số 202/2025/QH15', 'Nghị quyết', '202/2025/QH15'],
    ['Nghị quyết 1677/NQ-UBTVQH15', 'Nghị quyết', '1677/NQ-UBTVQH15'],
    ['Thông báo số 15/TB-UBND', 'Thông báo', '15/TB-UBND'],
    ['Quy định 217-QĐ/TW', 'Quy định', '217-QĐ/TW'],
    ['Công văn 113-CV/BDVHU', 'Công văn', '113-CV/BDVHU'],
    ['Nghị quyết 01-NQ/TU', 'Nghị quyết', '01-NQ/TU'],
    ['KẾ HOẠCH SỐ 53-KH/HU', 'Kế hoạch', '53-KH/HU'],
    ['Kế Hoạch Số 53-KH/HU', 'Kế hoạch', '53-KH/HU'],
    ['kế hoạch số 53-kh/hu', 'Kế hoạch', '53-KH/HU'],
    ['Quyết định số: 05/QĐ-UBND', 'Quyết định', '05/QĐ-UBND'],
    ['Kế hoạch phối hợp số 01-KH/KDVĐU–UBND', 'Kế hoạch', '01-KH/KDVĐU-UBND'],
    ['Thông tư liên tịch số 01/2016/TTLT-BNV-BTC', 'Thông tư', '01/2016/TTLT-BNV-BTC'],
    ['Chương trình số 25-CTr/BDVHU-UBND', 'Chương trình', '25-CTr/BDVHU-UBND'],
    ['Tờ trình số 45/TTr-UBND', 'Tờ trình', '45/TTr-UBND'],
    ['Đề án số 06-ĐA/TU', 'Đề án', '06-ĐA/TU'],
    ['Qui chế số 02-QC/ĐU', 'Quy chế', '02-QC/ĐU'],
    ['QĐ 1563/QĐ-UBND', 'Quyết định', '1563/QĐ-UBND'],
    ['Quy định số 124-QĐi/TW', 'Quy định', '124-QĐi/TW'],
    ['Luật Tiếp công dân số 42/2013/QH13', 'Luật', '42/2013/QH13'],
    ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15', 'Luật', '10/2022/QH15'],
    ['Bộ luật Lao động số 45/2019/QH14', 'Luật', '45/2019/QH14'],
    ['Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11', 'Pháp lệnh', '34/2007/PL-UBTVQH11'],
  ])('%j', (text, kind, number) => {
    const r = one(text);
    expect(r).toMatchObject({ kind, number, start: 0, text });
  });

  it('returns every field for a full citation', () => {
    expect(one('Quyết định số 1563/QĐ-UBND ngày 12/8/2022 của UBND tỉnh Tây Ninh về ban hành tiêu chí')).toEqual({
      text: 'Quyết định số 1563/QĐ-UBND ngày 12/8/2022',
      start: 0,
      end: 41,
      kind: 'Quyết định',
      number: '1563/QĐ-UBND',
      serial: 1563,
      year: null,
      kindCode: 'QĐ',
      issuerCode: 'UBND',
      family: 'state',
      date: '2022-08-12',
      issuer: 'UBND tỉnh Tây Ninh',
    });
  });

  it('takes the nearest kind word only', () => {
    const r = one('Nghị quyết Chỉ thị số 08-CT/TU, ngày 25/5/2021');
    expect(r.text).toBe('Chỉ thị số 08-CT/TU, ngày 25/5/2021');
    expect(r.kind).toBe('Chỉ thị');
  });

  it('does not start at a kind word that is separated by other words', () => {
    expect(one('Kế hoạch của UBND xã số 12/KH-UBND').text).toBe('12/KH-UBND');
    expect(one('Quyết định về việc ban hành kế hoạch số 5/KH-UBND').text).toBe('kế hoạch số 5/KH-UBND');
  });

  it('does not take "pháp luật" for a law name', () => {
    expect(one('tuyên truyền pháp luật cho Nhân dân số 12/KH-UBND').text).toBe('12/KH-UBND');
  });

  it('keeps the kind null for a kind code outside the vocabulary and for a bare Quốc hội number', () => {
    expect(one('Công điện số 05/CĐ-TTg')).toMatchObject({ kind: null, kindCode: 'CĐ', text: '05/CĐ-TTg' });
    expect(one('theo 202/2025/QH15')).toMatchObject({ kind: null, kindCode: null, issuerCode: 'QH15', year: 2025 });
  });

  it('ignores an abbreviation that disagrees with the symbol ("TT" for Thường trực)', () => {
    expect(one('gửi TT 53-KH/HU').text).toBe('53-KH/HU');
  });

  it('skips a kind word with a bare number and no symbol (short name), and blank draft numbers', () => {
    expect(findDocumentReferences('thực hiện Chỉ thị 08 và Chỉ thị số 08: CHỈ THỊ 08')).toEqual([]);
    expect(findDocumentReferences('Số: /BC-UBND\n\nTháp Mười, ngày   tháng 02 năm 2024')).toEqual([]);
  });

  it('accepts decomposed (NFD) Vietnamese text', () => {
    const text = 'Kế hoạch số 53-KH/HU ngày 26 tháng 01 năm 2022 của Ban Thường vụ Huyện ủy'.normalize('NFD');
    const r = one(text);
    expect(r).toMatchObject({ kind: 'Kế hoạch', number: '53-KH/HU', date: '2022-01-26', issuer: 'Ban Thường vụ Huyện ủy' });
    expect(r.start).toBe(0);
  });
});

describe('dates', () => {
  it.each([
    ['Kế hoạch số 53-KH/HU ngày 26/01/2022', '2022-01-26'],
    ['Kế hoạch số 106-KH/ĐU ngày 28/ 02/ 2023', '2023-02-28'],
    ['Công văn 113-CV/BDVHU ngày 09 tháng 01 năm 2024', '2024-01-09'],
    ['Chỉ thị số 08-CT/TU ngày 25/5/2021', '2021-05-25'],
    ['Chỉ thị số 08-CT/TU, ngày 25/5/2021', '2021-05-25'],
    ['Quyết định số 05/QĐ-UBND ngày 9/1/2024', '2024-01-09'],
    ['Quyết định số 05/QĐ-UBND ngày 09-01-2024', '2024-01-09'],
    ['Quyết định số 05/QĐ-UBND ngày 09.01.2024', '2024-01-09'],
    ['Quyết định số 05/QĐ-UBND Ngày 9 tháng 1 năm 2024', '2024-01-09'],
  ])('%j', (text, date) => {
    const r = one(text);
    expect(r.date).toBe(date);
    expect(r.text).toBe(text);
  });

  it('ignores an impossible date and a date that does not follow directly', () => {
    expect(one('Quyết định số 05/QĐ-UBND ngày 31/02/2024').date).toBeNull();
    expect(one('Quyết định số 05/QĐ-UBND ngày 31/02/2024').text).toBe('Quyết định số 05/QĐ-UBND');
    expect(one('Số: 39/BC-UBND\n\nTrà Tây, ngày 14 tháng 6 năm 2023').date).toBeNull();
    expect(one('Quyết định số 05/QĐ-UBND về việc khen thưởng ngày 9/1/2024').date).toBeNull();
  });

  it('parses a date on its own', () => {
    expect(parseVietnameseDate('26/01/2022')).toBe('2022-01-26');
    expect(parseVietnameseDate('ngày 14 tháng 6 năm 2023')).toBe('2023-06-14');
    expect(parseVietnameseDate('29/02/2023')).toBeNull();
    expect(parseVietnameseDate('27/2')).toBeNull();
  });
});

describe('issuer', () => {
  it.each([
    ['Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng về việc sơ kết', 'UBND huyện Trà Bồng'],
    ['Kế hoạch số 31-KH/TU ngày 16/3/2021 của Ban Thường vụ Tỉnh ủy về thực hiện', 'Ban Thường vụ Tỉnh ủy'],
    ['Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc', 'Thủ tướng Chính phủ'],
    ['Nghị định 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết', 'Chính phủ'],
    ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành chương trình', 'Chính phủ'],
    ['Kế hoạch số 70/KH-UBND ngày 04/6/2020 của UBND tỉnh phát động phong trào', 'UBND tỉnh'],
    ['Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Chủ tịch UBND tỉnh, trong đó', 'Chủ tịch UBND tỉnh'],
    ['Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị "Về tiếp tục"', 'Bộ Chính trị'],
    ['Kế hoạch số 20/KH-UBND ngày 18 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh Đồng Tháp về', 'Ủy ban nhân dân tỉnh Đồng Tháp'],
    ['Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khoá XI về', 'Ban Chấp hành Đảng bộ tỉnh khoá XI'],
    ['Công văn số 50/UBND ngày 06/3/2024 của UBND xã V/v tiếp tục', 'UBND xã'],
    ['Công văn số 424/PNV ngày 17/4/2024 của Phòng Nội vụ thị xã Đức Phổ về việc', 'Phòng Nội vụ thị xã Đức Phổ'],
    ['Quyết định số 1563/QĐ-UBND ngày 12/8/2022 của UBND tỉnh Tây Ninh', 'UBND tỉnh Tây Ninh'],
    ['Pháp lệnh 34/2007/PL-UBTVQH của Ủy ban Thường vụ Quốc hội (hiện nay', 'Ủy ban Thường vụ Quốc hội'],
    ['Kết luận số 43-KL/TW của Ban Bí thư Ban Chấp hành Đảng bộ huyện khóa X thực hiện', 'Ban Bí thư'],
    ['Chỉ thị số 08-CT/TU ngày 25/5/2021  \ncủa Ban Thường vụ Tỉnh ủy về nâng cao', 'Ban Thường vụ Tỉnh ủy'],
    ['Quyết định số 396-QĐ/TU, ngày 19/10/2021, của Ban Thường vụ Tỉnh ủy.', 'Ban Thường vụ Tỉnh ủy'],
    ['Kế hoạch số 12/KH-UBND của UBND huyện tổ chức hội nghị', 'UBND huyện'],
  ])('%j', (text, issuer) => {
    expect(one(text).issuer).toBe(issuer);
  });

  it('is null without "của" or when "của" is not followed by a body', () => {
    expect(one('Kế hoạch số 53-KH/HU ngày 26/01/2022 Ban Chấp hành Đảng bộ huyện').issuer).toBeNull();
    expect(one('Kế hoạch số 14-KH/HU ngày 16/4/2021 về thực hiện').issuer).toBeNull();
    expect(one('Kế hoạch số 14-KH/HU của mình').issuer).toBeNull();
    expect(one('Kế hoạch số 14-KH/HU').issuer).toBeNull();
  });

  it('is not part of the text span', () => {
    const r = one('Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng');
    expect(r.text).toBe('Công văn số 1444/UBND-NV ngày 18/5/2023');
  });
});

describe('no false hits on figures', () => {
  it.each([
    'dân số 2.971 khẩu',
    'tổng diện tích tự nhiên 6957,81 ha',
    'Toàn xã có 729 hộ/2.971 khẩu',
    'Năm 2022 nhận 19 đơn/19 vụ; năm 2023 nhận 22 đơn/21 vụ',
    'có 6/6 TDP tham gia; 06/06 TDP văn hóa',
    'Năm 2021 đạt 95,5/100 điểm; năm 2022 đạt 96/100 điểm',
    'hộ nghèo 405 hộ, chiếm 55,55%; trên 99%',
    'ngày 26/01/2022 và ngày thầy thuốc Việt Nam 27/2',
    'họp lúc 14h30, 8:00 và 07 giờ 30',
    'điện thoại 0255.3822.123 hoặc 0905-123-456',
    'giai đoạn 2021-2025 và 2021 – 2030, 2020 – 2022',
    'Covid-19, Thông điệp 5K, các tổ chức CT-XH, Văn phòng HĐND&UBND thị xã',
    'tiếp công dân định kỳ 2 lần/tháng, 1 ngày/tuần; thu nhập 45/năm',
    'Tổ 3/Khu phố 2, nhà 12/4A',
    'Số: /BC-UBND',
    'theo Mẫu số 01/BC kèm theo, Phụ lục 02/KH, biểu mẫu 03/TK-UBND',
    'Tổ 5/KP3, số nhà 12/AB, đường 3/2, quý I/2024, tháng 6/2024',
  ])('%j', (text) => {
    expect(findDocumentReferences(text)).toEqual([]);
  });
});

describe('layout around references', () => {
  it('separates references joined by commas, semicolons and "và"', () => {
    expect(numbers('Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013')).toEqual(['217-QĐ/TW', '218-QĐ/TW']);
    expect(numbers('các Nghị định 04/2015/NĐ-CP, 59/2023/NĐ-CP; Thông tư 01/2016/TT-BNV.')).toEqual([
      '04/2015/NĐ-CP', '59/2023/NĐ-CP', '01/2016/TT-BNV',
    ]);
    const refs = findDocumentReferences('Kế hoạch số 17/KH-UBND ngày 12/4/2021, Kế hoạch số 18/KH-UBND ngày 12/4/2021 và Kế hoạch số 15-KH/ĐU ngày 13/4/2021');
    expect(refs.map((r) => r.text)).toEqual([
      'Kế hoạch số 17/KH-UBND ngày 12/4/2021',
      'Kế hoạch số 18/KH-UBND ngày 12/4/2021',
      'Kế hoạch số 15-KH/ĐU ngày 13/4/2021',
    ]);
  });

  it('handles a reference at the very start and the very end of the text', () => {
    const text = '53-KH/HU ngày 26/01/2022 thực hiện Nghị quyết số 01-NQ/TU';
    const refs = findDocumentReferences(text);
    expect(refs.map((r) => [r.start, r.end])).toEqual([
      [0, 24],
      [text.indexOf('Nghị quyết'), text.length],
    ]);
    expect(one('Kế hoạch số 53-KH/HU').start).toBe(0);
  });

  it('does not swallow footnote markers', () => {
    const r = one('thực hiện Kế hoạch số 53-KH/HU¹ về công tác dân vận');
    expect(r.number).toBe('53-KH/HU');
    expect(r.text).toBe('Kế hoạch số 53-KH/HU');
    expect(one('theo Nghị định 59/2023/NĐ-CP². Tiếp tục').number).toBe('59/2023/NĐ-CP');
    expect(one('Kế hoạch số 53-KH/HU ngày 26/01/2022³ của Huyện ủy').text).toBe('Kế hoạch số 53-KH/HU ngày 26/01/2022');
    expect(one('Pháp lệnh 34/2007/PL-UBTVQH11⁴').number).toBe('34/2007/PL-UBTVQH11');
  });

  it('stops the symbol before a stray "– V/v" or a following word', () => {
    expect(one('Công văn 1444/UBND-NV – V/v sơ kết').number).toBe('1444/UBND-NV');
    expect(one('Kế hoạch 53-KH/HU-thực hiện').number).toBe('53-KH/HU');
    expect(one('(Quyết định số 59/QĐ-UBND ngày 16/02/2024*)').text).toBe('Quyết định số 59/QĐ-UBND ngày 16/02/2024');
  });

  it('keeps offsets exact in UTF-16 around astral characters', () => {
    const text = '📄 Kế hoạch số 53-KH/HU';
    const r = one(text);
    expect(text.slice(r.start, r.end)).toBe('Kế hoạch số 53-KH/HU');
  });
});

describe('invariants', () => {
  it('normalised numbers re-parse to themselves (seed references)', () => {
    for (const expected of Object.values(SEED_REFERENCES)) {
      for (const e of expected) expect(parseDocNumber(e.number)?.number, e.number).toBe(e.number);
    }
  });

  it('spans are exact, ordered and disjoint on random mixtures of reference parts', () => {
    const parts = ['Kế hoạch', 'số', ' ', ' ', '53', '-', '/', '–', 'KH', 'HU', 'UBND', 'ngày', '26/01/2022', 'của',
      'huyện', ',', '.', '\n', '¹', 'QĐ', '2021', 'tháng', 'năm', 'Luật', 'x', 'QH', '15', '11'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let j = 1 + Math.floor(rnd() * 30); j > 0; j--) s += parts[Math.floor(rnd() * parts.length)];
      let prev = 0;
      for (const r of findDocumentReferences(s)) {
        expect(s.slice(r.start, r.end), JSON.stringify(s)).toBe(r.text);
        expect(r.start, JSON.stringify(s)).toBeGreaterThanOrEqual(prev);
        prev = r.end;
      }
    }
  });
});
