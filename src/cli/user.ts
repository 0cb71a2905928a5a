import { parseArgs } from 'node:util';
import type { Config } from '../core/config.js';
import { makeContext } from '../core/context.js';
import { invalid, notFound } from '../core/errors.js';
import { systemActor } from '../core/access/rules.js';
import { role, userCreateInput } from '../accounts/schema.js';
import { createUser, resetPassword, userIdByUsername } from '../accounts/service.js';
import { UsageError, withDatabase } from './shared.js';

function passwordFrom(value: string | undefined): string {
  const password = value ?? process.env.DANVAN_PASSWORD;
  if (!password) throw new UsageError('Thiếu mật khẩu: dùng --password hoặc biến môi trường DANVAN_PASSWORD.');
  return password;
}

export async function userCommand(config: Config, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: { unit: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  const username = positionals[0];
  if (!username) throw new UsageError('Thiếu tên đăng nhập.');
  if (sub === 'add') {
    const parsed = userCreateInput.safeParse({
      username, fullName: values.name ?? username, unitCode: values.unit ?? '',
      roles: (values.role ?? '').split(',').map((r) => r.trim()).filter(Boolean), password: passwordFrom(values.password),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw invalid('VALIDATION_ERROR', `${issue.path.join('.') || 'tham số'}: ${issue.message}`);
    }
    await withDatabase(config, async (db) => {
      const user = await createUser(makeContext(db.db, systemActor, null), parsed.data);
      console.log(`Đã tạo tài khoản ${user.username} (${user.roles.map((r) => role.parse(r)).join(', ')}) thuộc ${user.unitName}.`);
    });
    return;
  }
  if (sub === 'passwd') {
    const password = passwordFrom(values.password);
    await withDatabase(config, async (db) => {
      const userId = await userIdByUsername(db.db, username);
      if (userId === null) throw notFound('USER_NOT_FOUND', `Không có tài khoản "${username}".`);
      await resetPassword(makeContext(db.db, systemActor, null), userId, password);
      console.log(`Đã đặt mật khẩu mới cho ${username}.`);
    });
    return;
  }
  throw new UsageError(`Lệnh "user ${sub ?? ''}" không có; dùng "user add" hoặc "user passwd".`);
}
