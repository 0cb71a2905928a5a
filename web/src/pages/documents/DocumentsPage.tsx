/** The registry of documents (sổ văn bản): search in any spelling, add, correct, link. */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Drawer, Grid, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { relationLabels, documentRelations, type DocumentRelation } from '../../../../src/documents/relations.js';
import type { DocumentDetail, DocumentOut } from '../../../../src/documents/schema.js';
import { api, errorMessage } from '../../api.js';
import { formatDate } from '../../format.js';
import { useCanWriteData } from '../../session.js';
import { useDebounced } from '../../useDebounced.js';
import { DocumentFilters, type DocumentFilter } from './DocumentFilters.js';
import { DocumentReferenceInput, type DocumentChoice } from './DocumentReferenceInput.js';

function AddDocument({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [choice, setChoice] = useState<DocumentChoice | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const add = useMutation({
    mutationFn: () => api.post<DocumentOut>('/api/v1/documents', choice),
    onSuccess: (doc) => {
      void client.invalidateQueries({ queryKey: ['documents'] });
      void message.success(`Đã thêm ${doc.citation} vào sổ văn bản.`);
      setChoice(null);
      onClose();
    },
  });
  return (
    <Modal open={open} onCancel={onClose} width={760} title="Thêm văn bản vào sổ" okText="Thêm vào sổ" cancelText="Hủy"
      okButtonProps={{ disabled: !choice || 'id' in choice, loading: add.isPending }} onOk={() => add.mutate()}>
      <DocumentReferenceInput value={choice} onChange={setChoice} />
      {choice && 'id' in choice ? <Alert style={{ marginTop: 8 }} type="info" showIcon message="Văn bản này đã có trong sổ." /> : null}
      {add.isError ? <Alert style={{ marginTop: 8 }} type="error" showIcon message={errorMessage(add.error)} /> : null}
    </Modal>
  );
}

function DocumentDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const client = useQueryClient();
  const doc = useQuery({ queryKey: ['document', id], queryFn: () => api.get<DocumentDetail>(`/api/v1/documents/${id}`) });
  const [target, setTarget] = useState<DocumentChoice | null>(null);
  const [relation, setRelation] = useState<DocumentRelation>('implements');
  const link = useMutation({
    mutationFn: async () => {
      const toId = target && 'id' in target ? target.id : (await api.post<DocumentOut>('/api/v1/documents', target)).id;
      return api.post<DocumentDetail>(`/api/v1/documents/${id}/links`, { toId, relation });
    },
    onSuccess: (d) => { client.setQueryData(['document', id], d); setTarget(null); },
  });
  const d = doc.data;
  return (
    <Drawer open onClose={onClose} width={Math.min(720, window.innerWidth)} title={d?.citation ?? 'Văn bản'} loading={doc.isLoading}>
      {d ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Loại">{d.kind ?? '(chưa rõ)'}</Descriptions.Item>
            <Descriptions.Item label="Số, ký hiệu">{d.number}{d.numberText !== d.number ? <Typography.Text type="secondary"> (nhập là “{d.numberText}”)</Typography.Text> : null}</Descriptions.Item>
            <Descriptions.Item label="Hệ thống">{d.family === 'party' ? 'Văn bản của Đảng' : d.family === 'state' ? 'Văn bản của cơ quan nhà nước' : ''}</Descriptions.Item>
            <Descriptions.Item label="Ngày ban hành">{formatDate(d.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan ban hành">{d.issuer}</Descriptions.Item>
            <Descriptions.Item label="Trích yếu">{d.summary}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>Liên kết</Typography.Title>
            <List size="small" dataSource={d.links} locale={{ emptyText: 'Chưa có liên kết.' }}
              renderItem={(l) => <List.Item><Tag>{relationLabels[l.relation][l.direction]}</Tag>{l.document.citation}</List.Item>} />
          </div>
          {d.canEdit ? (
            <Card size="small" title="Thêm liên kết">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Select aria-label="Quan hệ" value={relation} onChange={setRelation} style={{ width: 260 }} options={documentRelations.map((r) => ({ value: r, label: relationLabels[r].out }))} />
                <DocumentReferenceInput value={target} onChange={setTarget} placeholder="Văn bản được liên kết" />
                {link.isError ? <Alert type="error" showIcon message={errorMessage(link.error)} /> : null}
                <Button type="primary" disabled={!target} loading={link.isPending} onClick={() => link.mutate()}>Liên kết</Button>
              </Space>
            </Card>
          ) : null}
        </Space>
      ) : doc.isError ? <Alert type="error" showIcon message={errorMessage(doc.error)} /> : null}
    </Drawer>
  );
}

export function DocumentsPage() {
  const canWrite = useCanWriteData();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState({ q: '', issuer: '' });
  const [picked, setPicked] = useState<Pick<DocumentFilter, 'kind' | 'year'>>({});
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const q = useDebounced(typed.q.trim(), 400);
  const issuer = useDebounced(typed.issuer.trim(), 400);
  const filter = { q, issuer, ...picked };
  // A new search starts on its first page.
  const [searched, setSearched] = useState(filter);
  if (JSON.stringify(searched) !== JSON.stringify(filter)) {
    setSearched(filter);
    setPage(1);
  }
  const docs = useQuery({
    queryKey: ['documents', filter, page],
    queryFn: () => api.get<{ total: number; items: DocumentOut[] }>('/api/v1/documents', { ...filter, page, pageSize: 20 }),
    placeholderData: (previous) => previous,
  });
  const openId = Number(params.get('id')) || null;
  const phone = !Grid.useBreakpoint().md;
  const open = (d: DocumentOut) => setParams({ id: String(d.id) });
  const pagination = { current: page, pageSize: 20, total: docs.data?.total, onChange: setPage, hideOnSinglePage: true, showTotal: (n: number) => `${n.toLocaleString('vi-VN')} văn bản` };
  const empty = q || issuer || picked.kind || picked.year ? 'Không có văn bản nào khớp với điều kiện tìm.' : 'Sổ văn bản chưa có văn bản nào.';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">Sổ văn bản</Typography.Title>
        {canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>Thêm văn bản</Button> : null}
      </Space>
      <Card>
        <DocumentFilters typed={typed} onType={setTyped} value={filter} onChange={({ kind, year }) => setPicked({ kind, year })} />
        {docs.isError ? <Alert type="error" showIcon message={errorMessage(docs.error)} /> : phone ? (
          <List aria-label="Sổ văn bản" loading={docs.isLoading} dataSource={docs.data?.items} locale={{ emptyText: empty }} pagination={{ ...pagination, size: 'small' }}
            renderItem={(d) => (
              <List.Item onClick={() => open(d)} style={{ cursor: 'pointer' }}>
                <List.Item.Meta title={<Typography.Link>{d.number}</Typography.Link>}
                  description={<>{[d.kind, formatDate(d.issuedOn), d.issuer].filter(Boolean).join(' · ')}<br />{d.summary}</>} />
              </List.Item>
            )} />
        ) : (
          // Fixed widths and an ellipsis: a long trích yếu no longer pushes the table wider than the screen.
          <Table
            aria-label="Sổ văn bản" rowKey="id" loading={docs.isLoading} dataSource={docs.data?.items} tableLayout="fixed" scroll={{ x: 900 }}
            pagination={pagination} locale={{ emptyText: empty }}
            onRow={(d) => ({ onClick: () => open(d), style: { cursor: 'pointer' } })}
            columns={[
              { title: 'Số, ký hiệu', width: 190, render: (_, d) => <Typography.Link>{d.number}</Typography.Link> },
              { title: 'Loại', dataIndex: 'kind', width: 120 },
              { title: 'Ngày', width: 110, render: (_, d) => formatDate(d.issuedOn) },
              { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 210, ellipsis: true },
              { title: 'Trích yếu', dataIndex: 'summary', ellipsis: true },
            ]}
          />
        )}
      </Card>
      <AddDocument open={adding} onClose={() => setAdding(false)} />
      {openId ? <DocumentDrawer id={openId} onClose={() => setParams({})} /> : null}
    </Space>
  );
}
