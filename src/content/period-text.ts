/**
 * The period a template's text names, filled from the request when the first draft is made:
 * "{kỳ báo cáo}" is the report's period ("quý I năm 2025", "6 tháng đầu năm 2025"), "{kỳ tới}" the one the
 * phương hướng part plans for ("quý II năm 2025"), and "{kỳ}" the short form running text uses after
 * "Trong" ("Trong 6 tháng đầu năm, UBND xã ..."). A report without a request keeps "..." for the writer.
 */

/** The three ways a report names its period (periods/wording.ts makes them from the request's dates). */
export interface PeriodWords {
  /** "quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025", "giai đoạn 2021 - 2023" */
  report: string;
  /** "quý II năm 2025", "6 tháng cuối năm 2025", "năm 2026", "thời gian tới" */
  next: string;
  /** After "Trong": "quý I", "6 tháng đầu năm", "năm", "03 năm", "kỳ báo cáo" */
  within: string;
}

const names = { 'kỳ báo cáo': 'report', 'kỳ tới': 'next', 'kỳ': 'within' } as const satisfies Record<string, keyof PeriodWords>;
type PeriodPlaceholder = keyof typeof names;

const periodPlaceholder = /\{\s*(kỳ báo cáo|kỳ tới|kỳ)\s*\}/gu;

export const isPeriodPlaceholder = (name: string): name is PeriodPlaceholder => name.trim() in names;

/** Whether a text names the period by placeholder (a periodic outline's subject does). */
export const namesPeriod = (text: string) => new RegExp(periodPlaceholder.source, 'u').test(text);

/** The wording of one placeholder; "..." when the report has no period to name. */
export function periodWord(name: PeriodPlaceholder, words: PeriodWords | null): string {
  return words ? words[names[name]] : '...';
}

/**
 * The text with its period placeholders written out. A heading in capitals ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ
 * {kỳ tới}") gets the wording in capitals too, as the document prints it.
 */
export function fillPeriod(text: string, words: PeriodWords | null): string {
  if (!namesPeriod(text)) return text;
  const rest = text.replace(periodPlaceholder, '');
  const capitals = /\p{L}/u.test(rest) && rest === rest.toLocaleUpperCase('vi');
  return text.replace(periodPlaceholder, (_, name: PeriodPlaceholder) => {
    const word = periodWord(name, words);
    return capitals ? word.toLocaleUpperCase('vi') : word;
  });
}
