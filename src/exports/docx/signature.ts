/**
 * "Nơi nhận" on the left, the signature block on the right, side by side in a borderless table
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: chức vụ, họ tên người ký; nơi nhận; Điều 13 for TM., KT.). The columns are the header's, so
 * the signature sits under the quốc hiệu as in the decree's model.
 */
import { Paragraph, type Table } from 'docx';
import { recipientLines, signatureLines } from '../../content/document-rules.js';
import type { ReportMeta } from '../../content/meta-schema.js';
import { LEFT, size, tightSpacing } from './format.js';
import { headerLayout } from './header.js';
import { centred, layoutTable } from './lines.js';
import { plain, type RunStyle } from './runs.js';

/** Room for the signature and the seal (a seal is about 35 mm across): six empty 14 pt lines, about 34 mm. */
const SIGNATURE_ROOM = 6;
/** Both columns start 6 pt below the closing paragraph. */
const GAP = 120;

const left = (text: string, style: RunStyle, before = 0) =>
  new Paragraph({ alignment: LEFT, spacing: { ...tightSpacing, before }, children: plain(text, style) });

export function signatureTable(meta: ReportMeta): Table {
  // "Nơi nhận:" 12 pt bold italic, the recipients 11 pt (Phụ lục I: nơi nhận); the cell keeps a paragraph when there are none.
  const recipients = meta.recipients.length
    ? [left('Nơi nhận:', { size: size.note, bold: true, italics: true }, GAP), ...recipientLines(meta.recipients).map((line) => left(line, { size: size.recipient }))]
    : [left('', {})];
  // Authority and title bold capitals, the name bold, 13-14 pt (Phụ lục I: chức vụ, họ tên người ký).
  const signature = [
    ...signatureLines(meta.signer).map((line, i) => centred(line, { bold: true }, i === 0 ? GAP : 0)),
    ...Array.from({ length: SIGNATURE_ROOM }, () => centred('', {})),
    centred(meta.signer.name, { bold: true }),
  ];
  return layoutTable(headerLayout(meta).columns, [[recipients, signature]], true);
}
