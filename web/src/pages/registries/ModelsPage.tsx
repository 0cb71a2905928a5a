/** Sổ mô hình "Dân vận khéo": the models of the units in reach, searched without diacritics, each traceable to the counts. */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Drawer, Grid, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { modelFieldLabels, modelFields, modelLevelLabels, modelOwnerLabels, modelOwners, modelStatusLabels, modelStatuses } from '../../../../src/registries/models/rules.js';
import type { ModelOut, ModelPage } from '../../../../src/registries/models/schema.js';
import { api, errorMessage, withQuery } from '../../api.js';
import { formatDateTime } from '../../format.js';
import { useReferenceDate, useSession } from '../../session.js';
import { useScopeUnits } from '../../units.js';
import { useDebounced } from '../../useDebounced.js';
import { ModelFormModal } from './ModelFormModal.js';
import { DeleteRecordModal } from './DeleteRecordModal.js';
import { choices } from './choices.js';
import { Attachments } from './Attachments.js';
import { ImportSheetModal } from './ImportSheetModal.js';

const pageSize = 20;
const statusColor = { maintained: 'green', replicated: 'blue', stopped: 'default' } as const;

function StatusTag({ m }: { m: ModelOut }) {
  return <Tag color={statusColor[m.status]}>{m.statusName}{m.stoppedYear ? ` (${m.stoppedYear})` : ''}</Tag>;
}

function ModelDrawer({ id, onClose, onEdit }: { id: number; onClose: () => void; onEdit: (m: ModelOut) => void }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [deleting, setDeleting] = useState(false);
  const model = useQuery({ queryKey: ['model', id], queryFn: () => api.get<ModelOut>(`/api/v1/registries/models/${id}`) });
  const m = model.data;
  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={m?.name ?? 'Mô hình'} loading={model.isLoading}
      extra={m?.canEdit ? <Space><Button onClick={() => onEdit(m)}>Sửa</Button><Button danger onClick={() => setDeleting(true)}>Xóa</Button></Space> : null}>
      {m ? (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {m.deleted ? <Alert type="warning" showIcon message={`Đã xóa khỏi sổ ${formatDateTime(m.deleted.at)}${m.deleted.by ? ` bởi ${m.deleted.by}` : ''}`} description={`Lý do: ${m.deleted.reason}`} /> : null}
          {m.illustrative ? <Alert type="info" showIcon message="Dữ liệu minh họa: lĩnh vực và chi tiết được suy ra từ báo cáo mẫu." /> : null}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Đơn vị">{m.unitName}</Descriptions.Item>
            <Descriptions.Item label="Tổ chức thực hiện">{m.ownerName}</Descriptions.Item>
            <Descriptions.Item label="Lĩnh vực">{m.fieldName}</Descriptions.Item>
            <Descriptions.Item label="Năm bắt đầu">{m.startYear}</Descriptions.Item>
            <Descriptions.Item label="Tình trạng"><StatusTag m={m} /></Descriptions.Item>
            <Descriptions.Item label="Cấp công nhận">{modelLevelLabels[m.level]}</Descriptions.Item>
            {m.village ? <Descriptions.Item label="Thôn, tổ dân phố">{m.village}</Descriptions.Item> : null}
            {m.description ? <Descriptions.Item label="Nội dung, cách làm"><span style={{ whiteSpace: 'pre-wrap' }}>{m.description}</span></Descriptions.Item> : null}
            {m.results ? <Descriptions.Item label="Kết quả"><span style={{ whiteSpace: 'pre-wrap' }}>{m.results}</span></Descriptions.Item> : null}
            {m.recognition ? <Descriptions.Item label="Ghi nhận, khen thưởng">{m.recognition}</Descriptions.Item> : null}
            <Descriptions.Item label="Cập nhật">{formatDateTime(m.updatedAt)}{m.updatedBy ? `, ${m.updatedBy}` : ''} (phiên bản {m.version})</Descriptions.Item>
          </Descriptions>
          <Attachments recordUrl={`/api/v1/registries/models/${m.id}`} canEdit={m.canEdit} />
        </Space>
      ) : model.isError ? <Alert type="error" showIcon message={errorMessage(model.error)} /> : null}
      {deleting && m ? (
        <DeleteRecordModal<ModelOut> title={`Xóa mô hình "${m.name}" khỏi sổ?`} url={`/api/v1/registries/models/${m.id}/delete`} version={m.version}
          explanation="Mô hình không còn được tính vào số liệu từ nay; bản ghi và lý do được giữ lại để tra cứu các báo cáo đã nộp."
          onClose={() => setDeleting(false)} onDeleted={(d) => {
          setDeleting(false);
          client.setQueryData(['model', id], d);
          void client.invalidateQueries({ queryKey: ['models'] });
          void message.success(`Đã xóa mô hình "${d.name}" khỏi sổ.`);
        }} />
      ) : null}
    </Drawer>
  );
}

