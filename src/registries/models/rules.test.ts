import { describe, expect, it } from 'vitest';
import { activeDuring, modelProblems } from './rules.js';

describe('a model’s years', () => {
  it('counts a model from its start year until the year it stopped, inclusive', () => {
    const stopped = { startYear: 2021, status: 'stopped' as const, stoppedYear: 2023 };
    expect(activeDuring(stopped, 2020, 2020)).toBe(false);
    expect(activeDuring(stopped, 2023, 2023)).toBe(true);
    expect(activeDuring(stopped, 2024, 2024)).toBe(false);
    expect(activeDuring({ startYear: 2024, status: 'maintained', stoppedYear: null }, 2021, 2023)).toBe(false);
    expect(activeDuring({ startYear: 2020, status: 'replicated', stoppedYear: null }, 2021, 2023)).toBe(true);
  });

  it('asks for the stop year of a stopped model, and refuses one before the start or a start still to come', () => {
    expect(modelProblems({ startYear: 2021, status: 'maintained', stoppedYear: null }, 2026)).toEqual([]);
    expect(modelProblems({ startYear: 2021, status: 'stopped', stoppedYear: null }, 2026).map((p) => p.code)).toEqual(['MODEL_STOP_YEAR_MISSING']);
    expect(modelProblems({ startYear: 2021, status: 'maintained', stoppedYear: 2022 }, 2026).map((p) => p.code)).toEqual(['MODEL_STOP_YEAR_UNEXPECTED']);
    expect(modelProblems({ startYear: 2023, status: 'stopped', stoppedYear: 2021 }, 2026)[0]).toMatchObject({ field: 'stoppedYear', message: 'Năm dừng 2021 trước năm bắt đầu 2023.' });
    expect(modelProblems({ startYear: 2027, status: 'maintained', stoppedYear: null }, 2026)[0]!.code).toBe('MODEL_START_IN_FUTURE');
  });
});
