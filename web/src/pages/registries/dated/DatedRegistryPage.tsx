/**
 * A dated registry's page (tuyên truyền, tiếp công dân, tập huấn, kiểm tra giám sát): the records of the
 * units in reach, searched without diacritics and filtered by their codes and days; a table on a wide
 * screen, cards on a phone; the record in a drawer (?id=), and the form that enters or edits it.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Grid, Input, List, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, errorMessage, withQuery } from '../../../api.js';
import { datePickerFormat, fromDayjs, unitName } from '../../../format.js';
import { useReferenceDate, useSession } from '../../../session.js';
import { useScopeUnits } from '../../../units.js';
import { useDebounced } from '../../../useDebounced.js';
import type { DatedConfig, DatedRecord } from './config.js';
import { DatedDrawer, recordKey } from './DatedDrawer.js';
import { DatedFormModal } from './DatedFormModal.js';
import { WarningsTag } from './show.js';
import { ImportSheetModal } from '../ImportSheetModal.js';

const pageSize = 20;

interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
  canCreate: boolean;
}

/** Keyed by the registry, so moving from one registry's page to another's starts with empty filters. */
export function DatedRegistryPage<T extends DatedRecord>({ config }: { config: DatedConfig<T> }) {
  return <RegistryPage key={config.key} config={config} />;
}

function RegistryPage<T extends DatedRecord>({ config }: { config: DatedConfig<T> }) {
  const { user } = useSession();
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const client = useQueryClient();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const [filter, setFilter] = useState<Record<string, string | undefined>>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const query = { q: search || undefined, ...filter, from: fromDayjs(range?.[0]) ?? undefined, to: fromDayjs(range?.[1]) ?? undefined, page, pageSize };
  const list = useQuery({ queryKey: [config.key, query], queryFn: () => api.get<Page<T>>(config.api, query), placeholderData: keepPreviousData });
  const openId = Number(params.get('id')) || null;
  const set = (patch: Record<string, string | undefined>) => { setFilter((f) => ({ ...f, ...patch })); setPage(1); };
  const open = (r: T) => setParams({ id: String(r.id) });
  const unitFilter = scope.units.filter((u) => u.inScope).map((u) => ({ value: u.code, label: unitName(u) }));
  // The unit is a column once the page holds another unit's records than the user's own.
  const otherUnits = list.data?.items.some((r) => r.unitCode !== user.unitCode) ?? false;
  const empty = `Chưa có ${config.noun} nào.`;
  const columns: ColumnsType<T> = [
    ...config.columns.map((c) => ({
      key: c.title, title: c.title, width: c.width,
      render: (_: unknown, r: T) => (c.link ? <><Typography.Link>{c.render(r)}</Typography.Link><WarningsTag spec={config.warnings} record={r} /></> : c.render(r)),
    })),
    ...(otherUnits ? [{ key: 'unit', title: 'Đơn vị', dataIndex: 'unitName', width: 200 }] : []),
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">{config.title}</Typography.Title>
        <Space wrap>
          {/* The export follows the list's filters, every page of it. */}
          <Button icon={<DownloadOutlined />} href={withQuery(`${config.api}/export.xlsx`, { ...query, page: undefined, pageSize: undefined })}>Xuất Excel</Button>
          {list.data?.canCreate ? <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>Nhập từ Excel</Button> : null}
          {list.data?.canCreate ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>{config.createLabel}</Button> : null}
        </Space>
      </Space>
      <Card>
        <div className="registry-filters">
          <Input.Search allowClear aria-label={`Tìm ${config.noun}`} placeholder={config.searchPlaceholder} style={{ width: 280, maxWidth: '100%' }}
            value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
          {unitFilter.length > 1 ? <Select allowClear showSearch optionFilterProp="label" aria-label="Đơn vị" placeholder="Mọi đơn vị" style={{ width: 180, maxWidth: '100%' }} options={unitFilter} value={filter.unitCode} onChange={(v?: string) => set({ unitCode: v })} /> : null}
          {config.filters.map((f) => (
            <Select key={f.param} allowClear aria-label={f.label} placeholder={f.placeholder} style={{ width: f.width ?? 200, maxWidth: '100%' }} options={f.options}
              value={filter[f.param]} onChange={(v?: string) => set({ [f.param]: v })} />
          ))}
          <DatePicker.RangePicker aria-label="Khoảng ngày" format={datePickerFormat} placeholder={['Từ ngày', 'Đến ngày']} style={{ width: 230, maxWidth: '100%' }}
            value={range} onChange={(v) => { setRange(v); setPage(1); }} />
        </div>
        {list.isError ? <Alert type="error" showIcon message={errorMessage(list.error)} /> : phone ? (
          <List aria-label={config.title} loading={list.isLoading} dataSource={list.data?.items} locale={{ emptyText: empty }}
            pagination={{ current: page, pageSize, total: list.data?.total, onChange: setPage, hideOnSinglePage: true, size: 'small' }}
            renderItem={(r) => (
              <List.Item onClick={() => open(r)} style={{ cursor: 'pointer' }}>
                <List.Item.Meta title={<Typography.Link>{config.name(r)}</Typography.Link>}
                  description={<>{config.summary(r)}<WarningsTag spec={config.warnings} record={r} below /></>} />
                {config.tag?.(r)}
              </List.Item>
            )} />
        ) : (
          <Table<T> aria-label={config.title} rowKey="id" loading={list.isLoading} dataSource={list.data?.items} locale={{ emptyText: empty }} columns={columns}
            pagination={{ current: page, pageSize, total: list.data?.total, onChange: setPage, hideOnSinglePage: true, showTotal: (n) => `${n} ${config.noun}` }}
            onRow={(r) => ({ onClick: () => open(r), style: { cursor: 'pointer' } })} />
        )}
      </Card>
      {openId ? <DatedDrawer config={config} id={openId} onClose={() => setParams({})} onEdit={(r) => setEditing(r)} /> : null}
      {importing ? (
        <ImportSheetModal api={config.api} title={config.title} units={scope.units} defaultUnitCode={filter.unitCode ?? user.unitCode} onClose={() => setImporting(false)}
          onImported={() => {
            void client.invalidateQueries({ queryKey: [config.key] });
            void client.invalidateQueries({ queryKey: ['figures'] });
          }} />
      ) : null}
      {editing !== undefined ? (
        <DatedFormModal config={config} record={editing} units={scope.units} defaultUnitCode={filter.unitCode ?? user.unitCode} onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            client.setQueryData(recordKey(config, saved.id), saved);
            void client.invalidateQueries({ queryKey: [config.key] });
            void client.invalidateQueries({ queryKey: ['figures'] });
            void message.success(`Đã lưu ${config.noun} "${config.name(saved)}".`);
          }} />
      ) : null}
    </Space>
  );
}
