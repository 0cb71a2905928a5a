/** The official Word document of a report (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { OfficialDocument } from '../model.js';
import { annexElements } from './annex.js';
import { bodyParagraph, sectionElements } from './body.js';
import { CENTER, font, margins, page, size, tightSpacing } from './format.js';
import { draftMark, headerTable } from './header.js';
import { signatureTable } from './signature.js';
import { paragraphStyles } from './styles.js';
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
  const { meta, sections } = doc.content;
  const children = [
    ...(doc.draft ? [draftMark()] : []),
    headerTable(meta),
    ...titleBlock(meta),
    ...(meta.basis.length ? [bodyParagraph(meta.basis)] : []),
    ...sectionElements(sections, doc.content),
    // The closing stays on the page of the signature: a signature page is never without text.
    ...(meta.closing.length ? [bodyParagraph(meta.closing, null, true)] : []),
    new Paragraph({ keepNext: true, spacing: tightSpacing, children: [] }),
    signatureTable(meta),
    ...doc.annexes.flatMap(annexElements),
  ];
  // File > Properties: the title is the subject on one line, the author and company the issuing body.
  const subject = meta.subject.replace(/\s*\n\s*/gu, ' ');
  const document = new Document({
    title: subject,
    subject,
    creator: meta.issuingBody,
    lastModifiedBy: meta.issuingBody,
    description: `${meta.kindTitle} ${subject}`,
    styles: {
      default: {
        // Times New Roman, black (Phụ lục I: phông chữ), Vietnamese for Word's spelling and hyphenation.
        document: { run: { font, size: size.body, color: '000000', language: { value: 'vi-VN' } } },
      },
      paragraphStyles,
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
  return wordCompatible(await Packer.toBuffer(document), { company: meta.issuingBody });
}
