/**
 * PDF through the job queue: a request hands its .docx to a `pdf` job and waits for the PDF. No more
 * LibreOffice processes run than there are workers, and a request beyond the queue's limit is told to come
 * back (503 PDF_BUSY with Retry-After) instead of starting one more.
 */
import { AppError } from '../core/errors.js';
import type { JobOutcome, JobQueue } from '../core/jobs/queue.js';
import type { CodeOf } from '../core/error-codes.js';
import type { PdfConverter } from '../core/jobs/kinds.js';
import { conversionFailed } from './pdf.js';


/** How long a request waits for its PDF: the jobs ahead of it in a full queue, then its own. */
const waitMs = 2 * 60_000;

export const pdfBusy = () => new AppError('unavailable', 'PDF_BUSY',
  'Máy chủ đang tạo nhiều bản PDF cùng lúc. Hãy thử lại sau ít giây, hoặc tải bản Word (.docx).', { retryAfterSeconds: 5 });

/** LibreOffice's own answers (not installed, could not convert) reach the caller as the worker gave them. */
const passedOn = new Set<string>(['PDF_UNAVAILABLE', 'PDF_CONVERSION_FAILED'] satisfies CodeOf<'unavailable'>[]);

function failure(outcome: Exclude<JobOutcome<'pdf'>, { state: 'completed' }>): AppError {
  if (outcome.state === 'timeout') return conversionFailed(`quá ${waitMs / 60_000} phút vẫn chưa xong`);
  const { error } = outcome;
  if (!error) return conversionFailed('việc tạo PDF bị hủy giữa chừng');
  if (typeof error.code === 'string' && passedOn.has(error.code) && typeof error.message === 'string') {
    return new AppError('unavailable', error.code as CodeOf<'unavailable'>, error.message);
  }
  return conversionFailed('lỗi hệ thống khi tạo PDF');
}

/** Declares the PDF workers on `queue` and gives the converter requests call. */
export function pdfJobs(queue: JobQueue, { workers, limit }: { workers: number; limit: number }, convert: PdfConverter): PdfConverter {
  queue.work('pdf', workers, async ({ docx }) => ({ pdf: (await convert(Buffer.from(docx, 'base64'))).toString('base64') }));
  return async (docx) => {
    const id = await queue.submit('pdf', { docx: docx.toString('base64') }, { limit });
    if (!id) throw pdfBusy();
    const outcome = await queue.outcome('pdf', id, { timeoutMs: waitMs });
    if (outcome.state === 'completed') return Buffer.from(outcome.output.pdf, 'base64');
    throw failure(outcome);
  };
}
