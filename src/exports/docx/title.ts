/**
 * Tên loại and trích yếu, centred and bold with a short rule under them, then "Kính gửi:"
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: tên loại và trích yếu; nơi nhận, for "Kính gửi").
 */
import { Paragraph, TabStopType } from 'docx';
import { recipientLines } from '../../content/document-rules.js';
import type { ReportMeta } from '../../content/meta-schema.js';
import { CENTER, size, textWidth, tightSpacing } from './format.js';
import { centred, rule } from './lines.js';
import { measure } from './measure.js';
import { plain } from './runs.js';

const KINH_GUI = 'Kính gửi:';

/**
 * One addressee on the line of "Kính gửi:"; several each on a line of their own, "- X;", the last with a
 * full stop, the dashes in a column under the colon (Phụ lục I: nơi nhận): the format recipientLines writes.
 */
function addresseeLines(addressees: readonly string[]): Paragraph[] {
  if (addressees.length === 1) {
    return [centred(`${KINH_GUI} ${addressees[0]!.trim().replace(/[;.,]\s*$/, '')}.`, {}, 240)];
  }
  const lines = recipientLines(addressees);
  const label = measure(`${KINH_GUI} `, size.body, false);
  const widest = Math.max(...lines.map((l) => measure(l, size.body, false)));
  // The block centred on the page, the dashes at `column`.
  const column = Math.max(label, Math.round((textWidth - label - widest) / 2) + label);
  return lines.map((line, i) => new Paragraph({
    indent: i === 0 ? { left: column, hanging: label } : { left: column },
    tabStops: [{ type: TabStopType.LEFT, position: column }],
    spacing: { ...tightSpacing, before: i === 0 ? 240 : 0 },
    children: i === 0 ? [...plain(KINH_GUI), ...plain(`\t${line}`)] : plain(line),
  }));
}

export function titleBlock(meta: ReportMeta): Paragraph[] {
  const subjectWidth = Math.min(textWidth, measure(meta.subject, size.body, true));
  return [
    centred(meta.kindTitle.toLocaleUpperCase('vi'), { bold: true }, 360),
    new Paragraph({ alignment: CENTER, spacing: tightSpacing, children: plain(meta.subject, { bold: true }) }),
    // 1/3 to 1/2 of the subject's line (Phụ lục I: trích yếu): a third of it, the full width when it wraps.
    rule(Math.round(subjectWidth / 3), textWidth, meta.addressees.length ? 0 : 120),
    ...(meta.addressees.length ? addresseeLines(meta.addressees) : []),
  ];
}
