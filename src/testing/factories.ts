/**
 * Test data built through the API, as a new installation would build it: the first-run page makes the
 * province and its administrator, who adds units and accounts. Tests that use these depend on no demo.
 */
import type { Session, TestApp } from './app.js';

export const factoryPassword = 'Mat-khau-thu-nghiem-2026';
const legalBasis = 'Nghị quyết thử nghiệm về sắp xếp đơn vị hành chính';
/** The province-commune tree stands from this day (Nghị quyết 202/2025/QH15, Luật 72/2025/QH15). */
const reformDate = '2025-07-01';

async function ok(t: TestApp, session: Session | null, method: 'POST' | 'PUT', url: string, payload: unknown): Promise<unknown> {
  const res = await t.call(session, { method, url, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

type Kind = 'province' | 'district' | 'commune';
const unitOperation = (t: TestApp, admin: Session, payload: object) => ok(t, admin, 'POST', '/api/v1/unit-operations', { legalBasis, ...payload });
const createUnit = (t: TestApp, admin: Session, code: string, name: string, typeName: string, kind: Kind, parentCode: string | null, effectiveDate: string) =>
  unitOperation(t, admin, { type: 'create', effectiveDate, parentCode, unit: { code, name, typeName, kind } });

/** An account made by the administrator, signed in. */
async function account(t: TestApp, admin: Session, username: string, fullName: string, unitCode: string, roles: string[]): Promise<Session> {
  await ok(t, admin, 'POST', '/api/v1/users', { username, fullName, unitCode, roles, password: factoryPassword });
  return t.login(username, factoryPassword);
}

/** The first-run page: the province and its administrator. */
async function firstRun(t: TestApp, provinceCode: string, provinceName: string): Promise<Session> {
  await ok(t, null, 'POST', '/api/v1/setup', { unit: { code: provinceCode, typeName: 'Tỉnh', name: provinceName }, username: 'quantri', fullName: 'Quản trị hệ thống', password: factoryPassword });
  return t.login('quantri', factoryPassword);
}

export interface Commune {
  code: string;
  name: string;
  /** cán bộ nhập liệu */
  editor: Session;
  /** lãnh đạo: submits the commune's reports */
  leader: Session;
}

async function commune(t: TestApp, admin: Session, code: string, name: string, usernameSuffix: string): Promise<Commune> {
  return {
    code, name,
    editor: await account(t, admin, `canbo${usernameSuffix}`, `Cán bộ xã ${name}`, code, ['editor']),
    leader: await account(t, admin, `chutich${usernameSuffix}`, `Chủ tịch xã ${name}`, code, ['manager']),
  };
}

export interface TwoLevelTree {
  provinceCode: string;
  admin: Session;
  /** The province's leader and manager: sends requests, returns and accepts reports. */
  provinceLeader: Session;
  communes: Commune[];
}

/** Today's tree (province - commune, since 01/07/2025): a province, its communes, and an account per role. */
export async function twoLevelTree(t: TestApp, communeNames: string[], { from = reformDate } = {}): Promise<TwoLevelTree> {
  const provinceCode = '99';
  const admin = await firstRun(t, provinceCode, 'Thử Nghiệm');
  const provinceLeader = await account(t, admin, 'lanhdaotinh', 'Lãnh đạo tỉnh', provinceCode, ['manager']);
  const communes: Commune[] = [];
  for (const [index, name] of communeNames.entries()) {
    const code = `${provinceCode}.X${index + 1}`;
    await createUnit(t, admin, code, name, 'Xã', 'commune', provinceCode, from);
    communes.push(await commune(t, admin, code, name, `${index + 1}`));
  }
  return { provinceCode, admin, provinceLeader, communes };
}

export interface ReformTree {
  admin: Session;
  /** Today's province (from 01/07/2025), into which the old province merged. */
  province: { code: string; name: string; manager: Session };
  /** The three-level tree as it stood from 2020 until 30/06/2025. */
  old: {
    province: { code: string; name: string; manager: Session };
    district: { code: string; name: string; manager: Session };
    /** An Thử and Bình Thử merge into An Bình; Cát Thử goes under the province. */
    communes: [Commune, Commune, Commune];
  };
  /** Xã An Bình, made of An Thử and Bình Thử on 01/07/2025; null before the reform is applied. */
  merged: Commune | null;
}

/**
 * The 2025 reform in miniature, through the API: Tỉnh Bắc Thử (98) with Huyện Đông Thử (98.H) and its
 * communes An Thử, Bình Thử, Cát Thử from 01/01/2020, an account in each; on 01/07/2025 An Thử and Bình Thử
 * merge into Xã An Bình (99.AB), the district ends and Cát Thử goes under today's Tỉnh Thử Nghiệm (99), into
 * which the old province merges. The accounts of ended units stay where they were (nothing is handed over).
 * With `reform: false` (a test clock before 01/07/2025) the tree stays three-level.
 */
export async function reformTree(t: TestApp, { reform = true } = {}): Promise<ReformTree> {
  const admin = await firstRun(t, '99', 'Thử Nghiệm');
  const since = '2020-01-01';
  await createUnit(t, admin, '98', 'Bắc Thử', 'Tỉnh', 'province', null, since);
  await createUnit(t, admin, '98.H', 'Đông Thử', 'Huyện', 'district', '98', since);
  const names = [['98.H.A', 'An Thử', 'Xã'], ['98.H.B', 'Bình Thử', 'Xã'], ['98.H.C', 'Cát Thử', 'Thị trấn']] as const;
  for (const [code, name, typeName] of names) await createUnit(t, admin, code, name, typeName, 'commune', '98.H', since);
  const old: ReformTree['old'] = {
    province: { code: '98', name: 'Tỉnh Bắc Thử', manager: await account(t, admin, 'lanhdaobacthu', 'Lãnh đạo tỉnh Bắc Thử', '98', ['manager']) },
    district: { code: '98.H', name: 'Huyện Đông Thử', manager: await account(t, admin, 'lanhdaodongthu', 'Lãnh đạo huyện Đông Thử', '98.H', ['manager']) },
    communes: [
      await commune(t, admin, '98.H.A', 'An Thử', 'anthu'),
      await commune(t, admin, '98.H.B', 'Bình Thử', 'binhthu'),
      await commune(t, admin, '98.H.C', 'Cát Thử', 'catthu'),
    ],
  };
  const province = { code: '99', name: 'Tỉnh Thử Nghiệm', manager: await account(t, admin, 'lanhdaotinh', 'Lãnh đạo tỉnh Thử Nghiệm', '99', ['manager']) };
  if (!reform) return { admin, province, old, merged: null };
  await unitOperation(t, admin, {
    type: 'merge', effectiveDate: reformDate, sourceCodes: ['98.H.A', '98.H.B'],
    target: { newUnit: { code: '99.AB', name: 'An Bình', typeName: 'Xã', parentCode: '99' } },
  });
  await unitOperation(t, admin, { type: 'dissolve', effectiveDate: reformDate, code: '98.H', childrenTo: '99' });
  await unitOperation(t, admin, { type: 'merge', effectiveDate: reformDate, sourceCodes: ['98'], target: { existingCode: '99' } });
  return { admin, province, old, merged: await commune(t, admin, '99.AB', 'An Bình', 'anbinh') };
}
