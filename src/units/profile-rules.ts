/**
 * The yearly "Đặc điểm tình hình" figures of a unit and their checks. Pure.
 * Households are classed poor / near-poor / other by the multidimensional poverty standard
 * (Nghị định 07/2021/NĐ-CP), so the three classes partition the total; forest is part of natural area
 * and splits into protective and production forest (Luật Lâm nghiệp 2017, Điều 5; special-use forest is
 * the third class, which is why the parts may fall short of the whole without a warning).
 * Each figure is an indicator of the "profile" data set (`code`), entered once a year: the report's
 * "đặc điểm tình hình" table reads the same values the profile form writes.
 */
import { formatNumber } from '../core/vi-format.js';

export const profileFields = [
  { key: 'naturalAreaHa', code: 'profile.natural_area_ha', label: 'Diện tích tự nhiên', unit: 'ha', decimals: 2, group: 'Diện tích' },
  { key: 'forestAreaHa', code: 'profile.forest_area_ha', label: 'Diện tích rừng', unit: 'ha', decimals: 2, group: 'Diện tích' },
  { key: 'protectiveForestHa', code: 'profile.protective_forest_ha', label: 'Rừng phòng hộ', unit: 'ha', decimals: 2, group: 'Diện tích' },
  { key: 'productionForestHa', code: 'profile.production_forest_ha', label: 'Rừng sản xuất', unit: 'ha', decimals: 2, group: 'Diện tích' },
  { key: 'population', code: 'profile.population', label: 'Dân số', unit: 'người', decimals: 0, group: 'Dân số, hộ gia đình' },
  { key: 'households', code: 'profile.households', label: 'Tổng số hộ', unit: 'hộ', decimals: 0, group: 'Dân số, hộ gia đình' },
  { key: 'poorHouseholds', code: 'profile.poor_households', label: 'Hộ nghèo', unit: 'hộ', decimals: 0, group: 'Dân số, hộ gia đình' },
  { key: 'nearPoorHouseholds', code: 'profile.near_poor_households', label: 'Hộ cận nghèo', unit: 'hộ', decimals: 0, group: 'Dân số, hộ gia đình' },
  { key: 'otherHouseholds', code: 'profile.other_households', label: 'Hộ không nghèo', unit: 'hộ', decimals: 0, group: 'Dân số, hộ gia đình' },
  { key: 'villages', code: 'profile.villages', label: 'Số thôn, tổ dân phố', unit: 'thôn/TDP', decimals: 0, group: 'Tổ chức' },
  { key: 'residentialAreas', code: 'profile.residential_areas', label: 'Số khu dân cư', unit: 'khu', decimals: 0, group: 'Tổ chức' },
  { key: 'cadres', code: 'profile.cadres', label: 'Cán bộ', unit: 'người', decimals: 0, group: 'Tổ chức' },
  { key: 'civilServants', code: 'profile.civil_servants', label: 'Công chức', unit: 'người', decimals: 0, group: 'Tổ chức' },
  { key: 'partyCells', code: 'profile.party_cells', label: 'Chi bộ trực thuộc', unit: 'chi bộ', decimals: 0, group: 'Tổ chức' },
  { key: 'partyMembers', code: 'profile.party_members', label: 'Đảng viên', unit: 'người', decimals: 0, group: 'Tổ chức' },
] as const;

export type ProfileFieldKey = (typeof profileFields)[number]['key'];
export type ProfileFigures = Record<ProfileFieldKey, number | null>;

const labelOf = (key: ProfileFieldKey) => profileFields.find((f) => f.key === key)!.label;
const show = (key: ProfileFieldKey, v: number) => `${labelOf(key).toLowerCase()} (${formatNumber(v)})`;

export interface ProfileWarning {
  rule: 'forest_within_area' | 'forest_parts_within_forest' | 'household_classes_sum' | 'households_within_population' | 'party_members_cells';
  fields: ProfileFieldKey[];
  message: string;
}

