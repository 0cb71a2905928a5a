/**
 * Khen thưởng (Luật Thi đua, khen thưởng 2022, 06/2022/QH15): a decision commends individuals, collectives
 * or households, most often by a Giấy khen of the commune's chairman or a Bằng khen of the province's, for
 * what they did in a movement ("phong trào thi đua") or a "Dân vận khéo" model. Seed 000: "Quyết định số
 * 197/QĐ-UBND ngày 15/12/2021 ... khen thưởng 02 hộ gia đình tại thôn Vàng".
 */
export const awardForms = ['certificate', 'merit', 'other'] as const;
export type AwardForm = (typeof awardForms)[number];
export const awardFormLabels: Record<AwardForm, string> = {
  certificate: 'Giấy khen',
  merit: 'Bằng khen',
  other: 'Hình thức khác',
};

/** A decision commends someone: at least one recipient of some kind. */
export const hasRecipients = (a: { individuals: number; collectives: number; households: number }) => a.individuals + a.collectives + a.households > 0;