export function ModelsPage() {
  const { user } = useSession();
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const client = useQueryClient();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const [filter, setFilter] = useState<{ unitCode?: string; field?: string; owner?: string; status?: string; year?: number }>({});
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ModelOut | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const query = { q: search || undefined, ...filter, page, pageSize };
  const models = useQuery({ queryKey: ['models', query], queryFn: () => api.get<ModelPage>('/api/v1/registries/models', query), placeholderData: keepPreviousData });
  const openId = Number(params.get('id')) || null;
  const set = (patch: Partial<typeof filter>) => { setFilter((f) => ({ ...f, ...patch })); setPage(1); };
  const open = (m: ModelOut) => setParams({ id: String(m.id) });
  const unitFilter = scope.units.filter((u) => u.inScope).map((u) => ({ value: u.code, label: `${u.typeName} ${u.name}` }));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">Sổ mô hình "Dân vận khéo"</Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={withQuery('/api/v1/registries/models/export.xlsx', { ...query, page: undefined, pageSize: undefined })}>Xuất Excel</Button>
          {models.data?.canCreate ? <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>Nhập từ Excel</Button> : null}
          {models.data?.canCreate ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>Ghi mô hình</Button> : null}
        </Space>
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear aria-label="Tìm mô hình" placeholder="Tìm theo tên, tổ chức, thôn (gõ không dấu được)" style={{ width: 320, maxWidth: '100%' }}
            value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
          {unitFilter.length > 1 ? <Select allowClear showSearch optionFilterProp="label" aria-label="Đơn vị" placeholder="Mọi đơn vị" style={{ width: 220 }} options={unitFilter} value={filter.unitCode} onChange={(v) => set({ unitCode: v })} /> : null}
          <Select allowClear aria-label="Lĩnh vực" placeholder="Mọi lĩnh vực" style={{ width: 200 }} options={choices(modelFields, modelFieldLabels)} value={filter.field} onChange={(v) => set({ field: v })} />
          <Select allowClear aria-label="Tổ chức" placeholder="Mọi tổ chức" style={{ width: 190 }} options={choices(modelOwners, modelOwnerLabels)} value={filter.owner} onChange={(v) => set({ owner: v })} />
          <Select allowClear aria-label="Tình trạng" placeholder="Mọi tình trạng" style={{ width: 160 }} options={choices(modelStatuses, modelStatusLabels)} value={filter.status} onChange={(v) => set({ status: v })} />
          <InputNumber aria-label="Năm" placeholder="Năm" min={1945} max={2200} style={{ width: 100 }} value={filter.year} onChange={(v) => set({ year: v ?? undefined })} />
        </Space>
        {models.isError ? <Alert type="error" showIcon message={errorMessage(models.error)} /> : phone ? (
          <List aria-label="Sổ mô hình" loading={models.isLoading} dataSource={models.data?.items} locale={{ emptyText: 'Chưa có mô hình nào.' }}
            pagination={{ current: page, pageSize, total: models.data?.total, onChange: setPage, hideOnSinglePage: true, size: 'small' }}
            renderItem={(m) => (
              <List.Item onClick={() => open(m)} style={{ cursor: 'pointer' }}>
                <List.Item.Meta title={<Typography.Link>{m.name}</Typography.Link>} description={`${m.ownerName} · ${m.fieldName} · từ ${m.startYear}`} />
                <StatusTag m={m} />
              </List.Item>
            )} />
        ) : (
          <Table aria-label="Sổ mô hình" rowKey="id" loading={models.isLoading} dataSource={models.data?.items} locale={{ emptyText: 'Chưa có mô hình nào.' }}
            pagination={{ current: page, pageSize, total: models.data?.total, onChange: setPage, hideOnSinglePage: true, showTotal: (n) => `${n} mô hình` }}
            onRow={(m) => ({ onClick: () => open(m), style: { cursor: 'pointer' } })}
            columns={[
              { title: 'Tên mô hình', render: (_, m) => <Typography.Link>{m.name}</Typography.Link> },
              { title: 'Tổ chức', dataIndex: 'ownerName', width: 180 },
              { title: 'Lĩnh vực', dataIndex: 'fieldName', width: 170 },
              { title: 'Năm', dataIndex: 'startYear', width: 70 },
              ...(unitFilter.length > 1 ? [{ title: 'Đơn vị', dataIndex: 'unitName', width: 170 }] : []),
              { title: 'Tình trạng', width: 140, render: (_: unknown, m: ModelOut) => <StatusTag m={m} /> },
            ]} />
        )}
      </Card>
      {openId ? <ModelDrawer id={openId} onClose={() => setParams({})} onEdit={(m) => setEditing(m)} /> : null}
      {importing ? (
        <ImportSheetModal api="/api/v1/registries/models" title="Sổ mô hình “Dân vận khéo”" units={scope.units} defaultUnitCode={filter.unitCode ?? user.unitCode}
          onClose={() => setImporting(false)} onImported={() => { void client.invalidateQueries({ queryKey: ['models'] }); void client.invalidateQueries({ queryKey: ['figures'] }); }} />
      ) : null}
      {editing !== undefined ? (
        <ModelFormModal model={editing} units={scope.units} defaultUnitCode={filter.unitCode ?? user.unitCode} onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            client.setQueryData(['model', saved.id], saved);
            void client.invalidateQueries({ queryKey: ['models'] });
            void message.success(`Đã lưu mô hình "${saved.name}".`);
          }} />
      ) : null}
    </Space>
  );
}
