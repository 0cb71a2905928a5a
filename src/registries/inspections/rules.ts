/**
 * Kiểm tra, giám sát of a People's Committee: by the HĐND's standing body and its committees (Luật Hoạt
 * động giám sát của Quốc hội và HĐND 2015, Điều 57-58: giám sát chuyên đề and thường xuyên), by the
 * Fatherland Front (Quyết định 217-QĐ/TW 2013), by the level above, by the Party committee. Seed 004:
 * "giám sát chuyên đề UBND phường 06 cuộc và kiểm tra, giám sát thường xuyên 9 cuộc".
 */
export const inspectors = ['hdnd', 'hdnd_committee', 'mttq', 'ubnd_above', 'party_committee', 'other'] as const;
export type Inspector = (typeof inspectors)[number];
export const inspectorLabels: Record<Inspector, string> = {
  hdnd: 'Thường trực HĐND',
  hdnd_committee: 'Ban của HĐND',
  mttq: 'Ủy ban MTTQ Việt Nam',
  ubnd_above: 'UBND cấp trên',
  party_committee: 'Đảng ủy, cấp ủy',
  other: 'Cơ quan khác',
};

export const inspectionKinds = ['thematic', 'regular'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];
export const inspectionKindLabels: Record<InspectionKind, string> = {
  thematic: 'Chuyên đề',
  regular: 'Thường xuyên',
};

/** Where the recommendations of an inspection stand: none made, being carried out, carried out. */
export type FollowUp = 'none' | 'open' | 'done';
export const followUpLabels: Record<FollowUp, string> = { none: 'Không có kiến nghị', open: 'Đang thực hiện kiến nghị', done: 'Đã thực hiện xong kiến nghị' };
export const followUpOf = (i: { recommendations: string | null; settledOn: string | null }): FollowUp =>
  i.settledOn ? 'done' : i.recommendations ? 'open' : 'none';
