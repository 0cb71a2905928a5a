/**
 * The .docx package as Word writes it, where the docx library differs in ways Word repairs on opening: the
 * footnote and endnote separators carry no note-number mark (the library puts a footnoteRef run in them),
 * and the settings name the separator notes (w:footnotePr, w:endnotePr), before w:compat as the schema
 * orders the settings.
 */
import JSZip from 'jszip';

const markRun = /<w:r><w:rPr><w:rStyle w:val="(?:Footnote|Endnote)Reference"\/><\/w:rPr><w:(?:footnote|endnote)Ref\/><\/w:r>/g;
const separatorNote = (kind: 'footnote' | 'endnote') =>
  new RegExp(`<w:${kind} w:type="(?:separator|continuationSeparator)" w:id="-?\\d+">[\\s\\S]*?</w:${kind}>`, 'g');

export function withoutSeparatorMarks(xml: string, kind: 'footnote' | 'endnote'): string {
  return xml.replace(separatorNote(kind), (note) => note.replace(markRun, ''));
}

export function withNoteSettings(xml: string): string {
  if (xml.includes('<w:footnotePr>')) return xml;
  const notes = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>';
  return xml.includes('<w:compat>') ? xml.replace('<w:compat>', `${notes}<w:compat>`) : xml.replace('</w:settings>', `${notes}</w:settings>`);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The company in File > Properties (docProps/app.xml, which the library leaves empty): the issuing body. */
export function withCompany(xml: string, company: string): string {
  if (!company.trim() || xml.includes('<Company>')) return xml;
  const entry = `<Company>${escapeXml(company.trim())}</Company>`;
  return xml.endsWith('/>') ? xml.replace(/\/>$/, `>${entry}</Properties>`) : xml.replace('</Properties>', `${entry}</Properties>`);
}

export async function wordCompatible(docx: Buffer, properties: { company: string } = { company: '' }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (file) zip.file(name, change(await file.async('string')));
  };
  await edit('word/footnotes.xml', (xml) => withoutSeparatorMarks(xml, 'footnote'));
  await edit('word/endnotes.xml', (xml) => withoutSeparatorMarks(xml, 'endnote'));
  await edit('word/settings.xml', withNoteSettings);
  await edit('docProps/app.xml', (xml) => withCompany(xml, properties.company));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
