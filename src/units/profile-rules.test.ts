import { describe, expect, it } from 'vitest';
import { checkProfile, computeRates, mergeProfileEdits, profileFields, type ProfileFigures } from './profile-rules.js';

const blank = Object.fromEntries(profileFields.map((f) => [f.key, null])) as ProfileFigures;
// Seed 000 (Báo cáo 39/BC-UBND, xã Trà Tây, 2023).
const traTay: ProfileFigures = {
  ...blank,
  naturalAreaHa: 6957.81, forestAreaHa: 3647.59, protectiveForestHa: 2932.49, productionForestHa: 715.1,
  population: 2971, households: 729, poorHouseholds: 405, nearPoorHouseholds: 130, otherHouseholds: 194,
  villages: 7, cadres: 11, civilServants: 17,
};

describe('profile sum rules', () => {
  it('accepts the seed figures of Trà Tây as they are', () => {
    expect(checkProfile(traTay)).toEqual([]);
  });

  it('names the figures when the household classes do not add up', () => {
    const warnings = checkProfile({ ...traTay, poorHouseholds: 410 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.rule).toBe('household_classes_sum');
    expect(warnings[0]!.message).toBe('Hộ nghèo (410) + hộ cận nghèo (130) + hộ không nghèo (194) = 734, khác tổng số hộ (729).');
  });

  it('warns when forest parts exceed the forest, and the forest the natural area', () => {
    const warnings = checkProfile({ ...traTay, protectiveForestHa: 3000, forestAreaHa: 7000 });
    expect(warnings.map((w) => w.rule)).toEqual(['forest_within_area']);
    const parts = checkProfile({ ...traTay, productionForestHa: 800 });
    expect(parts[0]!.message).toContain('3.732,49 ha, lớn hơn diện tích rừng (3.647,59 ha)');
  });

  it('checks partial household classes against the total, and blanks not at all', () => {
    expect(checkProfile({ ...blank, households: 100, poorHouseholds: 120 })[0]!.rule).toBe('household_classes_sum');
    expect(checkProfile({ ...blank, households: 100, poorHouseholds: 20 })).toEqual([]);
    expect(checkProfile(blank)).toEqual([]);
  });

  it('flags more households than people and party cells without three members', () => {
    expect(checkProfile({ ...blank, population: 10, households: 20 })[0]!.rule).toBe('households_within_population');
    expect(checkProfile({ ...blank, partyCells: 11, partyMembers: 503 })).toEqual([]);
    expect(checkProfile({ ...blank, partyCells: 11, partyMembers: 30 })[0]!.rule).toBe('party_members_cells');
  });
});

describe('computed rates', () => {
  it('computes the seed percentages from the counts, rounded half-up', () => {
    const rates = computeRates(traTay);
    // The seed prints 55,55% (truncated); 405/729 = 55,555...% rounds to 55,56%.
    expect(rates.poorRate).toBe(55.56);
    expect(rates.nearPoorRate).toBe(17.83);
    expect(rates.otherRate).toBe(26.61);
    expect(rates.forestShare).toBe(52.42);
    expect(rates.peoplePerHousehold).toBe(4.08);
  });

  it('leaves rates blank without a whole', () => {
    expect(computeRates({ ...blank, poorHouseholds: 5 }).poorRate).toBeNull();
    expect(computeRates({ ...blank, poorHouseholds: 5, households: 0 }).poorRate).toBeNull();
  });
});

describe('merging two saves of one profile', () => {
  const empty = Object.fromEntries(profileFields.map((f) => [f.key, null])) as ProfileFigures;
  const base = { figures: { ...empty, households: 729, villages: 7, cadres: 11 }, notes: null, source: 'Báo cáo 39/BC-UBND' };

  it('keeps both people’s changes to different fields', () => {
    const mine = { ...base, figures: { ...base.figures, cadres: 12, poorHouseholds: 405 } };
    const theirs = { ...base, figures: { ...base.figures, villages: 8 } };
    expect(mergeProfileEdits(base, mine, theirs)).toEqual({ merged: { ...base, figures: { ...base.figures, cadres: 12, poorHouseholds: 405, villages: 8 } }, conflicts: [] });
  });

  it('keeps the caller’s value where both changed a field, and names it', () => {
    const mine = { ...base, figures: { ...base.figures, villages: 9 } };
    const theirs = { ...base, figures: { ...base.figures, villages: 8 }, notes: 'Thêm ghi chú' };
    const { merged, conflicts } = mergeProfileEdits(base, mine, theirs);
    expect(merged.figures.villages).toBe(9);
    expect(merged.notes).toBe('Thêm ghi chú');
    expect(conflicts).toEqual([{ label: 'Số thôn, tổ dân phố', mine: 9, theirs: 8 }]);
  });
});
