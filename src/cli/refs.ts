import fs from 'node:fs/promises';
import { AppError } from '../core/errors.js';
import { findDocumentReferences } from '../documents/references.js';
import { toRecord } from '../documents/refs-output.js';

/** Prints every document reference in a UTF-8 text file as a JSON array (no database needed). */
export async function printReferences(file: string): Promise<void> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('invalid', 'FILE_UNREADABLE', code === 'ENOENT' ? `Không tìm thấy tệp "${file}".` : `Không đọc được tệp "${file}" (${code}).`);
  }
  console.log(JSON.stringify(findDocumentReferences(text).map(toRecord), null, 2));
}
