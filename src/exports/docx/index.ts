/** The official Word document of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { OfficialDocument } from '../model.js';
import { annexElements } from './annex.js';
import { bodyParagraph, sectionElements, titleBlock } from './body.js';
import { CENTER, font, margins, page, size } from './format.js';
import { draftMark, headerTable } from './header.js';
import { signatureTable } from './signature.js';

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const { meta, sections, figures } = doc.content;
  const children = [
    ...(doc.draft ? [draftMark()] : []),
    headerTable(meta),
    ...titleBlock(meta),
    ...(meta.basis.length ? [bodyParagraph(meta.basis)] : []),
    ...sectionElements(sections, figures),
    ...(meta.closing.length ? [bodyParagraph(meta.closing)] : []),
    new Paragraph({ spacing: { before: 120 }, children: [] }),
    signatureTable(meta),
    ...doc.annexes.flatMap(annexElements),
  ];
  const document = new Document({
    creator: meta.issuingBody,
    title: meta.subject,
    description: `${meta.kindTitle} ${meta.subject}`,
    styles: {
      default: {
        document: { run: { font, size: size.body, language: { value: 'vi-VN' } } },
        footnoteText: { run: { font, size: size.note } },
      },
    },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: page.width, height: page.height }, margin: margins },
      },
      headers: {
        // Page numbers centred at the top from page 2 (Phụ lục I, mục II.11); none on page 1.
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({ children: [new Paragraph({ alignment: CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: size.body })] })] }),
      },
      children,
    }],
  });
  return Packer.toBuffer(document);
}
