import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../src/content/content-schema.js';
import { blocksToDoc, docToBlocks } from './convert.js';

const blocks: Block[] = [
  { type: 'paragraph', marker: '-', content: [
    { type: 'text', text: 'Toàn xã có 729 hộ/2.971 khẩu; ' },
    { type: 'text', text: 'hộ nghèo 405 hộ', marks: ['bold'] },
    { type: 'footnote', content: [{ type: 'text', text: 'Kế hoạch số 17/KH-UBND ngày 02/4/2020.' }] },
    { type: 'text', text: '.\nDòng sau.' },
  ] },
  { type: 'paragraph', marker: '+', content: [{ type: 'text', text: 'Năm 2022 nhận 19 đơn/19 vụ.' }] },
  { type: 'table', headerRows: 1, rows: [
    [{ content: [{ type: 'text', text: 'Năm' }] }, { content: [{ type: 'text', text: 'Số đơn' }] }],
    [{ content: [{ type: 'text', text: '2023' }] }, { content: [{ type: 'text', text: '22 đơn/21 vụ' }] }],
  ] },
];

describe('editor document conversion', () => {
  it('survives a round trip unchanged: markers, marks, footnotes, line breaks and tables', () => {
    expect(docToBlocks(blocksToDoc(blocks))).toEqual(blocks);
  });

  it('reads a typed "- " or "+ " as the paragraph marker and drops empty paragraphs', () => {
    const doc = { type: 'doc', content: [
      { type: 'paragraph', content: [{ type: 'text', text: '- Mô hình Nồi cháo tình thương.' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: '-5 độ là số âm, không phải gạch đầu dòng' }] },
    ] };
    expect(docToBlocks(doc)).toEqual([
      { type: 'paragraph', marker: '-', content: [{ type: 'text', text: 'Mô hình Nồi cháo tình thương.' }] },
      { type: 'paragraph', marker: null, content: [{ type: 'text', text: '-5 độ là số âm, không phải gạch đầu dòng' }] },
    ]);
  });

  it('ignores marks the report cannot print and gives an empty section one empty paragraph', () => {
    expect(docToBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }, { type: 'italic' }] }] }] }))
      .toEqual([{ type: 'paragraph', marker: null, content: [{ type: 'text', text: 'x', marks: ['italic'] }] }]);
    expect(blocksToDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
