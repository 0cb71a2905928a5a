import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { Document, Packer, type Table } from 'docx';
import { LEFT, RIGHT, size } from './format.js';
import { RowStamp, StampedRow } from './stamped-rows.js';
import { cellParagraph, gridRow, gridTable } from './tables.js';

const widths = [4000, 2000, 2000, 1071];
// Rows as a compiled annex has them: names with Vietnamese letters, figures, blanks, a character XML
// escapes, and a document number whose hyphen Word must not break at (written by the library itself).
const rows = [
  ['Phường Nguyễn Nghiêm', '1.234', '', '55,55%'],
  ['Xã Trà Tây', '', '12', ''],
  ['Xã Sơn Hà & Sơn Tây <mới>', '0', '7', '100%'],
  ['Theo Kế hoạch số 53-KH/HU', '3', '4', '5'],
  ['', '', '', ''],
];

const cells = (texts: readonly string[], bold: boolean) =>
  texts.map((t, i) => [cellParagraph(t ? [{ type: 'text', text: t }] : [], bold, i ? RIGHT : LEFT, size.note)]);

async function documentXml(table: Table): Promise<string> {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
  return (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
}

describe('stamped table rows', () => {
  it('write the same XML as the rows the docx library builds cell by cell', async () => {
    for (const bold of [false, true]) {
      const built = gridTable(rows.map((texts) => ({ header: false, cells: cells(texts, bold) })), widths);
      const stamp = new RowStamp((texts) => gridRow({ header: false, cells: cells(texts, bold) }, widths), widths);
      const stamped = gridTable(rows.map((texts) => new StampedRow(stamp, texts)), widths);
      const xml = await documentXml(stamped);
      expect(xml).toBe(await documentXml(built));
      expect(xml).toContain('Sơn Hà &amp; Sơn Tây &lt;mới&gt;');
      expect(xml).toContain('<w:noBreakHyphen/>');
    }
  });
});
