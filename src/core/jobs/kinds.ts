/** The kinds of job the queue carries: what each takes, what it gives back, how long pg-boss keeps it. */
import type PgBoss from 'pg-boss';

export interface JobTypes {
  /** A .docx to convert and the PDF back, both base64: job data and output are JSON. */
  pdf: { data: { docx: string }; output: { pdf: string } };
}

export type JobKind = keyof JobTypes;
export type JobData<K extends JobKind> = JobTypes[K]['data'];
export type JobOutput<K extends JobKind> = JobTypes[K]['output'];

export const jobKinds: { [K in JobKind]: Omit<PgBoss.Queue, 'name'> } = {
  // Never retried: the person who asked is waiting for this very answer. LibreOffice is stopped after
  // 60 s (pdf.ts), so a job still active after 2 minutes lost its worker; one no worker took in 5 minutes
  // is dropped with the report's text it carries.
  pdf: { retryLimit: 0, expireInSeconds: 120, retentionMinutes: 5 },
};

/** A .docx turned into a PDF. */
export type PdfConverter = (docx: Buffer) => Promise<Buffer>;

/** A process's job queue and the work features hand it. */
export interface Jobs {
  /** After the database is prepared (prepareDatabase installed the queue): starts the workers. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A .docx as PDF, converted by a worker of the queue. */
  pdf: PdfConverter;
}
