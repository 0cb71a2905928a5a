/** Tuyên truyền, phổ biến: the forms a session takes (the seeds: hội nghị, tại các thôn, Đài truyền thanh). */
export const outreachForms = ['conference', 'village_meeting', 'loudspeaker', 'website', 'social_media', 'printed', 'other'] as const;
export type OutreachForm = (typeof outreachForms)[number];
export const outreachFormLabels: Record<OutreachForm, string> = {
  conference: 'Hội nghị',
  village_meeting: 'Họp thôn, tổ dân phố',
  loudspeaker: 'Loa truyền thanh',
  website: 'Trang thông tin điện tử',
  social_media: 'Mạng xã hội',
  printed: 'Tờ rơi, pa-nô, áp phích',
  other: 'Hình thức khác',
};

/** "khoảng 250 lượt người" (seed 000): a total is approximate when any session's count was. */
export function participantsTotal(sessions: { participants: number | null; estimated: boolean }[]): { value: number; approximate: boolean } {
  return {
    value: sessions.reduce((sum, s) => sum + (s.participants ?? 0), 0),
    approximate: sessions.some((s) => s.estimated || s.participants === null),
  };
}
