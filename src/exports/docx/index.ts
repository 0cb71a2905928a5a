/** The official Word document of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { OfficialDocument } from '../model.js';
import { annexElements } from './annex.js';
import { bodyParagraph, sectionElements } from './body.js';
import { CENTER, font, JUSTIFIED, margins, page, size, tightSpacing } from './format.js';
import { draftMark, headerTable } from './header.js';
import { signatureTable } from './signature.js';
import { wordCompatible } from './package.js';
import { titleBlock } from './title.js';

/** Page numbers centred in the top margin, 13-14 pt, none on the first page (Phụ lục I: số trang). */
function headers() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({ children: [new Paragraph({ alignment: CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: size.body })] })] }),
  };
}

export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const { meta, sections, figures } = doc.content;
  const children = [
    ...(doc.draft ? [draftMark()] : []),
    headerTable(meta),
    ...titleBlock(meta),
    ...(meta.basis.length ? [bodyParagraph(meta.basis)] : []),
    ...sectionElements(sections, figures),
    // The closing stays on the page of the signature: a signature page is never without text.
    ...(meta.closing.length ? [bodyParagraph(meta.closing, null, true)] : []),
    new Paragraph({ keepNext: true, spacing: tightSpacing, children: [] }),
    signatureTable(meta),
    ...doc.annexes.flatMap(annexElements),
  ];
  const document = new Document({
    title: meta.subject,
    creator: meta.issuingBody,
    lastModifiedBy: meta.issuingBody,
    description: `${meta.kindTitle} ${meta.subject}`,
    styles: {
      default: {
        // Times New Roman, black (Phụ lục I: phông chữ), Vietnamese for Word's spelling and hyphenation.
        document: { run: { font, size: size.body, color: '000000', language: { value: 'vi-VN' } } },
        footnoteText: { run: { font, size: size.note }, paragraph: { alignment: JUSTIFIED } },
      },
    },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: page.width, height: page.height }, margin: margins },
      },
      headers: headers(),
      children,
    }],
  });
  return wordCompatible(await Packer.toBuffer(document));
}
