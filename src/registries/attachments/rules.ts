/**
 * What a registry record may carry as attachments: photos of a session, the scanned decision, a minutes in
 * Word or a list in Excel. The type is read from the file's first bytes, not its name, so a renamed file
 * of another kind is refused.
 */
export const attachmentLimits = { bytes: 10 * 1024 * 1024, perRecord: 20 };

export const attachmentKinds = {
  'image/jpeg': 'Ảnh JPEG',
  'image/png': 'Ảnh PNG',
  'application/pdf': 'PDF (bản quét)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
} as const;
export type AttachmentType = keyof typeof attachmentKinds;

const startsWith = (file: Uint8Array, bytes: number[]) => bytes.every((b, i) => file[i] === b);

/** The file's type from its content; a zip is Word or Excel by its name. */
export function sniffType(file: Uint8Array, name: string): AttachmentType | null {
  if (startsWith(file, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(file, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(file, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(file, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.docx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (/\.xlsx$/i.test(name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** A name safe to keep and to send back: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f"]/g, '').trim().slice(0, 200) || 'tep-dinh-kem';
}
