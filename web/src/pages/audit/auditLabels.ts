import { roleLabels, type Role } from '../../../../src/core/access/rules.js';
import { formatDate, formatNumber } from '../../../../src/core/vi-format.js';
import { profileFields } from '../../../../src/units/profile-rules.js';
import { eventLabels } from '../units/unitLabels.js';
import { reportStatusLabels, type ReportStatus } from '../../../../src/reports/workflow-rules.js';

export const actionLabels: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.login_failed': 'Đăng nhập sai',
  'unit.create': 'Thành lập đơn vị',
  'unit.rename': 'Đổi tên đơn vị',
  'unit.move': 'Điều chỉnh địa giới (chuyển đơn vị cấp trên)',
  'unit.merge': 'Sáp nhập đơn vị',
  'unit.split': 'Chia tách đơn vị',
  'unit.dissolve': 'Giải thể đơn vị',
  'profile.create': 'Nhập số liệu đặc điểm tình hình',
  'profile.update': 'Sửa số liệu đặc điểm tình hình',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.password_change': 'Đổi mật khẩu',
  'document.create': 'Thêm văn bản vào sổ',
  'document.update': 'Sửa văn bản',
  'document.link': 'Liên kết văn bản',
  'document.unlink': 'Bỏ liên kết văn bản',
  'template.create': 'Tạo đề cương báo cáo',
  'template.update': 'Sửa đề cương báo cáo',
  'request.create': 'Gửi yêu cầu báo cáo',
  'request.extend': 'Gia hạn yêu cầu báo cáo',
  'request.withdraw': 'Thu hồi yêu cầu báo cáo',
  'report.create': 'Tạo dự thảo báo cáo',
  'report.delete': 'Xóa dự thảo báo cáo',
  'report.save': 'Lưu báo cáo',
  'report.autosave': 'Tự động lưu báo cáo',
  'report.restore': 'Khôi phục phiên bản báo cáo',
  'report.submit': 'Trình báo cáo',
  'report.resubmit': 'Trình lại báo cáo',
  'report.return': 'Trả lại báo cáo',
  'report.accept': 'Tiếp nhận báo cáo',
  'report.figure_override': 'Sửa số liệu báo cáo (có lý do)',
  'report.hand_over': 'Chuyển báo cáo sang đơn vị mới',
  'request.hand_over': 'Chuyển yêu cầu báo cáo sang đơn vị mới',
  'request.remind': 'Nhắc nhở nộp báo cáo',
  'user.hand_over': 'Chuyển tài khoản sang đơn vị mới',
  'petition_case.close': 'Kết thúc vụ việc',
  'petition_rules.update': 'Sửa bảng thời hạn giải quyết đơn',
  'calendar.update': 'Sửa lịch ngày nghỉ, ngày làm việc',
  'figure.set': 'Nhập số liệu',
  'figure.delete': 'Xóa số liệu',
};

/** The registries' records, as their actions name them ("model.create" is "Thêm mô hình ..."). */
const recordNouns: Record<string, string> = {
  model: 'mô hình "Dân vận khéo"',
  outreach: 'đợt tuyên truyền',
  reception: 'buổi tiếp công dân, đối thoại',
  training: 'lớp tập huấn',
  inspection: 'cuộc kiểm tra, giám sát',
  award: 'khen thưởng',
  disclosure: 'nội dung công khai',
  voter_petition: 'kiến nghị cử tri',
  officer: 'cán bộ phụ trách dân vận',
  petition_letter: 'đơn thư',
  petition_case: 'vụ việc',
  attachment: 'tệp đính kèm',
};
const recordVerbs: Record<string, string> = { create: 'Thêm', update: 'Sửa', delete: 'Xóa', import: 'Nhập từ Excel' };

/** The action in words; an action nobody named yet shows its code rather than nothing. */
export function actionLabel(action: string): string {
  if (actionLabels[action]) return actionLabels[action];
  const [noun, verb] = action.split('.');
  const n = recordNouns[noun ?? ''];
  const v = recordVerbs[verb ?? ''];
  return n && v ? `${v} ${n}` : action;
}

export const actionColors: Record<string, string> = { auth: 'default', unit: 'purple', profile: 'blue', figure: 'blue', user: 'gold', document: 'cyan', template: 'geekblue', request: 'orange', report: 'green' };

