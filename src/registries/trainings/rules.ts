/**
 * Tập huấn, bồi dưỡng nghiệp vụ công tác dân vận (Quy chế công tác dân vận của hệ thống chính trị, Quyết
 * định 23-QĐ/TW 2021, Điều 13: cán bộ làm công tác dân vận được bồi dưỡng nghiệp vụ). A unit holds classes
 * itself or sends its officials to those the level above holds; seed 004 counts the latter: "tham gia 02
 * lớp … với 02 cán bộ tham gia". A record is one course: its classes and this unit's participants.
 */
export const trainingHosts = ['own', 'higher'] as const;
export type TrainingHost = (typeof trainingHosts)[number];
export const trainingHostLabels: Record<TrainingHost, string> = {
  own: 'Đơn vị tự tổ chức',
  higher: 'Cấp trên tổ chức, đơn vị cử người dự',
};
