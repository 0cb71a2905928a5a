import { useState } from 'react';
import { Alert, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { AuditPage } from '../../../../src/audit/schema.js';
import { api, errorMessage } from '../../api.js';
import { datePickerFormat, formatDateTime } from '../../format.js';
import { useReferenceDate } from '../../session.js';
import { matchesLabel, unitOptions, useScopeUnits } from '../../units.js';
import { AuditDiff } from './AuditDiff.js';
import { actionColors, actionLabel, actionLabels, entityLabels } from './auditLabels.js';

type Entry = AuditPage['items'][number];

interface Filters {
  unitCode?: string;
  includeDescendants: boolean;
  action?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** "Báo cáo: Công tác dân vận chính quyền năm 2026", never "Báo cáo 5"; the id only when nothing names it. */
function objectText(e: Entry): string {
  const entity = entityLabels[e.entity] ?? e.entity;
  if (e.title) return `${entity}: ${e.title}`;
  if (e.entity === 'unit_profile' || e.entity === 'indicator_value') {
    const [, year] = e.entityId.split('/');
    return `${entity} của ${e.unitName ?? e.unitCode ?? ''}${e.entity === 'unit_profile' && year ? ` năm ${year}` : ''}`;
  }
  if (e.entity === 'work_calendar') return `${entity} năm ${e.entityId}`;
  if (e.entity === 'session') return `${entity} của ${e.actorName ?? e.entityId}`;
  if (e.entity === 'unit' && e.unitName) return `${entity}: ${e.unitName}`;
  return `${entity} số ${e.entityId}`;
}

const hasDetail = (e: Entry) => (e.before !== null && e.before !== undefined) || (e.after !== null && e.after !== undefined);

export function AuditLogPage() {
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const [filters, setFilters] = useState<Filters>({ includeDescendants: true });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [actorText, setActorText] = useState('');

  const query = {
    unitCode: filters.unitCode,
    includeDescendants: filters.unitCode ? String(filters.includeDescendants) : undefined,
    action: filters.action,
    actor: filters.actor,
    from: filters.range?.[0]?.format('YYYY-MM-DD'),
    to: filters.range?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize,
  };
  const audit = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<AuditPage>('/api/v1/audit', query),
    placeholderData: keepPreviousData,
  });
  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Nhật ký thay đổi</Typography.Title>
      <Card size="small">
        <Form layout="vertical" component="div">
          <Row gutter={[12, 0]}>
            <Col xs={24} md={12} xl={7}>
              <Form.Item label={<label htmlFor="audit-unit">Đơn vị</label>} style={{ marginBottom: 8 }}>
                <Select id="audit-unit" aria-label="Đơn vị" allowClear showSearch filterOption={matchesLabel} placeholder="Tất cả đơn vị trong phạm vi"
                  options={unitOptions(scope.units)} value={filters.unitCode} onChange={(v?: string) => change({ unitCode: v })} />
              </Form.Item>
              <Checkbox checked={filters.includeDescendants} disabled={!filters.unitCode} onChange={(e) => change({ includeDescendants: e.target.checked })} style={{ marginBottom: 12 }}>
                Gồm cả các đơn vị trực thuộc
              </Checkbox>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label={<label htmlFor="audit-action">Thao tác</label>} style={{ marginBottom: 12 }}>
                <Select id="audit-action" aria-label="Thao tác" allowClear placeholder="Tất cả thao tác" value={filters.action}
                  options={Object.entries(actionLabels).map(([value, label]) => ({ value, label }))} onChange={(v?: string) => change({ action: v })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={4}>
              <Form.Item label={<label htmlFor="audit-actor">Tài khoản</label>} style={{ marginBottom: 12 }}>
                <Input.Search id="audit-actor" aria-label="Tài khoản" allowClear placeholder="Tên đăng nhập" value={actorText}
                  onChange={(e) => { setActorText(e.target.value); if (!e.target.value) change({ actor: undefined }); }}
                  onSearch={(v) => change({ actor: v.trim() || undefined })} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={7}>
              <Form.Item label={<label htmlFor="audit-range">Khoảng thời gian</label>} style={{ marginBottom: 12 }}>
                <DatePicker.RangePicker id={{ start: 'audit-range' }} format={datePickerFormat} style={{ width: '100%' }} value={filters.range ?? null}
                  placeholder={['Từ ngày', 'Đến ngày']} onChange={(v) => change({ range: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {audit.isError ? <Alert type="error" showIcon message={errorMessage(audit.error)} /> : null}
      <Card size="small">
        <Table<Entry>
          aria-label="Nhật ký thay đổi"
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (e) => <AuditDiff entry={e} />,
            rowExpandable: hasDetail,
            expandRowByClick: true,
          }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t) => `${t} bản ghi`,
            onChange: (p, s) => { setPage(s !== pageSize ? 1 : p); setPageSize(s); },
          }}
          columns={[
            { title: 'Thời gian', dataIndex: 'at', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, true)}</span> },
            {
              title: 'Người thực hiện', render: (_, e) => (e.actorUsername === 'he-thong' || !e.actorUsername
                ? <Typography.Text type="secondary">hệ thống</Typography.Text>
                : <Tooltip title={`Tài khoản ${e.actorUsername}`}><span>{e.actorName ?? e.actorUsername}</span></Tooltip>),
            },
            { title: 'Đơn vị', render: (_, e) => e.unitName ?? '' },
            {
              title: 'Thao tác', dataIndex: 'action',
              render: (a: string) => <Tag color={actionColors[a.split('.')[0] ?? ''] ?? 'default'}>{actionLabel(a)}</Tag>,
            },
            { title: 'Đối tượng', render: (_, e) => objectText(e) },
            { title: 'Địa chỉ IP', dataIndex: 'ip', render: (v: string | null) => <Typography.Text type="secondary">{v ?? ''}</Typography.Text> },
          ]}
        />
      </Card>
    </Space>
  );
}
