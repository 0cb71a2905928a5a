/**
 * "Đặc điểm tình hình", the profile data set: a year's figures are indicator values (profile.*) entered
 * through this form, with the data set's notes, source and one version for the whole year.
 */
import type { Context } from '../core/context.js';
import { conflict, forbidden, notFound } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { canWrite } from '../core/access/rules.js';
import { checkProfile, computeRates, profileFields, type ProfileFigures } from '../units/profile-rules.js';
import type { ProfileInput, ProfileOut } from '../units/profile-schema.js';
import { readableUnit, unitNamingAsOf } from '../units/service.js';
import { userBrief } from '../core/access/people.js';
import * as profileStore from './profile-store.js';

function figuresOf(source: Partial<Record<keyof ProfileFigures, number | null | undefined>>): ProfileFigures {
  return Object.fromEntries(profileFields.map((f) => [f.key, source[f.key] ?? null])) as ProfileFigures;
}

async function present(ctx: Context, unitId: number, unitCode: string, year: number): Promise<ProfileOut | null> {
  const found = await profileStore.findProfile(ctx.db, unitId, year);
  if (!found) return null;
  const { profile, updatedByName } = found;
  const values = await profileStore.profileValues(ctx.db, unitId, year);
  const figures = Object.fromEntries(profileFields.map((f) => [f.key, values.get(f.code) ?? null])) as ProfileFigures;
  const unitName = (await unitNamingAsOf(ctx.db, unitId, `${year}-12-31`))?.name ?? unitCode;
  return {
    unitCode, unitName, year, figures, rates: computeRates(figures), warnings: checkProfile(figures),
    notes: profile.notes, source: profile.source, version: profile.version, updatedAt: profile.updatedAt.toISOString(),
    updatedBy: updatedByName, canEdit: canWrite(ctx.actor, await ctx.scope(), unitId),
  };
}

export async function getProfile(ctx: Context, code: string, year: number): Promise<ProfileOut> {
  const unit = await readableUnit(ctx, code);
  const out = await present(ctx, unit.id, unit.code, year);
  if (!out) throw notFound('PROFILE_NOT_FOUND', `Chưa có số liệu đặc điểm tình hình năm ${year} của đơn vị mã "${code}".`);
  return out;
}

export async function listProfileYears(ctx: Context, code: string): Promise<number[]> {
  const unit = await readableUnit(ctx, code);
  return profileStore.profileYears(ctx.db, unit.id);
}

/**
 * Saves the figures as typed (never adjusted); sum-rule breaches come back as warnings. A save without
 * `version` creates the year; over an existing year it must name the version it edits, so nobody's edit
 * is replaced unseen. Two first saves of a year race on the primary key: the second gets the conflict.
 */
export async function putProfile(ctx: Context, code: string, year: number, input: ProfileInput): Promise<{ profile: ProfileOut; created: boolean }> {
  const values = { figures: figuresOf(input.figures), notes: input.notes?.trim() || null, source: input.source?.trim() || null };
  return ctx.transaction(async (tx) => {
    const unit = await readableUnit(tx, code);
    if (!canWrite(tx.actor, await tx.scope(), unit.id)) {
      throw forbidden(`Bạn chỉ có quyền xem, không được sửa số liệu của đơn vị mã "${code}".`, 'READ_ONLY');
    }
    const before = await profileStore.lockProfile(tx.db, unit.id, year);
    if (before && input.version !== before.version) throw await staleProfile(tx, year, before, input.version);
    if (!before && input.version !== undefined) {
      throw conflict('PROFILE_VERSION_CONFLICT', `Số liệu năm ${year} chưa có (có thể vừa bị xóa): không có phiên bản ${input.version} để sửa. Hãy tải lại trang.`, { currentVersion: null });
    }
    const header = { notes: values.notes, source: values.source, updatedBy: tx.actor.id, updatedAt: new Date() };
    if (before) await profileStore.updateHeader(tx.db, unit.id, year, header);
    else if (!(await profileStore.insertHeader(tx.db, { unitId: unit.id, year, ...header }))) {
      throw conflict('PROFILE_VERSION_CONFLICT', `Số liệu năm ${year} vừa được người khác tạo trong khi bạn nhập. Hãy tải lại để xem bản đó rồi gộp: thay đổi của bạn vẫn còn trên màn hình.`, { currentVersion: 1 });
    }
    const previous = before ? await profileStore.profileValues(tx.db, unit.id, year) : new Map<string, number>();
    await profileStore.writeProfileValues(tx.db, unit.id, year, new Map(profileFields.map((f) => [f.code, values.figures[f.key]])), tx.actor.id);
    await recordAudit(tx.db, tx, {
      unitId: unit.id, entity: 'unit_profile', entityId: `${unit.code}/${year}`, action: before ? 'profile.update' : 'profile.create',
      before: before ? { ...Object.fromEntries(profileFields.map((f) => [f.key, previous.get(f.code) ?? null])), notes: before.notes, source: before.source } : null,
      after: { ...values.figures, notes: values.notes, source: values.source },
    });
    return { profile: (await present(tx, unit.id, unit.code, year))!, created: !before };
  });
}

async function staleProfile(tx: Context, year: number, before: profileStore.ProfileHeader, edited: number | undefined) {
  const saver = await userBrief(tx.db, before.updatedBy);
  const who = saver ? (saver.username === tx.actor.username ? 'chính bạn (ở một cửa sổ khác)' : `${saver.fullName} (${saver.username})`) : 'người khác';
  const what = edited === undefined
    ? `Số liệu năm ${year} đã có (phiên bản ${before.version}, do ${who} lưu) trong khi bạn nhập như một năm mới.`
    : `Số liệu năm ${year} vừa được ${who} lưu thành phiên bản ${before.version} trong khi bạn sửa phiên bản ${edited}.`;
  return conflict('PROFILE_VERSION_CONFLICT', `${what} Hãy gộp với bản mới nhất rồi lưu lại: thay đổi của bạn được giữ.`,
    { currentVersion: before.version, updatedBy: saver?.fullName ?? null, updatedAt: before.updatedAt.toISOString() });
}
