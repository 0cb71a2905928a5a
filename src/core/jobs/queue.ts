/**
 * Slow work off the request: a job queue on pg-boss, in the app's own database (PostgreSQL or PGlite).
 * A job is admitted only while fewer than a limit of its kind wait or run, each process runs a fixed number
 * of workers per kind, and the caller waits for the result, which then is deleted with the job's row.
 * Every call here goes through `JobsDb`, never through drizzle: on PGlite (one connection) a job query
 * awaited inside an open drizzle transaction would wait for that transaction forever.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { JobsDb } from '../db/jobs-db.js';
import { jobKinds, type JobData, type JobKind, type JobOutput } from './kinds.js';

const schema = 'pgboss';
/** The first key of the admission lock (the second is the kind); migrations hold 7_270_001. */
const admissionLock = 7_270_002;
const pollMs = 250;

export type JobHandler<K extends JobKind> = (data: JobData<K>) => Promise<JobOutput<K>>;

export type JobOutcome<K extends JobKind> =
  | { state: 'completed'; output: JobOutput<K> }
  /** `error`: what the handler threw, as pg-boss stored it (null when the job vanished). */
  | { state: 'failed'; error: { code?: unknown; message?: unknown } | null }
  | { state: 'timeout' };

export interface JobQueue {
  /** Declares `concurrency` workers of `kind` in this process; they run from `start()` on. */
  work<K extends JobKind>(kind: K, concurrency: number, handler: JobHandler<K>): void;
  /** Starts the declared workers (the owner installed the schema and queues: installJobQueue). */
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>;
  /** Queues a job, or answers null when `limit` jobs of its kind are already waiting or running. */
  submit<K extends JobKind>(kind: K, data: JobData<K>, options: { limit: number }): Promise<string | null>;
  /** Waits for the job to end (at most `timeoutMs`), then deletes it: its data and output go with it. */
  outcome<K extends JobKind>(kind: K, id: string, options: { timeoutMs: number }): Promise<JobOutcome<K>>;
}

/**
 * Creates pg-boss's schema and danvan's queues if missing. Run by the owner of the tables (roles.ts):
 * a queue is a table partition, so creating one is DDL the application role may not do.
 */
export async function installJobQueue(db: JobsDb): Promise<void> {
  const boss = new PgBoss({ db, schema, schedule: false, supervise: false });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const [kind, options] of Object.entries(jobKinds)) await boss.createQueue(kind, { name: kind, ...options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export function createJobQueue(db: JobsDb, { onError }: { onError: (err: unknown) => void }): JobQueue {
  const boss = new PgBoss({
    db,
    schema,
    // No cron job yet; maintenance still fails jobs a dead worker left active. Job rows are working data,
    // not a history (the audit log is): ended ones are archived after a minute and deleted a minute later.
    schedule: false,
    archiveCompletedAfterSeconds: 60,
    deleteAfterSeconds: 60,
  });
  // pg-boss reports a failed poll or maintenance as an event; unheard, it would end the process.
  boss.on('error', onError);
  // Each handler takes the data of its own kind; pg-boss hands the data over as it was sent.
  const declared: { kind: JobKind; concurrency: number; handler: (data: unknown) => Promise<unknown> }[] = [];
  const workerIds = new Map<JobKind, string[]>();

  return {
    work(kind, concurrency, handler) {
      declared.push({ kind, concurrency, handler: handler as (data: unknown) => Promise<unknown> });
    },

    async start() {
      await boss.start();
      for (const [kind, options] of Object.entries(jobKinds)) {
        // installJobQueue created the queue; this version's options are set here (plain DML).
        await boss.updateQueue(kind, { name: kind, ...options });
      }
      for (const { kind, concurrency, handler } of declared) {
        // One job per fetch and one loop per worker: at most `concurrency` handlers of a kind run here at once.
        for (let i = 0; i < concurrency; i++) {
          const id = await boss.work(kind, { batchSize: 1 }, ([job]) => handler(job!.data));
          workerIds.set(kind, [...(workerIds.get(kind) ?? []), id]);
        }
      }
    },

    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000 });
      workerIds.clear();
    },

    async submit(kind, data, { limit }) {
      const id = await db.transaction(async (tx) => {
        // One admission at a time for a kind, in every process on this database: the count and the insert agree.
        await tx.executeSql('select pg_advisory_xact_lock($1, hashtext($2))', [admissionLock, kind]);
        const { rows } = await tx.executeSql(`select count(*)::int as n from ${schema}.job where name = $1 and state < 'completed'`, [kind]);
        if (Number(rows[0]?.n ?? 0) >= limit) return null;
        return boss.send(kind, data, { db: tx });
      });
      // Wake this process's idle workers instead of leaving the job to their next poll.
      if (id) for (const worker of workerIds.get(kind) ?? []) boss.notifyWorker(worker);
      return id;
    },

    async outcome(kind, id, { timeoutMs }) {
      const deadline = Date.now() + timeoutMs;
      try {
        for (;;) {
          // The output only once the job has ended; the data (the document) is never read back.
          const { rows: [job] } = await db.executeSql(
            `select state, case when state >= 'completed' then output end as output from ${schema}.job where name = $1 and id = $2`, [kind, id]);
          if (!job) return { state: 'failed', error: null };
          if (job.state === 'completed') return { state: 'completed', output: job.output as JobOutput<typeof kind> };
          if (job.state === 'failed' || job.state === 'cancelled') return { state: 'failed', error: (job.output ?? null) as { message?: unknown } | null };
          if (Date.now() >= deadline) return { state: 'timeout' };
          await sleep(pollMs);
        }
      } finally {
        // A job given up on may still be running: its worker then completes nothing, the row is gone.
        await boss.deleteJob(kind, id).catch(onError);
      }
    },
  };
}
