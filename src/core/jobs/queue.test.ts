/**
 * The job queue on the database the suite runs on (PGlite in memory, or PostgreSQL with DATABASE_URL), and on
 * a PGlite data directory opened twice: jobs run, their rows go once the result is read, and the limit holds
 * when two queues (two processes) admit jobs on one database at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../db/connection.js';
import { freshDatabase } from '../../testing/database.js';
import { prepareDatabase } from '../../setup.js';
import { createJobQueue, type JobQueue } from './queue.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-jobs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const open: { queues: JobQueue[]; databases: Database[] } = { queues: [], databases: [] };
afterEach(async () => {
  for (const queue of open.queues.splice(0)) await queue.stop();
  for (const database of open.databases.splice(0)) await database.close();
});

const errors: unknown[] = [];
function queueOn(database: Database, echo = false): JobQueue {
  const queue = createJobQueue(database.jobsDb, { onError: (err) => errors.push(err) });
  // A stand-in for LibreOffice: the "PDF" is the document read backwards.
  if (echo) queue.work('pdf', 1, async ({ docx }) => ({ pdf: [...docx].reverse().join('') }));
  open.queues.push(queue);
  return queue;
}

const leftRows = async (database: Database) => (await queryRows<{ n: number }>(database.db,
  sql`select (select count(*) from pgboss.job)::int + (select count(*) from pgboss.archive)::int as n`))[0]!.n;

describe(`the job queue on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite in memory'}`, () => {
  it('runs a job, hands back its output and keeps no row of it', async () => {
    const database = await freshDatabase();
    open.databases.push(database);
    const queue = queueOn(database, true);
    await queue.start();
    const id = await queue.submit('pdf', { docx: 'abc' }, { limit: 2 });
    expect(id).toEqual(expect.any(String));
    expect(await queue.outcome('pdf', id!, { timeoutMs: 60_000 })).toEqual({ state: 'completed', output: { pdf: 'cba' } });
    expect(await leftRows(database)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('admits no more jobs than the limit when two processes submit at once, and deletes the ones given up on', async () => {
    const database = await freshDatabase();
    open.databases.push(database);
    // No workers: nothing ends, so exactly `limit` of the ten submissions may get in.
    const [a, b] = [queueOn(database), queueOn(database)];
    await a.start();
    await b.start();
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).submit('pdf', { docx: `văn bản ${i}` }, { limit: 3 })));
    expect(ids.filter(Boolean)).toHaveLength(3);
    for (const id of ids.filter((x): x is string => x !== null)) expect(await a.outcome('pdf', id, { timeoutMs: 0 })).toEqual({ state: 'timeout' });
    expect(await leftRows(database)).toBe(0);
  });
});

describe('the job queue on a PGlite data directory', () => {
  it('creates its tables on the first start and finds them on the next', async () => {
    const dataDir = path.join(work, 'data');
    for (const text of ['lần một', 'lần hai']) {
      const database = await openDatabase({ dataDir });
      open.databases.push(database);
      await prepareDatabase(database);
      const queue = queueOn(database, true);
      await queue.start();
      const id = await queue.submit('pdf', { docx: text }, { limit: 1 });
      expect(await queue.outcome('pdf', id!, { timeoutMs: 60_000 })).toMatchObject({ state: 'completed', output: { pdf: [...text].reverse().join('') } });
      expect(await leftRows(database)).toBe(0);
      await queue.stop();
      await database.close();
      open.queues.length = 0;
      open.databases.length = 0;
    }
  }, 120_000);
});
