/**
 * Named paragraph styles, so a clerk who edits the file in Word keeps its format: a new paragraph typed in
 * the body is body text, a heading added is set as its level (Word's Styles pane and Navigation pane list
 * them by these names). Sizes and spacing are Phụ lục I's (format.ts); heading emphasis heading-rules.ts's.
 */
import type { IParagraphStyleOptions } from 'docx';
import { headingEmphasis, type HeadingKind } from '../../content/heading-rules.js';
import { bodySpacing, CENTER, firstLineIndent, font, JUSTIFIED, size, tightSpacing } from './format.js';

export const styleIds = {
  body: 'ReportBody',
  part: 'ReportPart',
  kind: 'ReportKind',
  subject: 'ReportSubject',
  footnote: 'FootnoteText',
  heading: {
    roman: 'ReportHeadingRoman', number: 'ReportHeadingNumber', sub: 'ReportHeadingSub',
    subsub: 'ReportHeadingSubSub', letter: 'ReportHeadingLetter', dash: 'ReportHeadingDash',
  } satisfies Record<HeadingKind, string>,
} as const;

/** What Word shows in its Styles pane. */
const headingNames: Record<HeadingKind, string> = {
  roman: 'Đề mục I.', number: 'Đề mục 1.', sub: 'Đề mục 1.1.', subsub: 'Đề mục 1.1.1.', letter: 'Đề mục a)', dash: 'Đề mục -',
};
/** Outline levels for Word's Navigation pane: a part is level 1, I. level 2, and so on. */
const outlineLevels: Record<HeadingKind, number> = { roman: 1, number: 2, sub: 3, subsub: 4, letter: 5, dash: 6 };

const headingStyle = (kind: HeadingKind): IParagraphStyleOptions => ({
  id: styleIds.heading[kind], name: headingNames[kind], basedOn: styleIds.body, next: styleIds.body, quickFormat: true,
  run: { bold: headingEmphasis[kind].bold, italics: headingEmphasis[kind].italic },
  paragraph: { keepNext: true, keepLines: true, outlineLevel: outlineLevels[kind] },
});

export const paragraphStyles: IParagraphStyleOptions[] = [
  {
    // Justified, first line indented 1,27 cm, 6 pt before, 1,15 lines, 14 pt (Phụ lục I: nội dung văn bản).
    id: styleIds.body, name: 'Nội dung văn bản', basedOn: 'Normal', next: styleIds.body, quickFormat: true,
    run: { font, size: size.body },
    paragraph: { alignment: JUSTIFIED, indent: { firstLine: firstLineIndent }, spacing: bodySpacing },
  },
  {
    // "Phần thứ nhất" and its title, centred and bold.
    id: styleIds.part, name: 'Phần', basedOn: styleIds.body, next: styleIds.body, quickFormat: true,
    run: { bold: true },
    paragraph: { alignment: CENTER, indent: { firstLine: 0 }, keepNext: true, keepLines: true, outlineLevel: 0 },
  },
  ...(Object.keys(headingNames) as HeadingKind[]).map(headingStyle),
  {
    // Tên loại: capitals, bold, centred (Phụ lục I: tên loại và trích yếu).
    id: styleIds.kind, name: 'Tên loại văn bản', basedOn: 'Normal', next: styleIds.subject, quickFormat: true,
    run: { font, size: size.body, bold: true },
    paragraph: { alignment: CENTER, spacing: { ...tightSpacing, before: 360 }, keepNext: true },
  },
  {
    id: styleIds.subject, name: 'Trích yếu', basedOn: 'Normal', next: styleIds.body, quickFormat: true,
    run: { font, size: size.body, bold: true },
    paragraph: { alignment: CENTER, spacing: tightSpacing, keepNext: true, keepLines: true },
  },
  {
    // Footnotes 12 pt, justified, single spaced, as the seeds set them.
    id: styleIds.footnote, name: 'footnote text', basedOn: 'Normal', quickFormat: true,
    run: { font, size: size.note },
    paragraph: { alignment: JUSTIFIED, spacing: tightSpacing },
  },
];
