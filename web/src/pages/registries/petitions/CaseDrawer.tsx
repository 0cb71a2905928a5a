/** A case: its letters (the denouncer's name only for those the law allows), each deadline with its article, and how it was handled. */
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, List, Space, Steps, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetailOut, LetterOut } from '../../../../../src/registries/petitions/schema.js';
import { api, errorMessage } from '../../../api.js';
import { formatDate, formatDateTime } from '../../../format.js';
import { HandleCaseModal } from './HandleCaseModal.js';
import { DeleteRecordModal } from '../DeleteRecordModal.js';

export function CaseStatus({ c }: { c: { status: 'open' | 'closed'; overdue: boolean; dueOn: string | null; closedOn: string | null } }) {
  if (c.status === 'closed') return <Tag color="green">Đã kết thúc {formatDate(c.closedOn)}</Tag>;
  if (c.overdue) return <Tag color="red">Quá hạn từ {formatDate(c.dueOn)}</Tag>;
  return <Tag color="blue">{c.dueOn ? `Hạn ${formatDate(c.dueOn)}` : 'Đang giải quyết'}</Tag>;
}

export const senderText = (l: LetterOut) => (l.sender.hidden ? l.sender.name : [l.sender.name, l.sender.address, l.sender.contact].filter(Boolean).join(', ') || 'Không ghi');

export function CaseDrawer({ id, onClose, onAddLetter, onEditLetter }: { id: number; onClose: () => void; onAddLetter: (c: CaseDetailOut) => void; onEditLetter: (l: LetterOut) => void }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [handling, setHandling] = useState(false);
  const [deleting, setDeleting] = useState<LetterOut | null>(null);
  const query = useQuery({ queryKey: ['petition-case', id], queryFn: () => api.get<CaseDetailOut>(`/api/v1/registries/petitions/cases/${id}`) });
  const c = query.data;
  return (
    <Drawer open onClose={onClose} width={Math.min(720, window.innerWidth)} title={c ? `Vụ việc số ${c.id}` : 'Vụ việc'} loading={query.isLoading}
      extra={c?.canEdit ? <Space wrap><Button onClick={() => onAddLetter(c)}>Thêm đơn</Button><Button type="primary" onClick={() => setHandling(true)}>Xử lý</Button></Space> : null}>
      {c ? (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>{c.title}</Typography.Title>
          {c.deleted ? <Alert type="warning" showIcon message={`Đã xóa khỏi sổ ${formatDateTime(c.deleted.at)}`} description={`Lý do: ${c.deleted.reason}`} /> : null}
          {c.illustrative ? <Alert type="info" showIcon message="Dữ liệu minh họa: ngày, nội dung và người gửi được đặt ra quanh số liệu của báo cáo mẫu." /> : null}
          {c.calendarWarning ? <Alert type="warning" showIcon message={c.calendarWarning} /> : null}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Đơn vị">{c.unitName}</Descriptions.Item>
            <Descriptions.Item label="Loại, thẩm quyền">{c.kindName} · {c.competenceName}</Descriptions.Item>
            <Descriptions.Item label="Tình trạng"><CaseStatus c={c} /></Descriptions.Item>
            <Descriptions.Item label="Nhận đơn đầu tiên">{formatDate(c.receivedOn)} · {c.letterCount} đơn</Descriptions.Item>
            {c.handler ? <Descriptions.Item label="Người xử lý">{c.handler.fullName}</Descriptions.Item> : null}
            {c.acceptedOn ? <Descriptions.Item label="Ngày thụ lý">{formatDate(c.acceptedOn)}</Descriptions.Item> : null}
            {c.mediation ? <Descriptions.Item label="Hòa giải">{c.mediation === 'success' ? 'Hòa giải thành' : 'Hòa giải không thành'}</Descriptions.Item> : null}
            {c.outcome ? <Descriptions.Item label="Kết quả"><span style={{ whiteSpace: 'pre-wrap' }}>{c.outcome}</span></Descriptions.Item> : null}
            {[c.complex && 'Phức tạp', c.remote && 'Vùng sâu, vùng xa', c.crowd && 'Đông người', c.prolonged && 'Kéo dài'].some(Boolean)
              ? <Descriptions.Item label="Đánh dấu">{[c.complex && 'Phức tạp', c.remote && 'Vùng sâu, vùng xa', c.crowd && 'Đông người', c.prolonged && 'Kéo dài'].filter(Boolean).join(', ')}</Descriptions.Item> : null}
          </Descriptions>
          {c.deadlines.length ? (
            <>
              <Typography.Text strong>Thời hạn theo quy định</Typography.Text>
              <Steps direction="vertical" size="small" current={c.deadlines.findIndex((d) => !d.done)} items={c.deadlines.map((d) => ({
                title: d.stepName,
                status: d.done ? 'finish' : d.due && c.overdue ? 'error' : 'process',
                description: d.due
                  ? `Hạn ${formatDate(d.due)}: ${d.days} ${d.dayKind === 'working' ? 'ngày làm việc' : 'ngày'}${d.extensionDays ? ` và ${d.extensionDays} ngày gia hạn` : ''} kể từ ${formatDate(d.from)} (${d.source})`
                  : 'Tính từ ngày thụ lý.',
              }))} />
              <Typography.Text type="secondary">{c.rulesOnText}</Typography.Text>
            </>
          ) : <Typography.Text type="secondary">Vụ việc không thuộc thẩm quyền: không có thời hạn giải quyết tại đơn vị.</Typography.Text>}
          <Typography.Text strong>Các đơn của vụ việc</Typography.Text>
          <List aria-label="Các đơn của vụ việc" bordered size="small" dataSource={c.letters} renderItem={(l) => (
            <List.Item actions={l.canEdit ? [
              <Button key="edit" size="small" type="link" onClick={() => onEditLetter(l)}>Sửa</Button>,
              <Button key="delete" size="small" type="link" danger onClick={() => setDeleting(l)}>Xóa</Button>,
            ] : []}>
              <List.Item.Meta title={`${formatDate(l.receivedOn)} · ${l.kindName} · ${l.channelName}`} description={<>{l.summary}<br /><Typography.Text type="secondary">Người gửi: {senderText(l)}</Typography.Text></>} />
            </List.Item>
          )} />
        </Space>
      ) : query.isError ? <Alert type="error" showIcon message={errorMessage(query.error)} /> : null}
      {deleting ? (
        <DeleteRecordModal<LetterOut> title={`Xóa đơn nhận ngày ${formatDate(deleting.receivedOn)} khỏi sổ?`} url={`/api/v1/registries/petitions/letters/${deleting.id}/delete`}
          version={deleting.version} explanation="Đơn không còn được tính vào số liệu; bản ghi và lý do được giữ lại. Vụ việc không còn đơn nào cũng được xóa."
          onClose={() => setDeleting(null)} onDeleted={() => {
            setDeleting(null);
            for (const key of ['petition-case', 'petition-cases', 'petition-letters', 'figures']) void client.invalidateQueries({ queryKey: [key] });
            void message.success('Đã xóa đơn khỏi sổ.');
          }} />
      ) : null}
      {handling && c ? (
        <HandleCaseModal kase={c} onClose={() => setHandling(false)} onSaved={(saved) => {
          setHandling(false);
          void client.invalidateQueries({ queryKey: ['petition-case', id] });
          void client.invalidateQueries({ queryKey: ['petition-cases'] });
          void client.invalidateQueries({ queryKey: ['figures'] });
          void message.success(`Đã lưu việc xử lý vụ việc số ${saved.id}.`);
        }} />
      ) : null}
    </Drawer>
  );
}
