import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Space, Spin, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TreeDataNode as DataNode } from 'antd';
import { buildTree, type TreeNode } from '../../../../src/units/rules.js';
import { addDays, formatDate, isIsoDate, todayIso } from '../../../../src/core/vi-format.js';
import type { UnitSummary } from '../../../../src/units/schema.js';
import { errorMessage } from '../../api.js';
import { datePickerFormat, fromDayjs, toDayjs, unitName } from '../../format.js';
import { useReferenceDate, useSession } from '../../session.js';
import { useUnits } from '../../units.js';
import { IllustrativeTag, KindTag } from './unitLabels.js';
import { UnitDetail } from './UnitDetail.js';
import { UnitOperationDrawer, type OperationRequest } from './UnitOperationDrawer.js';

const levelOrder = { province: 0, district: 1, commune: 2, village: 3 } as const;

function compareUnits(a: UnitSummary, b: UnitSummary): number {
  return levelOrder[a.kind] - levelOrder[b.kind] || a.name.localeCompare(b.name, 'vi', { numeric: true });
}

function toDataNodes(nodes: TreeNode<UnitSummary>[]): DataNode[] {
  return nodes.map((n) => ({
    key: n.code,
    // Units above the user's own give the tree its context; their data is not the user's to open.
    selectable: n.inScope,
    title: (
      <span className={n.inScope ? 'unit-tree-title' : 'unit-tree-title unit-out-of-scope'} title={n.inScope ? undefined : 'Ngoài phạm vi tài khoản của bạn'}>
        <span>{unitName(n)}</span>
        <KindTag unit={n} />
        <IllustrativeTag unit={n} />
      </span>
    ),
    children: toDataNodes(n.children),
  }));
}

export function UnitsPage() {
  const { permissions, user } = useSession();
  const ref = useReferenceDate();
  const [params, setParams] = useSearchParams();
  const paramDate = params.get('date');
  const date = paramDate && isIsoDate(paramDate) ? paramDate : ref.date;
  const units = useUnits(date);
  // Without a choice in the address, show the user's own unit when it is on the tree.
  const selected = params.get('unit') ?? ((units.data ?? []).some((u) => u.code === user.unitCode) ? user.unitCode : null);
  const [operation, setOperation] = useState<OperationRequest | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  const treeData = useMemo(() => toDataNodes(buildTree(units.data ?? [], compareUnits)), [units.data]);

  const update = (next: { date?: string | null; unit?: string | null }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === null) p.delete(k);
      else if (v !== undefined) p.set(k, v);
    }
    setParams(p, { replace: false });
  };
  const select = (code: string) => {
    update({ unit: code });
    // On a phone the detail is below the tree: bring it into view.
    setTimeout(() => detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };

  if (ref.isLoading && !paramDate) return <Spin style={{ display: 'block', marginTop: 80 }} />;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Đơn vị hành chính</Typography.Title>
      {ref.unitEnded ? (
        <Alert
          type="warning"
          showIcon
          message={`Đơn vị của bạn chấm dứt hoạt động từ ngày ${formatDate(ref.unitEnded)} (ngày cuối ${formatDate(addDays(ref.unitEnded, -1))}); đang xem cây đơn vị ngày ${formatDate(date)}.`}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            title="Cây đơn vị"
            extra={permissions.manageUnits ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setOperation({ type: 'create', unit: null, date })}>Thêm cấp tỉnh</Button>
            ) : null}
          >
            <Space wrap style={{ marginBottom: 12 }}>
              <label htmlFor="units-date">Xem theo ngày</label>
              <DatePicker
                id="units-date"
                aria-label="Xem theo ngày"
                format={datePickerFormat}
                allowClear={false}
                value={toDayjs(date)}
                onChange={(d) => update({ date: fromDayjs(d) })}
              />
              {date !== todayIso() ? <Button onClick={() => update({ date: todayIso() })}>Xem ngày hôm nay</Button> : null}
            </Space>
            <div role="region" aria-label="Cây đơn vị hành chính">
              {units.isLoading ? <Spin /> : units.isError ? (
                <Alert type="error" showIcon message={errorMessage(units.error)} />
              ) : treeData.length === 0 ? (
                <Empty description={ref.unitEnded && date >= ref.unitEnded
                  ? `Đơn vị của bạn đã chấm dứt hoạt động từ ngày ${formatDate(ref.unitEnded)} (sắp xếp đơn vị hành chính) nên không có trong cây ngày ${formatDate(date)}. Tài khoản chưa được chuyển sang đơn vị mới: liên hệ quản trị hệ thống.`
                  : `Không có đơn vị nào trong phạm vi của bạn vào ngày ${formatDate(date)}.`}>
                  {ref.unitEnded && date >= ref.unitEnded ? <Button type="primary" onClick={() => update({ date: addDays(ref.unitEnded!, -1) })}>Xem cây ngày {formatDate(addDays(ref.unitEnded, -1))}</Button> : null}
                </Empty>
              ) : (
                <Tree
                  key={date}
                  treeData={treeData}
                  defaultExpandAll
                  showLine
                  blockNode
                  selectedKeys={selected ? [selected] : []}
                  onSelect={(keys) => { const k = keys[0]; if (k !== undefined) select(String(k)); }}
                />
              )}
            </div>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
              Cây gồm các đơn vị có hiệu lực vào ngày {formatDate(date)} trong phạm vi tài khoản của bạn.
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <div ref={detailRef}>
            {selected ? (
              <UnitDetail
                code={selected}
                viewDate={date}
                inTree={(units.data ?? []).some((u) => u.code === selected)}
                onSelect={select}
                onShowDate={(d) => update({ date: d })}
                onOperate={permissions.manageUnits ? (type, unit) => setOperation({ type, unit, date }) : undefined}
              />
            ) : (
              <Card><Empty description="Chọn một đơn vị trên cây để xem thông tin và lịch sử." /></Card>
            )}
          </div>
        </Col>
      </Row>
      {operation ? (
        <UnitOperationDrawer
          request={operation}
          onClose={() => setOperation(null)}
          onDone={(focus) => { setOperation(null); if (focus) select(focus); }}
        />
      ) : null}
    </Space>
  );
}
