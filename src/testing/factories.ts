/**
 * Test data built through the API, as a new installation would build it: the first-run page makes the
 * province and its administrator, who adds communes and accounts. Tests that use these depend on no demo.
 */
import type { Session, TestApp } from './app.js';

const password = 'Mat-khau-thu-nghiem-2026';

async function ok(t: TestApp, session: Session | null, method: 'POST' | 'PUT', url: string, payload: unknown): Promise<unknown> {
  const res = await t.call(session, { method, url, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

export interface Commune {
  code: string;
  name: string;
  /** cán bộ nhập liệu */
  editor: Session;
  /** lãnh đạo: submits the commune's reports */
  leader: Session;
}

export interface TwoLevelTree {
  provinceCode: string;
  admin: Session;
  /** The province's leader and manager: sends requests, returns and accepts reports. */
  provinceLeader: Session;
  communes: Commune[];
}

/** Today's tree (province - commune, since 01/07/2025): a province, its communes, and an account per role. */
export async function twoLevelTree(t: TestApp, communeNames: string[], { from = '2025-07-01' } = {}): Promise<TwoLevelTree> {
  const provinceCode = '99';
  await ok(t, null, 'POST', '/api/v1/setup', { unit: { code: provinceCode, typeName: 'Tỉnh', name: 'Thử Nghiệm' }, username: 'quantri', fullName: 'Quản trị hệ thống', password });
  const admin = await t.login('quantri', password);
  const account = async (username: string, fullName: string, unitCode: string, roles: string[]) => {
    await ok(t, admin, 'POST', '/api/v1/users', { username, fullName, unitCode, roles, password });
    return t.login(username, password);
  };
  const provinceLeader = await account('lanhdaotinh', 'Lãnh đạo tỉnh', provinceCode, ['manager']);
  const communes: Commune[] = [];
  for (const [index, name] of communeNames.entries()) {
    const code = `${provinceCode}.X${index + 1}`;
    await ok(t, admin, 'POST', '/api/v1/unit-operations', {
      type: 'create', effectiveDate: from, parentCode: provinceCode, legalBasis: 'Nghị quyết thử nghiệm về sắp xếp đơn vị hành chính cấp xã',
      unit: { code, name, typeName: 'Xã', kind: 'commune' },
    });
    communes.push({
      code, name,
      editor: await account(`canbo${index + 1}`, `Cán bộ xã ${name}`, code, ['editor']),
      leader: await account(`chutich${index + 1}`, `Chủ tịch xã ${name}`, code, ['manager']),
    });
  }
  return { provinceCode, admin, provinceLeader, communes };
}
