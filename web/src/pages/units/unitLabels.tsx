import { Tag } from 'antd';
import { formatDate } from '../../../../src/core/vi-format.js';
import type { UnitEventOut, UnitSummary } from '../../../../src/units/schema.js';
import type { UnitLevel } from '../../../../src/units/rules.js';

export const eventLabels: Record<UnitEventOut['type'], string> = {
  create: 'Thành lập',
  rename: 'Đổi tên',
  move: 'Điều chỉnh địa giới (chuyển đơn vị cấp trên)',
  merge: 'Sáp nhập',
  split: 'Chia tách',
  dissolve: 'Giải thể',
};

export const eventColors: Record<UnitEventOut['type'], string> = {
  create: 'green',
  rename: 'blue',
  move: 'cyan',
  merge: 'orange',
  split: 'purple',
  dissolve: 'red',
};

/** What a unit was in an event, in words that fit the event. */
export function roleInEvent(type: UnitEventOut['type'], role: UnitEventOut['units'][number]['role']): string {
  if (role === 'source') return type === 'split' ? 'đơn vị bị chia tách' : 'đơn vị bị sáp nhập';
  if (role === 'target') return type === 'split' ? 'đơn vị mới sau chia tách' : type === 'merge' ? 'đơn vị sau sáp nhập' : 'đơn vị tiếp nhận';
  return type === 'dissolve' ? 'đơn vị bị giải thể' : 'đơn vị được điều chỉnh';
}

export const kindColors: Record<UnitLevel, string> = {
  province: 'red',
  district: 'volcano',
  commune: 'blue',
  village: 'default',
};

export function IllustrativeTag({ unit }: { unit: Pick<UnitSummary, 'illustrative'> }) {
  return unit.illustrative ? <Tag color="purple" title="Dữ liệu tự tạo để minh họa, cần đối chiếu văn bản chính thức">dữ liệu minh họa</Tag> : null;
}

export function KindTag({ unit }: { unit: Pick<UnitSummary, 'kind' | 'typeName'> }) {
  return <Tag color={kindColors[unit.kind]} style={{ marginInlineEnd: 0 }}>{unit.typeName}</Tag>;
}

export function ValidityTags({ unit }: { unit: Pick<UnitSummary, 'validFrom' | 'validTo'> }) {
  return (
    <>
      <span>Hiệu lực từ {formatDate(unit.validFrom)}</span>
      {unit.validTo ? <Tag color="red" style={{ marginInlineStart: 8 }}>Hết hiệu lực từ {formatDate(unit.validTo)}</Tag> : <Tag color="green" style={{ marginInlineStart: 8 }}>Đang hoạt động</Tag>}
    </>
  );
}
