import { describe, expect, it } from 'vitest';
import { reportSection } from '../content/content-schema.js';
import { textFigureWarnings } from './figure-text-rules.js';

const section = (text: string) => reportSection.parse({
  key: 'tuyen-truyen', label: '2.', title: 'Công tác tuyên truyền',
  blocks: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  figureTables: [{ key: 'tt', title: 'Tuyên truyền', columns: [{ key: 'q', label: 'Trong quý' }], rows: [{ key: 'dot', label: 'Đợt' }] }],
});
const shown = [
  { table: 'tt', unit: 'đợt', name: 'Số đợt tuyên truyền', value: 5 },
  { table: 'tt', unit: 'lượt người', name: 'Số lượt người dự', value: 1250 },
];

describe('numbers in the text against the table', () => {
  it('names the text and the figure when they differ, seed 000’s way of writing', () => {
    expect(textFigureWarnings([section('UBND xã tổ chức 06 đợt tuyên truyền với khoảng 1.250 lượt người tham gia.')], shown)).toEqual([
      { section: 'tuyen-truyen', message: 'Mục 2. Công tác tuyên truyền: đoạn văn ghi "06 đợt", bảng số liệu ghi Số đợt tuyên truyền: 5.' },
    ]);
  });

  it('is quiet when they agree, and reads no years or other units', () => {
    expect(textFigureWarnings([section('Năm 2023 tổ chức 05 đợt với 1.250 lượt người; 3 lượt tiếp công dân.')], shown)).toEqual([]);
  });

  it('reads a qualifier with its number: "hơn 570" agrees with 575, "hơn 1.300" does not with 1.250 (seed 004)', () => {
    expect(textFigureWarnings([section('Tổ chức 05 đợt với hơn 1.200 lượt người tham dự.')], shown)).toEqual([]);
    expect(textFigureWarnings([section('Tổ chức 05 đợt với hơn 1.300 lượt người tham dự.')], shown)).toEqual([
      { section: 'tuyen-truyen', message: 'Mục 2. Công tác tuyên truyền: đoạn văn ghi "hơn 1.300 lượt người", bảng số liệu ghi Số lượt người dự: 1.250.' },
    ]);
  });

  it('knows a table figure written "khoảng 250" is an estimate, and names it as written', () => {
    const estimate = [{ table: 'tt', unit: 'lượt người', name: 'Số lượt người dự', value: 250, text: 'khoảng 250' }];
    expect(textFigureWarnings([section('Có 255 lượt người tham gia.')], estimate)).toEqual([]);
    expect(textFigureWarnings([section('Có 400 lượt người tham gia.')], estimate)).toEqual([
      { section: 'tuyen-truyen', message: 'Mục 2. Công tác tuyên truyền: đoạn văn ghi "400 lượt người", bảng số liệu ghi Số lượt người dự: khoảng 250.' },
    ]);
  });

  it('does not double the colon of a heading that ends with one (seed 004’s "2.3. ... kéo dài:")', () => {
    const heading = reportSection.parse({ ...section('Tổ chức 06 đợt.'), title: 'Công tác tuyên truyền:' });
    expect(textFigureWarnings([heading], shown)[0]!.message).toBe('Mục 2. Công tác tuyên truyền: đoạn văn ghi "06 đợt", bảng số liệu ghi Số đợt tuyên truyền: 5.');
  });

  it('takes a number below the largest figure for a part of it, as seed 004 writes its breakdowns', () => {
    const petitions = reportSection.parse({
      key: 'don-thu', label: '2.3.', title: 'Giải quyết đơn thư',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Năm 2023 tiếp nhận 22 đơn, trong đó 08 đơn khiếu nại, 14 đơn kiến nghị; tranh chấp đất đai 08 vụ.' }] }],
      figureTables: [{ key: 'dt', title: 'Đơn thư', columns: [{ key: 'a', label: '2022' }, { key: 'b', label: '2023' }], rows: [{ key: 'don', label: 'Đơn nhận' }, { key: 'vu', label: 'Vụ việc' }] }],
    });
    const shown = [
      ...[19, 22].map((value) => ({ table: 'dt', row: 'don', unit: 'đơn', name: 'Đơn nhận (đơn)', value })),
      ...[19, 21].map((value) => ({ table: 'dt', row: 'vu', unit: 'vụ', name: 'Vụ việc (vụ)', value })),
    ];
    expect(textFigureWarnings([petitions], shown)).toEqual([]);
    const typo = { ...petitions, blocks: [{ type: 'paragraph' as const, marker: null, content: [{ type: 'text' as const, text: 'Năm 2023 tiếp nhận 23 đơn.' }] }] };
    expect(textFigureWarnings([typo], shown)).toEqual([
      { section: 'don-thu', message: 'Mục 2.3. Giải quyết đơn thư: đoạn văn ghi "23 đơn", bảng số liệu ghi Đơn nhận (đơn): 19, 22.' },
    ]);
  });

  it('reads a row over several years as their sum too, and says each difference once (seed 004)', () => {
    const review = reportSection.parse({
      key: 'tiep-dan', label: '2.3.', title: 'Tiếp công dân',
      blocks: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Trong 03 năm, tiếp công dân định kỳ 07 lượt, đột xuất 04 lượt.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Có 04 lượt đối thoại.' }] },
      ],
      figureTables: [{ key: 'td', title: 'Tiếp công dân', columns: [{ key: 'a', label: '2021' }, { key: 'b', label: '2022' }, { key: 'c', label: '2023' }], rows: [{ key: 'dk', label: 'Định kỳ' }] }],
    });
    const years = [3, 2, 2].map((value) => ({ table: 'td', row: 'dk', unit: 'lượt', name: 'Tiếp công dân định kỳ (lượt)', value }));
    expect(textFigureWarnings([review], years)).toEqual([
      { section: 'tiep-dan', message: 'Mục 2.3. Tiếp công dân: đoạn văn ghi "04 lượt", bảng số liệu ghi Tiếp công dân định kỳ (lượt): 3, 2, 2.' },
    ]);
  });
});
