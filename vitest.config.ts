import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every kept answer is computed again and compared (answer-cache.ts).
    env: { DANVAN_VERIFY_ANSWERS: '1' },
  },
});
