/**
 * Công khai under Luật Thực hiện dân chủ ở cơ sở 2022 (10/2022/QH15, in force 01/07/2023): four groups of
 * content (Điều 11: Nhân dân biết; Điều 15-24: bàn và quyết định; Điều 25-29: tham gia ý kiến; Điều 30-45:
 * kiểm tra, giám sát) and the forms of Điều 12. The law's time limits, checked as warnings (the record is
 * what happened, even when it was late): published within 5 working days of the decision (Điều 12.3);
 * posted for at least 30 consecutive days (Điều 13.2); on loudspeakers at least 3 consecutive days (Điều 13.3).
 */
import { addDays, formatDate } from '../../core/vi-format.js';

export const disclosureGroups = ['inform', 'decide', 'consult', 'supervise'] as const;
export type DisclosureGroup = (typeof disclosureGroups)[number];
export const disclosureGroupLabels: Record<DisclosureGroup, string> = {
  inform: 'Nhân dân biết',
  decide: 'Nhân dân bàn và quyết định',
  consult: 'Nhân dân tham gia ý kiến',
  supervise: 'Nhân dân kiểm tra, giám sát',
};

export const disclosureForms = ['posting', 'website', 'loudspeaker', 'village_head', 'letter', 'conference', 'reception', 'organisations', 'social_media'] as const;
export type DisclosureForm = (typeof disclosureForms)[number];
export const disclosureFormLabels: Record<DisclosureForm, string> = {
  posting: 'Niêm yết tại trụ sở',
  website: 'Trang thông tin điện tử',
  loudspeaker: 'Hệ thống truyền thanh',
  village_head: 'Qua trưởng thôn, tổ trưởng tổ dân phố',
  letter: 'Gửi văn bản',
  conference: 'Hội nghị',
  reception: 'Qua tiếp công dân, đối thoại',
  organisations: 'Qua Mặt trận, đoàn thể',
  social_media: 'Mạng xã hội',
};

/** Điều 12.3: published within 5 working days of the decision. */
export const publishWithinWorkingDays = 5;
/** Điều 13.2 and 13.3: the shortest a posting and a broadcast may last, in consecutive days. */
export const minimumDays: Partial<Record<DisclosureForm, { days: number; article: string }>> = {
  posting: { days: 30, article: 'Điều 13.2' },
  loudspeaker: { days: 3, article: 'Điều 13.3' },
};

/** Days a disclosure ran, both ends counted (posted 01/03 to 30/03 is 30 days). */
export const daysRun = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

export interface DisclosureTerms {
  form: DisclosureForm;
  decidedOn: string | null;
  publishedOn: string;
  endsOn: string | null;
  /** The 5th working day after the decision, counted with the holiday calendar. */
  publishDueOn: string | null;
}

/** What the law would have wanted otherwise; an open-ended posting is judged once it ends. */
export function disclosureWarnings(d: DisclosureTerms): string[] {
  const warnings: string[] = [];
  if (d.decidedOn && d.publishDueOn && d.publishedOn > d.publishDueOn) {
    warnings.push(`Công khai ngày ${formatDate(d.publishedOn)}, quá ${publishWithinWorkingDays} ngày làm việc kể từ ngày ban hành ${formatDate(d.decidedOn)} (hạn ${formatDate(d.publishDueOn)}, Điều 12.3 Luật Thực hiện dân chủ ở cơ sở).`);
  }
  const minimum = minimumDays[d.form];
  if (minimum && d.endsOn && daysRun(d.publishedOn, d.endsOn) < minimum.days) {
    warnings.push(`${disclosureFormLabels[d.form]} ${daysRun(d.publishedOn, d.endsOn)} ngày, ít hơn ${minimum.days} ngày liên tục theo ${minimum.article} Luật Thực hiện dân chủ ở cơ sở (đến ít nhất ngày ${formatDate(addDays(d.publishedOn, minimum.days - 1))}).`);
  }
  return warnings;
}
