import { z } from 'zod';
import { requiredText } from '../core/schema-helpers.js';
import { unitCode } from '../units/schema.js';
import { roles } from '../core/access/rules.js';

export const username = z
  .string({ error: 'Thiếu tên đăng nhập' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, { message: 'Tên đăng nhập gồm 3-40 ký tự: chữ không dấu, số, dấu chấm, gạch ngang' });

export const password = z.string({ error: 'Thiếu mật khẩu' }).min(1, { message: 'Mật khẩu không được để trống' }).max(200);

export const loginInput = z.object({
  username: z.string({ error: 'Thiếu tên đăng nhập' }).trim().toLowerCase().min(1, { message: 'Tên đăng nhập không được để trống' }).max(100),
  password,
});

export const role = z.enum(roles, { error: 'Vai trò phải là admin, manager, editor hoặc viewer' });

export const userOut = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  roles: z.array(role),
  active: z.boolean(),
  demo: z.boolean(),
  version: z.number(),
});
export type UserOut = z.infer<typeof userOut>;

export const sessionOut = z.object({
  user: userOut,
  csrfToken: z.string(),
  permissions: z.object({
    manageUnits: z.boolean(),
    manageAccounts: z.boolean(),
    grantableRoles: z.array(role),
  }),
});
export type SessionOut = z.infer<typeof sessionOut>;

export const userCreateInput = z.object({
  username,
  fullName: requiredText('họ và tên', 120),
  unitCode,
  roles: z.array(role).min(1, { message: 'Cần ít nhất một vai trò' }),
  password,
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z.object({
  fullName: requiredText('họ và tên', 120).optional(),
  unitCode: unitCode.optional(),
  roles: z.array(role).min(1, { message: 'Cần ít nhất một vai trò' }).optional(),
  active: z.boolean().optional(),
  version: z.number().int().positive({ message: 'Thiếu phiên bản (version) của tài khoản' }),
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const passwordResetInput = z.object({ password });
export const passwordChangeInput = z.object({ currentPassword: password, newPassword: password });

/**
 * The first run of an installation with no account: the province (or city) it serves and its first
 * administrator. Shared by the API and the first-run page.
 */
export const firstRunInput = z.object({
  unit: z.object({
    code: unitCode,
    typeName: z.enum(['Tỉnh', 'Thành phố'], { error: 'Chọn Tỉnh hoặc Thành phố' }),
    name: requiredText('tên tỉnh, thành phố', 120),
  }).strict(),
  username,
  fullName: requiredText('họ và tên', 120),
  password,
}).strict();
export type FirstRunInput = z.infer<typeof firstRunInput>;
export const firstRunStatus = z.object({ needed: z.boolean() });
