import { formatNumber, parseViNumber } from '../../../../src/core/vi-format.js';
import { profileFields, type ProfileFieldKey, type ProfileFigures, type ProfileRates } from '../../../../src/units/profile-rules.js';

export type ProfileField = (typeof profileFields)[number];
export type FigureTexts = Record<ProfileFieldKey, string>;

export const fieldGroups: { group: string; fields: ProfileField[] }[] = [];
for (const f of profileFields) {
  const g = fieldGroups.find((x) => x.group === f.group);
  if (g) g.fields.push(f);
  else fieldGroups.push({ group: f.group, fields: [f] });
}

export function textsFromFigures(figures: Partial<Record<ProfileFieldKey, number | null>> | null): FigureTexts {
  return Object.fromEntries(profileFields.map((f) => [f.key, formatNumber(figures?.[f.key] ?? null, f.decimals)])) as FigureTexts;
}

/** The number typed in a field, or an error message in Vietnamese when it is not a valid figure. */
export function readFigure(field: ProfileField, text: string): { value: number | null; error: string | null } {
  if (!text.trim()) return { value: null, error: null };
  const value = parseViNumber(text);
  if (value === null) {
    return { value: null, error: 'Không phải số hợp lệ: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân (ví dụ 6.957,81).' };
  }
  if (value < 0) return { value: null, error: `${field.label} không được âm.` };
  if (field.decimals === 0 && !Number.isInteger(value)) return { value: null, error: `${field.label} phải là số nguyên.` };
  if (Math.round(value * 100) !== Number((value * 100).toFixed(6))) return { value: null, error: 'Tối đa 2 chữ số thập phân.' };
  return { value, error: null };
}

export function readAll(texts: FigureTexts): { figures: ProfileFigures; errors: Partial<Record<ProfileFieldKey, string>> } {
  const figures = {} as ProfileFigures;
  const errors: Partial<Record<ProfileFieldKey, string>> = {};
  for (const f of profileFields) {
    const r = readFigure(f, texts[f.key]);
    figures[f.key] = r.value;
    if (r.error) errors[f.key] = r.error;
  }
  return { figures, errors };
}

/** The computed rate shown beside a figure. */
export const rateBeside: Partial<Record<ProfileFieldKey, { rate: keyof ProfileRates; label: string }>> = {
  poorHouseholds: { rate: 'poorRate', label: 'Tỷ lệ hộ nghèo' },
  nearPoorHouseholds: { rate: 'nearPoorRate', label: 'Tỷ lệ hộ cận nghèo' },
  otherHouseholds: { rate: 'otherRate', label: 'Tỷ lệ hộ không nghèo' },
  forestAreaHa: { rate: 'forestShare', label: 'Tỷ lệ diện tích rừng trên diện tích tự nhiên' },
};
