/** A danvan process's job queue and the work it does there: today PDF conversion. */
import type { Config } from './core/config.js';
import type { Database } from './core/db/connection.js';
import { loggableError } from './core/db/errors.js';
import { createJobQueue } from './core/jobs/queue.js';
import type { Jobs, PdfConverter } from './core/jobs/kinds.js';
import { pdfJobs } from './exports/pdf-jobs.js';
import { docxToPdf } from './exports/pdf.js';

/** `convertPdf`: what a worker runs on a .docx (LibreOffice; tests count or hold conversions). */
export function createJobs(database: Database, config: Config, { convertPdf = docxToPdf }: { convertPdf?: PdfConverter } = {}): Jobs {
  const queue = createJobQueue(database.jobsDb, {
    onError: (err) => console.warn('Hàng đợi công việc gặp lỗi (sẽ thử lại ở lần sau):', loggableError(err)),
  });
  const pdf = pdfJobs(queue, { workers: config.pdfWorkers, limit: config.pdfQueue }, convertPdf);
  return { start: () => queue.start(), stop: () => queue.stop(), pdf };
}
