/**
 * Tên loại and trích yếu, centred and bold with a short rule under them, then "Kính gửi:"
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: tên loại và trích yếu; nơi nhận, for "Kính gửi").
 */
import { Paragraph, TabStopType } from 'docx';
import { recipientLines } from '../../content/document-rules.js';
import type { ReportMeta } from '../../content/meta-schema.js';
import { size, textWidth, tightSpacing } from './format.js';
import { centred, rule } from './lines.js';
import { measure } from './measure.js';
import { plain } from './runs.js';
import { styleIds } from './styles.js';

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

/**
 * The subject's longest line, as the writer broke it; a line too long for the page wraps, and its longest
 * printed line is then nearly the full width.
 */
export const subjectLineWidth = (subject: string) =>
  Math.max(...subject.split('\n').map((line) => Math.min(textWidth, measure(line.trim(), size.body, true))));

export function titleBlock(meta: ReportMeta): Paragraph[] {
  return [
    new Paragraph({ style: styleIds.kind, children: plain(meta.kindTitle.toLocaleUpperCase('vi'), { styled: true }) }),
    // The writer's line breaks kept (seed 004 breaks its subject on three lines).
    new Paragraph({ style: styleIds.subject, children: plain(meta.subject.split('\n').map((l) => l.trim()).join('\n'), { styled: true }) }),
    // 1/3 to 1/2 of the subject's line (Phụ lục I: trích yếu): 3/8 of it, inside the range whether or not it wraps.
    rule(Math.round((subjectLineWidth(meta.subject) * 3) / 8), textWidth, meta.addressees.length ? 0 : 120),
    ...(meta.addressees.length ? addresseeLines(meta.addressees) : []),
  ];
}
