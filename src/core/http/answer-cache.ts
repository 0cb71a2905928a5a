import { isDeepStrictEqual } from 'node:util';
import { safeEncode, type $ZodType } from 'zod/v4/core';

/**
 * Serialized answers of a read route, kept per caller and object while a fingerprint of everything the
 * answer is made of stays the same. The fingerprint is read by one query (row versions, generations, the
 * day); the answer it stands for took a dozen queries and 60 KB of serialization (a long report: 233
 * req/s before, npm run bench). A fingerprint must change whenever anything the answer shows can change:
 * with DANVAN_VERIFY_ANSWERS=1 (the test suites) every kept answer is computed again and compared, so a
 * missing part fails the tests that change it instead of serving a stale answer.
 */
export interface AnswerCache<T> {
  /**
   * The answer for `key` as UTF-8 JSON, ready to send (encoded once, not at every read): the kept one
   * when `fingerprint` is the one it was made under, otherwise `compute`d, serialized by `schema` (as the
   * route's response schema would) and kept.
   * A null fingerprint (the object is not there) always computes, so its error reaches the caller.
   */
  answer(key: string, fingerprint: string | null, compute: () => Promise<T>): Promise<Buffer>;
}

export class StaleAnswerError extends Error {
  constructor(key: string) {
    super(`A kept answer differs from the one computed now (${key}): its fingerprint misses something the answer shows.`);
  }
}

export function answerCache<T>(schema: $ZodType, maxEntries: number): AnswerCache<T> {
  const kept = new Map<string, { fingerprint: string; body: Buffer }>();
  // A hundred readers arriving together (a reviewer's list opened by many) compute it once.
  const computing = new Map<string, { fingerprint: string; body: Promise<Buffer> }>();
  const serialize = (value: T): Buffer => {
    const result = safeEncode(schema, value);
    if (result.error) throw result.error;
    return Buffer.from(JSON.stringify(result.data));
  };
  return {
    async answer(key, fingerprint, compute) {
      if (fingerprint === null) return serialize(await compute());
      const found = kept.get(key);
      if (found?.fingerprint === fingerprint) {
        // Most recently used last: the oldest entry goes first when the cache is full.
        kept.delete(key);
        kept.set(key, found);
        if (verifying()) await verify(key, found.body, compute, serialize);
        return found.body;
      }
      const running = computing.get(key);
      if (running?.fingerprint === fingerprint) return running.body;
      const body = compute().then(serialize);
      computing.set(key, { fingerprint, body });
      try {
        const done = await body;
        kept.delete(key);
        if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
        kept.set(key, { fingerprint, body: done });
        return done;
      } finally {
        if (computing.get(key)?.body === body) computing.delete(key);
      }
    },
  };
}

const verifying = () => process.env.DANVAN_VERIFY_ANSWERS === '1';

async function verify<T>(key: string, body: Buffer, compute: () => Promise<T>, serialize: (value: T) => Buffer): Promise<void> {
  const fresh = serialize(await compute());
  if (!isDeepStrictEqual(JSON.parse(fresh.toString()), JSON.parse(body.toString()))) throw new StaleAnswerError(key);
}