export const entityLabels: Record<string, string> = {
  session: 'Phiên đăng nhập',
  unit: 'Đơn vị hành chính',
  unit_profile: 'Đặc điểm tình hình',
  user: 'Tài khoản',
  document: 'Văn bản',
  report_template: 'Đề cương báo cáo',
  report_request: 'Yêu cầu báo cáo',
  report: 'Báo cáo',
  mobilization_model: 'Mô hình "Dân vận khéo"',
  outreach_session: 'Tuyên truyền',
  reception_session: 'Tiếp công dân, đối thoại',
  petition_letter: 'Đơn thư',
  petition_case: 'Vụ việc',
  petition_rule_table: 'Bảng thời hạn giải quyết đơn',
  training: 'Tập huấn',
  inspection: 'Kiểm tra, giám sát',
  award: 'Khen thưởng',
  disclosure: 'Công khai',
  voter_petition: 'Kiến nghị cử tri',
  officer_assignment: 'Cán bộ phụ trách',
  attachment: 'Tệp đính kèm',
  indicator_value: 'Số liệu',
  work_calendar: 'Lịch ngày nghỉ',
};

const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(profileFields.map((f) => [f.key, f.label])),
  notes: 'Ghi chú',
  source: 'Nguồn số liệu',
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  unitCode: 'Mã đơn vị',
  unitName: 'Đơn vị',
  roles: 'Vai trò',
  active: 'Trạng thái',
  demo: 'Tài khoản dùng thử',
  event: 'Sự kiện',
  operation: 'Thao tác',
  target: 'Đơn vị nhận',
  newUnit: 'đơn vị mới',
  existingCode: 'mã đơn vị đã có',
  unit: 'Đơn vị',
  targets: 'Các đơn vị mới',
  childAssignments: 'Đơn vị trực thuộc chuyển về',
  childrenTo: 'Chuyển đơn vị trực thuộc về',
  sourceCodes: 'Các đơn vị bị sáp nhập',
  id: 'Số',
  type: 'Loại',
  code: 'Mã',
  name: 'Tên',
  typeName: 'Loại đơn vị',
  kind: 'Cấp',
  parentCode: 'Mã đơn vị cấp trên',
  effectiveDate: 'Ngày hiệu lực',
  legalBasis: 'Căn cứ pháp lý',
  note: 'Ghi chú',
  numberText: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  summary: 'Trích yếu',
  relation: 'Quan hệ',
  toId: 'Văn bản liên kết',
  status: 'Trạng thái',
  version: 'Phiên bản',
  comment: 'Lý do',
  subject: 'Trích yếu',
  reportKind: 'Loại báo cáo',
  deadline: 'Hạn nộp',
  recipients: 'Đơn vị phải báo cáo',
  reminded: 'Đơn vị được nhắc nhở',
  alreadyReminded: 'Đơn vị đã được nhắc trong ngày (không gửi lại)',
  requestId: 'Yêu cầu báo cáo',
  basisDocumentId: 'Văn bản căn cứ',
  annexRequestId: 'Phụ lục tổng hợp theo yêu cầu',
  title: 'Tên',
};

export function fieldLabel(path: string): string {
  return path.split('.').map((part) => fieldLabels[part] ?? part).join(' › ');
}

const profileField = new Map<string, (typeof profileFields)[number]>(profileFields.map((f) => [f.key, f]));

/** A value of the before/after snapshots, the Vietnamese way. */
export function formatValue(path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const last = path.split('.').pop() ?? path;
  const field = profileField.get(last);
  if (typeof value === 'number') return field ? `${formatNumber(value, field.decimals)} ${field.unit}` : formatNumber(value);
  if (typeof value === 'boolean') {
    if (last === 'active') return value ? 'Đang hoạt động' : 'Đã khóa';
    return value ? 'Có' : 'Không';
  }
  if (Array.isArray(value)) {
    if (last === 'roles') return value.map((r) => roleLabels[r as Role] ?? String(r)).join(', ');
    return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  }
  if (typeof value === 'string') {
    if (last === 'type' && value in eventLabels) return eventLabels[value as keyof typeof eventLabels];
    if (last === 'status' && value in reportStatusLabels) return reportStatusLabels[value as ReportStatus];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return value;
  }
  return JSON.stringify(value);
}

/** Flattens a snapshot into dotted paths; arrays stay whole (shown joined). */
export function flatten(value: unknown, prefix = '', out: Map<string, unknown> = new Map()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

/** Row order: the profile figures in form order, then the rest as they come. */
export function fieldOrder(path: string): number {
  const i = profileFields.findIndex((f) => f.key === path);
  return i === -1 ? 1000 : i;
}
