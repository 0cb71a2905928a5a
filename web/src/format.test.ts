import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { datePickerFormat, formatTime } from './format.js';

dayjs.extend(customParseFormat);

/** As the date picker reads typed text: the first format that parses strictly wins. */
const read = (text: string) => datePickerFormat.map((f) => dayjs(text, f, true)).find((d) => d.isValid())?.format('YYYY-MM-DD') ?? null;

describe('dates typed into a date field', () => {
  it('reads the forms officials write', () => {
    for (const text of ['01/07/2025', '1/7/2025', '01-07-2025', '1-7-2025', '01.07.2025', '01072025', '2025-07-01']) expect(read(text), text).toBe('2025-07-01');
    expect(read('16/6/2025')).toBe('2025-06-16');
  });

  it('refuses what is not a date', () => {
    expect(read('31/02/2025')).toBeNull();
    expect(read('ngày mai')).toBeNull();
  });
});

describe('the time a save is shown with', () => {
  it('is Vietnam time whatever the computer is set to, as in the history', () => {
    expect(formatTime(new Date('2026-12-02T13:47:05Z'))).toBe('20:47');
  });
});
