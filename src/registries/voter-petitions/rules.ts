/**
 * Kiến nghị cử tri: what voters asked at meetings with their deputies (tiếp xúc cử tri before and after each
 * session of the National Assembly and the People's Councils) and at the council's sessions, and the answer
 * the People's Committee gave (Luật Tổ chức chính quyền địa phương; Luật Hoạt động giám sát của Quốc hội
 * và HĐND 2015, Điều 33: answering voters' petitions is supervised). A petition beyond the commune's
 * competence is forwarded and counted as answered when the answer is passed back.
 */
export const voterForums = ['na_meeting', 'province_council', 'commune_council', 'commune_session', 'other'] as const;
export type VoterForum = (typeof voterForums)[number];
export const voterForumLabels: Record<VoterForum, string> = {
  na_meeting: 'Tiếp xúc cử tri của đại biểu Quốc hội',
  province_council: 'Tiếp xúc cử tri của đại biểu HĐND tỉnh',
  commune_council: 'Tiếp xúc cử tri của đại biểu HĐND xã',
  commune_session: 'Kỳ họp HĐND xã',
  other: 'Diễn đàn khác',
};

export const voterCompetences = ['own', 'forwarded'] as const;
export type VoterCompetence = (typeof voterCompetences)[number];
export const voterCompetenceLabels: Record<VoterCompetence, string> = {
  own: 'Thuộc thẩm quyền UBND',
  forwarded: 'Chuyển cơ quan có thẩm quyền',
};

export const isAnswered = (p: { answeredOn: string | null }) => p.answeredOn !== null;
