import { useState } from 'react';
import { Empty, Switch, Table, Typography } from 'antd';
import type { AuditPage } from '../../../../src/audit/schema.js';
import { fieldLabel, fieldOrder, flatten, formatValue } from './auditLabels.js';

type Entry = AuditPage['items'][number];

interface DiffRow {
  path: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

export function diffRows(entry: Pick<Entry, 'before' | 'after'>): DiffRow[] {
  const before = flatten(entry.before);
  const after = flatten(entry.after);
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  paths.sort((a, b) => fieldOrder(a) - fieldOrder(b));
  return paths.map((path) => {
    const b = formatValue(path, before.get(path));
    const a = formatValue(path, after.get(path));
    return { path, label: fieldLabel(path), before: b, after: a, changed: entry.before !== null && entry.before !== undefined && a !== b };
  });
}

const empty = <Typography.Text type="secondary">(trống)</Typography.Text>;

/** Before/after of one audit entry, changed fields highlighted. */
export function AuditDiff({ entry }: { entry: Entry }) {
  const rows = diffRows(entry);
  const isUpdate = entry.before !== null && entry.before !== undefined && entry.after !== null && entry.after !== undefined;
  const [onlyChanged, setOnlyChanged] = useState(isUpdate);
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Thao tác này không lưu dữ liệu chi tiết." />;
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;
  const changedCount = rows.filter((r) => r.changed).length;
  return (
    <div aria-label="Chi tiết thay đổi" role="region">
      {isUpdate ? (
        <div style={{ marginBottom: 8 }}>
          <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label="Chỉ hiện các trường thay đổi" />{' '}
          <Typography.Text>Chỉ hiện các trường thay đổi ({changedCount}/{rows.length})</Typography.Text>
        </div>
      ) : null}
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={shown}
        rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
        locale={{ emptyText: 'Không có trường nào thay đổi' }}
        columns={[
          { title: 'Trường', dataIndex: 'label', width: '30%' },
          ...(isUpdate || entry.after === null ? [{
            title: 'Trước', dataIndex: 'before', key: 'before',
            render: (v: string, r: DiffRow) => (v ? <span className={r.changed ? 'diff-before-changed' : undefined}>{v}</span> : empty),
          }] : []),
          ...(entry.after !== null && entry.after !== undefined ? [{
            title: isUpdate ? 'Sau' : 'Giá trị', dataIndex: 'after', key: 'after',
            render: (v: string) => (v ? <span className="diff-after">{v}</span> : empty),
          }] : []),
        ]}
      />
    </div>
  );
}
