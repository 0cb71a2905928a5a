/**
 * "Dân vận khéo" models (mô hình, điển hình): who runs them, in which field, and whether they are kept up.
 * The four fields are those of the movement's reports (Quyết định 217-QĐ/TW and the seeds' "trên các lĩnh
 * vực: phát triển kinh tế; văn hóa xã hội; quốc phòng - an ninh; xây dựng hệ thống chính trị").
 */
/** A model's owner is one of the organisations. */
export { organisations as modelOwners, organisationLabels as modelOwnerLabels, type Organisation as ModelOwner } from '../kit/organisations.js';

export const modelFields = ['economy', 'culture_society', 'defence_security', 'political_system'] as const;
export type ModelField = (typeof modelFields)[number];
export const modelFieldLabels: Record<ModelField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa - xã hội',
  defence_security: 'Quốc phòng - an ninh',
  political_system: 'Xây dựng hệ thống chính trị',
};

/** The level that recognised the model (seed 000: models of the commune; districts and provinces pick some up). */
export const modelLevels = ['commune', 'district', 'province', 'central'] as const;
export type ModelLevel = (typeof modelLevels)[number];
export const modelLevelLabels: Record<ModelLevel, string> = {
  commune: 'Cấp xã', district: 'Cấp huyện', province: 'Cấp tỉnh', central: 'Trung ương',
};

export const modelStatuses = ['maintained', 'replicated', 'stopped'] as const;
export type ModelStatus = (typeof modelStatuses)[number];
export const modelStatusLabels: Record<ModelStatus, string> = {
  maintained: 'Đang duy trì',
  replicated: 'Đã nhân rộng',
  stopped: 'Đã dừng',
};

export interface ModelYears {
  startYear: number;
  status: ModelStatus;
  stoppedYear: number | null;
}

export interface ModelProblem {
  field: 'stoppedYear' | 'startYear';
  code: 'MODEL_STOP_YEAR_MISSING' | 'MODEL_STOP_YEAR_UNEXPECTED' | 'MODEL_STOP_BEFORE_START' | 'MODEL_START_IN_FUTURE';
  message: string;
}

/** A stopped model says when it stopped, after it started; a running one has no stop year; none starts after this year. */
export function modelProblems(m: ModelYears, currentYear: number): ModelProblem[] {
  const problems: ModelProblem[] = [];
  if (m.startYear > currentYear) {
    problems.push({ field: 'startYear', code: 'MODEL_START_IN_FUTURE', message: `Năm bắt đầu ${m.startYear} chưa tới (năm nay là ${currentYear}).` });
  }
  if (m.status === 'stopped' && m.stoppedYear === null) {
    problems.push({ field: 'stoppedYear', code: 'MODEL_STOP_YEAR_MISSING', message: 'Mô hình đã dừng: cần năm dừng.' });
  }
  if (m.status !== 'stopped' && m.stoppedYear !== null) {
    problems.push({ field: 'stoppedYear', code: 'MODEL_STOP_YEAR_UNEXPECTED', message: `Mô hình ${modelStatusLabels[m.status].toLowerCase()} thì không có năm dừng.` });
  }
  if (m.stoppedYear !== null && m.stoppedYear < m.startYear) {
    problems.push({ field: 'stoppedYear', code: 'MODEL_STOP_BEFORE_START', message: `Năm dừng ${m.stoppedYear} trước năm bắt đầu ${m.startYear}.` });
  }
  return problems;
}

/**
 * A model counts in a period when it had started by the period's end and had not stopped before the
 * period began (a model stopped in 2023 still counts in 2023: it ran part of the year).
 */
export function activeDuring(m: ModelYears, startYear: number, endYear: number): boolean {
  return m.startYear <= endYear && (m.stoppedYear === null || m.stoppedYear >= startYear);
}