/** Sum rules: a breach is reported, never corrected. Figures left blank are not checked. */
export function checkProfile(f: ProfileFigures): ProfileWarning[] {
  const warnings: ProfileWarning[] = [];
  const { naturalAreaHa: area, forestAreaHa: forest, protectiveForestHa: prot, productionForestHa: prod } = f;
  if (area !== null && forest !== null && forest > area) {
    warnings.push({
      rule: 'forest_within_area',
      fields: ['forestAreaHa', 'naturalAreaHa'],
      message: `Diện tích rừng (${formatNumber(forest)} ha) lớn hơn diện tích tự nhiên (${formatNumber(area)} ha).`,
    });
  }
  if (forest !== null && (prot !== null || prod !== null)) {
    const parts = round2((prot ?? 0) + (prod ?? 0));
    if (parts > forest) {
      warnings.push({
        rule: 'forest_parts_within_forest',
        fields: ['protectiveForestHa', 'productionForestHa', 'forestAreaHa'],
        message: `Rừng phòng hộ (${formatNumber(prot ?? 0)} ha) cộng rừng sản xuất (${formatNumber(prod ?? 0)} ha) là ${formatNumber(parts)} ha, lớn hơn diện tích rừng (${formatNumber(forest)} ha).`,
      });
    }
  }
  const { households, poorHouseholds: poor, nearPoorHouseholds: near, otherHouseholds: other } = f;
  if (households !== null && poor !== null && near !== null && other !== null) {
    const sum = poor + near + other;
    if (sum !== households) {
      warnings.push({
        rule: 'household_classes_sum',
        fields: ['poorHouseholds', 'nearPoorHouseholds', 'otherHouseholds', 'households'],
        message: `Hộ nghèo (${formatNumber(poor)}) + hộ cận nghèo (${formatNumber(near)}) + hộ không nghèo (${formatNumber(other)}) = ${formatNumber(sum)}, khác tổng số hộ (${formatNumber(households)}).`,
      });
    }
  } else if (households !== null) {
    const parts = [poor, near, other].filter((v): v is number => v !== null);
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum > households) {
      warnings.push({
        rule: 'household_classes_sum',
        fields: ['poorHouseholds', 'nearPoorHouseholds', 'otherHouseholds', 'households'],
        message: `Số hộ theo phân loại cộng lại (${formatNumber(sum)}) lớn hơn tổng số hộ (${formatNumber(households)}).`,
      });
    }
  }
  if (households !== null && f.population !== null && households > f.population) {
    warnings.push({
      rule: 'households_within_population',
      fields: ['households', 'population'],
      message: `Tổng số hộ (${formatNumber(households)}) lớn hơn dân số (${formatNumber(f.population)} người).`,
    });
  }
  if (f.partyCells !== null && f.partyMembers !== null && f.partyCells > 0 && f.partyMembers < f.partyCells * 3) {
    // Điều lệ Đảng, Điều 21: a party cell has at least three members.
    warnings.push({
      rule: 'party_members_cells',
      fields: ['partyMembers', 'partyCells'],
      message: `Đảng viên (${formatNumber(f.partyMembers)}) ít hơn mức tối thiểu 3 đảng viên cho mỗi ${show('partyCells', f.partyCells)}.`,
    });
  }
  return warnings;
}

export interface ProfileRates {
  poorRate: number | null;
  nearPoorRate: number | null;
  otherRate: number | null;
  forestShare: number | null;
  peoplePerHousehold: number | null;
}

/** Percentages of a whole, rounded half-up to 2 decimals (seed 000: 405 / 729 hộ = 55,56%). */
export function computeRates(f: ProfileFigures): ProfileRates {
  return {
    poorRate: percent(f.poorHouseholds, f.households),
    nearPoorRate: percent(f.nearPoorHouseholds, f.households),
    otherRate: percent(f.otherHouseholds, f.households),
    forestShare: percent(f.forestAreaHa, f.naturalAreaHa),
    peoplePerHousehold: f.population !== null && f.households ? round2(f.population / f.households) : null,
  };
}

export function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return round2((part / whole) * 100);
}

function round2(v: number): number {
  return Math.round((v + Number.EPSILON) * 100) / 100;
}

export interface ProfileEdit {
  figures: ProfileFigures;
  notes: string | null;
  source: string | null;
}

export interface ProfileMerge {
  merged: ProfileEdit;
  /** Fields both people changed to different values: the merged edit keeps the caller's. */
  conflicts: { label: string; mine: number | string | null; theirs: number | string | null }[];
}

/**
 * Two people saved the same year's profile: each field takes the side that changed it, so neither
 * loses their edits; where both changed a field differently, the caller's value is kept and named.
 */
export function mergeProfileEdits(base: ProfileEdit, mine: ProfileEdit, theirs: ProfileEdit): ProfileMerge {
  const conflicts: ProfileMerge['conflicts'] = [];
  const pick = <T extends number | string | null>(label: string, b: T, m: T, t: T): T => {
    if (m === b) return t;
    if (t !== b && t !== m) conflicts.push({ label, mine: m, theirs: t });
    return m;
  };
  const figures = Object.fromEntries(profileFields.map((f) => [f.key, pick(f.label, base.figures[f.key], mine.figures[f.key], theirs.figures[f.key])])) as ProfileFigures;
  return {
    merged: {
      figures,
      notes: pick('Ghi chú', base.notes, mine.notes, theirs.notes),
      source: pick('Nguồn số liệu', base.source, mine.source, theirs.source),
    },
    conflicts,
  };
}
