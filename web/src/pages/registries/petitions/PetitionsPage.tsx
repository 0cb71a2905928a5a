/**
 * Sổ đơn thư, vụ việc: the cases (overdue first) and the letters of the units in reach, the year's figures
 * as the report counts them, and the forms that record a letter and how its case is handled.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Grid, Input, List, Select, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { petitionKindLabels, petitionKinds } from '../../../../../src/registries/petitions/rules.js';
import type { CaseDetailOut, CaseOut, LetterOut } from '../../../../../src/registries/petitions/schema.js';
import { api, errorMessage, withQuery } from '../../../api.js';
import { ImportSheetModal } from '../ImportSheetModal.js';
import { formatDate, unitName } from '../../../format.js';
import { useReferenceDate, useSession } from '../../../session.js';
import { useScopeUnits } from '../../../units.js';
import { useDebounced } from '../../../useDebounced.js';
import { CaseDrawer, CaseStatus, senderText } from './CaseDrawer.js';
import { LetterFormModal } from './LetterFormModal.js';
import { PetitionFigures } from './PetitionFigures.js';
import { choices } from '../choices.js';

const pageSize = 20;
type Page<T> = { total: number; items: T[]; canCreate: boolean };
const statusChoices = [{ value: 'open', label: 'Đang giải quyết' }, { value: 'overdue', label: 'Quá hạn' }, { value: 'closed', label: 'Đã kết thúc' }];

export function PetitionsPage() {
  const { user } = useSession();
  const ref = useReferenceDate();
  const scope = useScopeUnits(ref.date);
  const client = useQueryClient();
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'letters' ? 'letters' : 'cases';
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const [filter, setFilter] = useState<{ unitCode?: string; kind?: string; status?: string }>({});
  const [page, setPage] = useState(1);
  const [chosenYear, setYear] = useState<number | null>(null);
  const figuresCode = filter.unitCode ?? user.unitCode;
  // Until a year is chosen: the year of the unit's latest letter, so the figures open on its data.
  const latest = useQuery({
    queryKey: ['petition-letters', { unitCode: figuresCode, pageSize: 1 }],
    queryFn: () => api.get<Page<LetterOut>>('/api/v1/registries/petitions/letters', { unitCode: figuresCode, pageSize: 1 }),
    enabled: chosenYear === null,
  });
  const year = chosenYear ?? Number((latest.data?.items[0]?.receivedOn ?? ref.date).slice(0, 4));
  // undefined: no form; null: a new letter; a case: a new letter of that case.
  const [importing, setImporting] = useState(false);
  const [entering, setEntering] = useState<{ caseId: number | null; unitCode: string; letter?: LetterOut } | undefined>(undefined);
  const query = { q: search || undefined, unitCode: filter.unitCode, kind: filter.kind, page, pageSize };
  const cases = useQuery({
    queryKey: ['petition-cases', query, filter.status], enabled: tab === 'cases', placeholderData: keepPreviousData,
    queryFn: () => api.get<Page<CaseOut>>('/api/v1/registries/petitions/cases', { ...query, status: filter.status }),
  });
  const letters = useQuery({
    queryKey: ['petition-letters', query], enabled: tab === 'letters', placeholderData: keepPreviousData,
    queryFn: () => api.get<Page<LetterOut>>('/api/v1/registries/petitions/letters', query),
  });
  const openId = Number(params.get('id')) || null;
  const set = (patch: Partial<typeof filter>) => { setFilter((f) => ({ ...f, ...patch })); setPage(1); };
  const openCase = (id: number) => setParams({ ...(tab === 'letters' ? { tab } : {}), id: String(id) });
  const inScope = scope.units.filter((u) => u.inScope);
  const unitFilter = inScope.map((u) => ({ value: u.code, label: unitName(u) }));
  // A unit's own figures: a commune's, or the unit picked in the filter (sums up the tree come with roll-ups).
  const figuresUnit = scope.units.find((u) => u.code === figuresCode && (filter.unitCode !== undefined || u.kind === 'commune'));
  const canCreate = (tab === 'cases' ? cases.data : letters.data)?.canCreate;
  const saved = (l: LetterOut) => {
    setEntering(undefined);
    for (const key of ['petition-cases', 'petition-letters', 'petition-case', 'figures']) void client.invalidateQueries({ queryKey: [key] });
    void message.success(`Đã lưu đơn số ${l.id} trong vụ việc số ${l.caseId}.`);
  };
  const pagination = (total: number | undefined, unit: string) => ({ current: page, pageSize, total, onChange: setPage, hideOnSinglePage: true, showTotal: (n: number) => `${n} ${unit}` });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} className="page-title">Sổ đơn thư, vụ việc</Typography.Title>
        <Space wrap>
          {/* Letters only: the export never carries a denouncer's identity, nor addresses and contacts. */}
          <Button icon={<DownloadOutlined />} href={withQuery('/api/v1/registries/petitions/letters/export.xlsx', { q: query.q, unitCode: query.unitCode, kind: query.kind })}>Xuất đơn ra Excel</Button>
          {canCreate ? <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>Nhập đơn từ Excel</Button> : null}
          {canCreate ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering({ caseId: null, unitCode: filter.unitCode ?? user.unitCode })}>Ghi đơn</Button> : null}
        </Space>
      </Space>
      {figuresUnit ? <PetitionFigures unitCode={figuresUnit.code} unitName={unitName(figuresUnit)} year={year} onYear={setYear} /> : null}
      <Card>
        <Tabs activeKey={tab} onChange={(k) => { setParams(k === 'letters' ? { tab: k } : {}); setPage(1); }} items={[{ key: 'cases', label: 'Vụ việc' }, { key: 'letters', label: 'Đơn' }]} />
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear aria-label="Tìm đơn thư" placeholder="Tìm theo nội dung (gõ không dấu được)" style={{ width: 300, maxWidth: '100%' }}
            value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
          {unitFilter.length > 1 ? <Select allowClear showSearch optionFilterProp="label" aria-label="Đơn vị" placeholder="Mọi đơn vị" style={{ width: 220 }} options={unitFilter} value={filter.unitCode} onChange={(v) => set({ unitCode: v })} /> : null}
          <Select allowClear aria-label="Loại đơn" placeholder="Mọi loại" style={{ width: 190 }} options={choices(petitionKinds, petitionKindLabels)} value={filter.kind} onChange={(v) => set({ kind: v })} />
          {tab === 'cases' ? <Select allowClear aria-label="Trạng thái" placeholder="Mọi trạng thái" style={{ width: 170 }} options={statusChoices} value={filter.status} onChange={(v) => set({ status: v })} /> : null}
        </Space>
        {tab === 'cases' ? (
          cases.isError ? <Alert type="error" showIcon message={errorMessage(cases.error)} /> : phone ? (
            <List aria-label="Các vụ việc" loading={cases.isLoading} dataSource={cases.data?.items} locale={{ emptyText: 'Chưa có vụ việc nào.' }} pagination={{ ...pagination(cases.data?.total, 'vụ việc'), size: 'small' }}
              renderItem={(c) => (
                <List.Item onClick={() => openCase(c.id)} style={{ cursor: 'pointer' }}>
                  <List.Item.Meta title={<Typography.Link>{c.title}</Typography.Link>} description={<>{c.kindName} · {formatDate(c.receivedOn)} · {c.letterCount} đơn<br /><CaseStatus c={c} /></>} />
                </List.Item>
              )} />
          ) : (
            <Table aria-label="Các vụ việc" rowKey="id" loading={cases.isLoading} dataSource={cases.data?.items} locale={{ emptyText: 'Chưa có vụ việc nào.' }}
              pagination={pagination(cases.data?.total, 'vụ việc')} onRow={(c) => ({ onClick: () => openCase(c.id), style: { cursor: 'pointer' } })}
              columns={[
                { title: 'Vụ việc', render: (_, c) => <Typography.Link>{c.title}</Typography.Link> },
                { title: 'Loại', dataIndex: 'kindName', width: 160 },
                { title: 'Nhận', width: 110, render: (_, c) => formatDate(c.receivedOn) },
                { title: 'Số đơn', dataIndex: 'letterCount', width: 96, align: 'right' as const },
                ...(unitFilter.length > 1 ? [{ title: 'Đơn vị', dataIndex: 'unitName', width: 160 }] : []),
                { title: 'Tình trạng', width: 190, render: (_: unknown, c: CaseOut) => <CaseStatus c={c} /> },
              ]} />
          )
        ) : letters.isError ? <Alert type="error" showIcon message={errorMessage(letters.error)} /> : phone ? (
          <List aria-label="Các đơn" loading={letters.isLoading} dataSource={letters.data?.items} locale={{ emptyText: 'Chưa có đơn nào.' }} pagination={{ ...pagination(letters.data?.total, 'đơn'), size: 'small' }}
            renderItem={(l) => (
              <List.Item onClick={() => openCase(l.caseId)} style={{ cursor: 'pointer' }}>
                <List.Item.Meta title={<Typography.Link>{l.summary}</Typography.Link>} description={`${formatDate(l.receivedOn)} · ${l.kindName} · ${senderText(l)}`} />
              </List.Item>
            )} />
        ) : (
          <Table aria-label="Các đơn" rowKey="id" loading={letters.isLoading} dataSource={letters.data?.items} locale={{ emptyText: 'Chưa có đơn nào.' }}
            pagination={pagination(letters.data?.total, 'đơn')} onRow={(l) => ({ onClick: () => openCase(l.caseId), style: { cursor: 'pointer' } })}
            columns={[
              { title: 'Ngày nhận', width: 110, render: (_, l) => formatDate(l.receivedOn) },
              { title: 'Nội dung', render: (_, l) => <Typography.Link>{l.summary}</Typography.Link> },
              { title: 'Loại', dataIndex: 'kindName', width: 150 },
              { title: 'Người gửi', width: 200, render: (_, l) => senderText(l) },
              { title: 'Vụ việc', width: 90, render: (_, l) => `số ${l.caseId}` },
            ]} />
        )}
      </Card>
      {openId ? <CaseDrawer id={openId} onClose={() => setParams(tab === 'letters' ? { tab } : {})} onAddLetter={(c: CaseDetailOut) => setEntering({ caseId: c.id, unitCode: c.unitCode })}
        onEditLetter={(l) => setEntering({ caseId: l.caseId, unitCode: l.unitCode, letter: l })} /> : null}
      {importing ? (
        <ImportSheetModal api="/api/v1/registries/petitions/letters" title="Sổ đơn thư" units={scope.units} defaultUnitCode={filter.unitCode ?? user.unitCode}
          onClose={() => setImporting(false)} onImported={() => { for (const key of ['petition-cases', 'petition-letters', 'figures']) void client.invalidateQueries({ queryKey: [key] }); }} />
      ) : null}
      {entering ? (
        <LetterFormModal letter={entering.letter ?? null} caseId={entering.letter ? null : entering.caseId} units={scope.units} defaultUnitCode={entering.unitCode} onClose={() => setEntering(undefined)} onSaved={saved} />
      ) : null}
    </Space>
  );
}
