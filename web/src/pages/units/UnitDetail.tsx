import { useNavigate } from 'react-router';
import { Alert, Button, Card, Descriptions, Divider, Dropdown, Empty, List, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { DownOutlined, ProfileOutlined, ToolOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { addDays, formatDate, todayIso } from '../../../../src/core/vi-format.js';
import { isValidOn, levelLabels } from '../../../../src/units/rules.js';
import type { UnitEventOut, UnitHistory } from '../../../../src/units/schema.js';
import { api, errorMessage } from '../../api.js';
import { unitName } from '../../format.js';
import { HandOverPanel } from './HandOverPanel.js';
import { eventColors, eventLabels, IllustrativeTag, KindTag, roleInEvent, ValidityTags } from './unitLabels.js';

export type OperationType = UnitEventOut['type'];

interface Props {
  code: string;
  viewDate: string;
  inTree: boolean;
  onSelect: (code: string) => void;
  onShowDate: (date: string) => void;
  onOperate?: (type: OperationType, unit: UnitHistory['unit']) => void;
}

export function useUnitHistory(code: string) {
  return useQuery({
    queryKey: ['unit-history', code],
    queryFn: () => api.get<UnitHistory>(`/api/v1/units/${encodeURIComponent(code)}/history`),
  });
}

function UnitLink({ code, name, onSelect }: { code: string; name: string; onSelect: (code: string) => void }) {
  return (
    <Typography.Link onClick={() => onSelect(code)} aria-label={`Xem đơn vị ${name} (mã ${code})`}>
      {name} <Typography.Text type="secondary" style={{ fontSize: 12 }}>({code})</Typography.Text>
    </Typography.Link>
  );
}

const viaLabels = { merge: 'sáp nhập', split: 'chia tách' } as const;

export function UnitDetail({ code, viewDate, inTree, onSelect, onShowDate, onOperate }: Props) {
  const navigate = useNavigate();
  const history = useUnitHistory(code);
  if (history.isLoading) return <Card><Skeleton active /></Card>;
  if (history.isError || !history.data) {
    return <Card><Alert type="error" showIcon message={errorMessage(history.error)} /></Card>;
  }
  const { unit, versions, events, predecessors, successors, rollupSources } = history.data;
  const version = versions.find((v) => isValidOn(v, viewDate)) ?? versions[versions.length - 1];
  const existsOnDate = isValidOn(unit, viewDate);
  const showDate = unit.validTo && unit.validTo <= viewDate ? addDays(unit.validTo, -1) : unit.validFrom;
  // Operations start from the unit as it stands on the viewed date (a rename after a scheduled rename).
  const sortedEvents = [...events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id);

  const operations: { key: OperationType; label: string }[] = [
    { key: 'create', label: 'Thành lập đơn vị trực thuộc' },
    { key: 'rename', label: 'Đổi tên' },
    { key: 'move', label: 'Chuyển đơn vị cấp trên' },
    { key: 'merge', label: 'Sáp nhập' },
    { key: 'split', label: 'Chia tách' },
    { key: 'dissolve', label: 'Giải thể' },
  ];

  return (
    <Card
      title={
        <Space wrap size={6}>
          <span>{unitName(version ?? unit)}</span>
          <KindTag unit={unit} />
          <IllustrativeTag unit={unit} />
        </Space>
      }
      styles={{ header: { flexWrap: 'wrap' } }}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<ProfileOutlined />} onClick={() => void navigate(`/units/${encodeURIComponent(unit.code)}/profile`)}>
          Đặc điểm tình hình
        </Button>
        {onOperate ? (
          <Dropdown
            trigger={['click']}
            menu={{ items: operations, onClick: ({ key }) => onOperate(key as OperationType, version ? { ...unit, name: version.name, typeName: version.typeName, parentCode: version.parentCode } : unit) }}
          >
            <Button icon={<ToolOutlined />}>Thao tác đơn vị <DownOutlined /></Button>
          </Dropdown>
        ) : null}
      </Space>
      {onOperate && unit.validTo && unit.validTo <= todayIso() ? <HandOverPanel code={unit.code} /> : null}
      {!existsOnDate || !inTree ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={existsOnDate
            ? `Đơn vị này không nằm trong cây ngày ${formatDate(viewDate)} của bạn.`
            : `Đơn vị này không có hiệu lực vào ngày ${formatDate(viewDate)}.`}
          action={!existsOnDate ? <Button size="small" onClick={() => onShowDate(showDate)}>Xem cây ngày {formatDate(showDate)}</Button> : undefined}
        />
      ) : null}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
        <Descriptions.Item label="Tên">{unitName(version ?? unit)}</Descriptions.Item>
        <Descriptions.Item label="Mã">{unit.code}</Descriptions.Item>
        <Descriptions.Item label="Cấp">{levelLabels[unit.kind]}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị cấp trên">
          {version?.parentCode ? <UnitLink code={version.parentCode} name={version.parentName ?? version.parentCode} onSelect={onSelect} /> : 'Không có (cấp cao nhất)'}
        </Descriptions.Item>
        <Descriptions.Item label="Hiệu lực"><ValidityTags unit={unit} /></Descriptions.Item>
      </Descriptions>

      {versions.length > 1 ? (
        <>
          <Divider orientation="left" plain>Tên gọi và đơn vị cấp trên qua các thời kỳ</Divider>
          <Table
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowKey={(v) => v.validFrom}
            dataSource={versions}
            columns={[
              { title: 'Từ ngày', dataIndex: 'validFrom', render: (d: string) => formatDate(d) },
              { title: 'Đến trước ngày', dataIndex: 'validTo', render: (d: string | null) => (d ? formatDate(d) : 'nay') },
              { title: 'Tên', render: (_, v) => unitName(v) },
              { title: 'Trực thuộc', render: (_, v) => v.parentName ?? '' },
            ]}
          />
        </>
      ) : null}

      <Divider orientation="left" plain>Lịch sử</Divider>
      {sortedEvents.length === 0 ? <Empty description="Chưa có sự kiện" /> : (
        <Timeline
          aria-label="Lịch sử đơn vị"
          items={sortedEvents.map((e) => ({
            color: eventColors[e.type],
            children: (
              <div>
                <Space wrap size={6}>
                  <Typography.Text strong>{formatDate(e.effectiveDate)}</Typography.Text>
                  <Tag color={eventColors[e.type]}>{eventLabels[e.type]}</Tag>
                </Space>
                <div><Typography.Text type="secondary">Căn cứ: </Typography.Text>{e.legalBasis}</div>
                {e.note ? <div><Typography.Text type="secondary">Ghi chú: </Typography.Text>{e.note}</div> : null}
                {e.units.some((u) => u.code !== unit.code) ? (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                    {e.units.map((u) => (
                      <li key={`${u.code}-${u.role}`}>
                        {u.code === unit.code ? <Typography.Text strong>{u.name} (đơn vị này)</Typography.Text> : <UnitLink code={u.code} name={u.name} onSelect={onSelect} />}
                        <Typography.Text type="secondary"> - {roleInEvent(e.type, u.role)}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ),
          }))}
        />
      )}

      {predecessors.length > 0 ? (
        <LinkedList title="Đơn vị tiền thân" items={predecessors.map((p) => ({ code: p.code, name: p.name, extra: `${viaLabels[p.via]} ngày ${formatDate(p.date)}` }))} onSelect={onSelect} />
      ) : null}
      {successors.length > 0 ? (
        <LinkedList title="Đơn vị kế thừa" items={successors.map((p) => ({ code: p.code, name: p.name, extra: `${viaLabels[p.via]} ngày ${formatDate(p.date)}` }))} onSelect={onSelect} />
      ) : null}
      {rollupSources.length > 0 ? (
        <LinkedList
          title="Đơn vị tiền thân có số liệu cộng dồn vào đơn vị này"
          items={rollupSources.map((r) => ({
            code: r.code,
            name: r.name,
            extra: `${r.share === 'whole' ? 'toàn bộ' : 'một phần'}${r.validTo ? `, đến trước ngày ${formatDate(r.validTo)}` : ''}`,
          }))}
          onSelect={onSelect}
        />
      ) : null}
    </Card>
  );
}

function LinkedList({ title, items, onSelect }: { title: string; items: { code: string; name: string; extra: string }[]; onSelect: (code: string) => void }) {
  return (
    <>
      <Divider orientation="left" plain>{title}</Divider>
      <List
        size="small"
        aria-label={title}
        dataSource={items}
        renderItem={(i) => (
          <List.Item>
            <span><UnitLink code={i.code} name={i.name} onSelect={onSelect} /> <Typography.Text type="secondary">- {i.extra}</Typography.Text></span>
          </List.Item>
        )}
      />
    </>
  );
}
