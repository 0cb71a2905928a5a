/**
 * Tiếp công dân (Luật Tiếp công dân 2013): thường xuyên at the reception office, định kỳ by the chairman
 * (Điều 15: at least one day a week; from 01/07/2026 at least two days a month, Luật 136/2025/QH15), đột
 * xuất, lưu động in the villages; and đối thoại, the chairman's dialogue with the people (Luật Thực hiện dân
 * chủ ở cơ sở 2022, Điều 32: at least once a year). Seed 004 counts "tiếp công dân định kỳ 07 lượt".
 */
export const receptionKinds = ['regular', 'periodic', 'unscheduled', 'mobile', 'dialogue'] as const;
export type ReceptionKind = (typeof receptionKinds)[number];
export const receptionKindLabels: Record<ReceptionKind, string> = {
  regular: 'Thường xuyên',
  periodic: 'Định kỳ',
  unscheduled: 'Đột xuất',
  mobile: 'Lưu động',
  dialogue: 'Đối thoại với Nhân dân',
};

/** A dialogue is not a reception session: the two are counted apart. */
export const isReception = (kind: ReceptionKind) => kind !== 'dialogue';
