/** The .docx read back as XML: tables in the text, recipients and signature, annexes (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { beforeAll, describe, expect, it } from 'vitest';
import { measure } from './docx/measure.js';
import { all, BOLD, cells, gridOf, paragraph, read, runOf, sz, tables } from './docx-xml.js';
import { thapMuoiDraft, traTay } from './fixture.js';

let a: Awaited<ReturnType<typeof read>>;
let b: Awaited<ReturnType<typeof read>>;
beforeAll(async () => {
  [a, b] = await Promise.all([read(traTay), read(thapMuoiDraft)]);
});

describe('tables in the text', () => {
  it('writes the writer’s table full width, single lines, 13 pt, the heading row bold, centred and repeated', () => {
    const table = tables(a.document).find((t) => t.includes('>Đợt tuyên truyền<'))!;
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
    expect(cells(table)).toEqual([[['Năm'], ['Đợt tuyên truyền']], [['2020 – 2022'], ['06 đợt\nkhoảng 250 lượt người']]]);
    const [head, row] = all(table, /<w:tr[ >][\s\S]*?<\/w:tr>/);
    expect(head).toContain('<w:tblHeader/>');
    expect(row).not.toContain('<w:tblHeader/>');
    expect(all(head!, /<w:jc w:val="\w+"\/>/)).toEqual(Array(2).fill('<w:jc w:val="center"/>'));
    expect(runOf(table, 'Đợt tuyên truyền')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(all(table, /<w:tcBorders>[\s\S]*?<\/w:tcBorders>/)[0]).toMatch(/<w:top w:val="single"[\s\S]*<w:right w:val="single"/);
  });

  it('writes a figure table with its title, units and the figures the Vietnamese way, blank where none', () => {
    expect(runOf(a.document, 'Đất đai, dân số và hộ nghèo')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="26"\/>/);
    const table = tables(a.document).find((t) => t.includes('>Tỷ lệ (%)<'))!;
    expect(cells(table)).toEqual([
      [['Nội dung'], ['Số lượng'], ['Tỷ lệ (%)']],
      [['Diện tích tự nhiên (ha)'], ['6.957,81'], ['']],
      [['Số hộ (hộ)'], ['729'], ['']],
      [['Số khẩu (người)'], ['2.971'], ['']],
      [['Hộ nghèo (hộ)'], ['405'], ['55,55']],
    ]);
    expect(paragraph(table, '6.957,81')).toContain('<w:jc w:val="right"/>');
    expect(runOf(table, '405')).toMatch(sz(26));
  });

  it('prints figures as written ("715,10", "hơn 256") and only the figure tables the writer placed', async () => {
    const doc = structuredClone(traTay);
    const [dacDiem, trienKhai] = doc.content.sections;
    const offered = { key: 'mo-hinh', title: 'Mô hình “Dân vận khéo”', rowHeader: 'Nội dung', columns: [{ key: 'so', label: 'Số lượng', decimals: 0 }], rows: [{ key: 'so-mo-hinh', label: 'Số mô hình', total: 'sum' as const }] };
    // Offered and never filled; filled but taken out; placed though empty.
    trienKhai!.figureTables = [offered, { ...offered, key: 'khen', title: 'Khen thưởng', placed: false }, { ...offered, key: 'trong', title: 'Bảng để trống', placed: true }];
    doc.content.figures = { ...doc.content.figures, 'dan-so': { ...doc.content.figures['dan-so'], 'dien-tich': { 'so-luong': 715.1 }, ho: { 'so-luong': 256 } }, khen: { 'so-mo-hinh': { so: 2 } } };
    doc.content.figureTexts = { 'dan-so': { 'dien-tich': { 'so-luong': '715,10' }, ho: { 'so-luong': 'hơn 256' }, khau: { 'so-luong': 'khoảng 3.000' } } };
    expect(dacDiem!.figureTables).toHaveLength(1);
    const { document } = await read(doc);
    const figureTables = tables(document).filter((t) => t.includes('<w:tblHeader/>') && !t.includes('>Đợt tuyên truyền<'));
    expect(figureTables.map((t) => cells(t)[0]![0]![0])).toEqual(['Nội dung', 'Nội dung']);
    expect(document).toContain('>Bảng để trống<');
    expect(document).not.toContain('>Mô hình “Dân vận khéo”<');
    expect(document).not.toContain('>Khen thưởng<');
    // A written form of another value ("khoảng 3.000" beside 2.971) is not printed: the value is.
    expect(cells(figureTables[0]!).slice(1, 4).map((row) => row[1]![0])).toEqual(['715,10', 'hơn 256', '2.971']);
  });
});

describe('recipients and signature', () => {
  // Six empty 14 pt lines, about 34 mm, to sign and stamp (a seal is about 35 mm across).
  const room = Array<string>(6).fill('');

  it('puts Nơi nhận left and the signer right in a borderless table under the header’s columns', () => {
    const table = tables(a.document).at(-1)!;
    expect(table).not.toMatch(/w:val="single"/);
    expect(gridOf(table)).toEqual([3600, 5755]);
    expect(cells(table)).toEqual([[
      ['Nơi nhận:', '- Cơ quan Tổ chức - Nội vụ huyện;', '- TT Đảng ủy; TT HĐND xã;', '- CT, PCT UBND xã;', '- Lưu: VT, NV.'],
      ['CHỦ TỊCH', ...room, 'Hồ Văn Long'],
    ]]);
    expect(runOf(table, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(table, '- Lưu: VT, NV.')).toMatch(sz(22));
    expect(paragraph(table, '- Lưu: VT, NV.')).toContain('<w:jc w:val="left"/>');
    expect(paragraph(table, '- Lưu: VT, NV.')).not.toContain('<w:ind');
    for (const text of ['CHỦ TỊCH', 'Hồ Văn Long']) {
      expect(runOf(table, text)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
      expect(paragraph(table, text)).toContain('<w:jc w:val="center"/>');
    }
  });

  it('writes TM. and KT. above the title, and keeps the signature right without recipients', async () => {
    expect(cells(tables(b.document).at(-2)!)[0]![1]).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', ...room, 'Nguyễn Văn Hiệp']);
    const { document } = await read({ ...traTay, content: { ...traTay.content, meta: { ...traTay.content.meta, recipients: [] } } });
    expect(cells(tables(document).at(-1)!)).toEqual([[[''], ['CHỦ TỊCH', ...room, 'Hồ Văn Long']]]);
  });
});

describe('annex', () => {
  it('starts a new page after the signature: title, subtitle, a table with figures right-aligned', () => {
    const title = paragraph(b.document, 'PHỤ LỤC');
    expect(b.document.indexOf(title)).toBeGreaterThan(b.document.indexOf('Nguyễn Văn Hiệp'));
    expect(title).toContain('<w:pageBreakBefore/>');
    expect(runOf(b.document, 'PHỤ LỤC')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runOf(b.document, thapMuoiDraft.annexes[0]!.subtitle)).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="26"\/>/);
    const table = tables(b.document).at(-1)!;
    expect(cells(table).map((row) => row.map((c) => c.join('')))).toEqual([thapMuoiDraft.annexes[0]!.columns, ...thapMuoiDraft.annexes[0]!.rows]);
    expect(all(table, /<w:tr[ >][\s\S]*?<\/w:tr>/)[0]).toContain('<w:tblHeader/>');
    // Figure columns as wide as their heading, the rest of the width to the names.
    const [name, item, ...years] = gridOf(table);
    expect(years).toEqual([measure('Năm 2022 (hồ sơ)', 24, true) + 400, measure('Năm 2023 (hồ sơ)', 24, true) + 400]);
    expect(name! + item! + years[0]! + years[1]!).toBe(9355);
    expect(paragraph(table, 'Xã Trường Xuân')).toContain('<w:jc w:val="left"/>');
    expect(paragraph(table, 'Hồ sơ trực tuyến')).toContain('<w:jc w:val="left"/>');
    expect(paragraph(table, '987')).toContain('<w:jc w:val="right"/>');
    expect(runOf(table, '987')).toMatch(sz(24));
    expect(runOf(table, '2.517')).toMatch(BOLD);
    expect(runOf(table, '987')).not.toMatch(BOLD);
  });
});
