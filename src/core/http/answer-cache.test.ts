import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerCache, StaleAnswerError } from './answer-cache.js';

const schema = z.object({ title: z.string() });

describe('câu trả lời được giữ', () => {
  const verifyBefore = process.env.DANVAN_VERIFY_ANSWERS;
  afterEach(() => { process.env.DANVAN_VERIFY_ANSWERS = verifyBefore; });

  it('computes once for readers arriving together, again when the fingerprint changes, always without one', async () => {
    process.env.DANVAN_VERIFY_ANSWERS = '0';
    const cache = answerCache<{ title: string; extra?: string }>(schema, 10);
    let computed = 0;
    const compute = async () => ({ title: `Báo cáo ${++computed}`, extra: 'không gửi' });
    const text = async (body: Promise<Buffer>) => (await body).toString();
    const together = await Promise.all([1, 2, 3].map(() => text(cache.answer('a', 'v1', compute))));
    expect(together).toEqual(Array(3).fill('{"title":"Báo cáo 1"}'));
    expect(await text(cache.answer('a', 'v1', compute))).toBe('{"title":"Báo cáo 1"}');
    expect(await text(cache.answer('a', 'v2', compute))).toBe('{"title":"Báo cáo 2"}');
    expect(await text(cache.answer('a', null, compute))).toBe('{"title":"Báo cáo 3"}');
    expect(computed).toBe(3);
  });

  it('keeps the most recently read answers when full', async () => {
    process.env.DANVAN_VERIFY_ANSWERS = '0';
    const cache = answerCache<{ title: string }>(schema, 2);
    let computed = 0;
    const compute = async () => ({ title: String(++computed) });
    await cache.answer('a', 'v', compute);
    await cache.answer('b', 'v', compute);
    await cache.answer('a', 'v', compute);
    await cache.answer('c', 'v', compute);
    expect(computed).toBe(3);
    await cache.answer('a', 'v', compute);
    expect(computed).toBe(3);
    await cache.answer('b', 'v', compute);
    expect(computed).toBe(4);
  });

  it('fails a kept answer that differs from a fresh one when verifying', async () => {
    process.env.DANVAN_VERIFY_ANSWERS = '1';
    const cache = answerCache<{ title: string }>(schema, 10);
    let title = 'cũ';
    const compute = async () => ({ title });
    await cache.answer('a', 'v', compute);
    title = 'mới';
    await expect(cache.answer('a', 'v', compute)).rejects.toBeInstanceOf(StaleAnswerError);
  });
});
