/** One record of a dated registry: its facts, who changed it last, and (for who may) edit and delete with a reason. */
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Space } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../../api.js';
import { formatDateTime } from '../../../format.js';
import { DeleteRecordModal } from '../DeleteRecordModal.js';
import type { DatedConfig, DatedRecord } from './config.js';
import { WarningsAlert } from './show.js';
import { Attachments } from '../Attachments.js';

export const recordKey = (config: { key: string }, id: number) => [`${config.key}-record`, id] as const;

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || v === false;

interface Props<T extends DatedRecord> {
  config: DatedConfig<T>;
  id: number;
  onClose: () => void;
  onEdit: (record: T) => void;
}

export function DatedDrawer<T extends DatedRecord>({ config, id, onClose, onEdit }: Props<T>) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [deleting, setDeleting] = useState(false);
  const query = useQuery({ queryKey: recordKey(config, id), queryFn: () => api.get<T>(`${config.api}/${id}`) });
  const r = query.data;
  const noun = config.noun.charAt(0).toUpperCase() + config.noun.slice(1);
  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={r ? config.name(r) : noun} loading={query.isLoading}
      extra={r?.canEdit ? <Space><Button onClick={() => onEdit(r)}>Sửa</Button><Button danger onClick={() => setDeleting(true)}>Xóa</Button></Space> : null}>
      {r ? (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {r.deleted ? <Alert type="warning" showIcon message={`Đã xóa khỏi sổ ${formatDateTime(r.deleted.at)}${r.deleted.by ? ` bởi ${r.deleted.by}` : ''}`} description={`Lý do: ${r.deleted.reason}`} /> : null}
          {r.illustrative ? <Alert type="info" showIcon message={`Dữ liệu minh họa: ${config.illustrativeNote}`} /> : null}
          <WarningsAlert spec={config.warnings} record={r} />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Đơn vị">{r.unitName}</Descriptions.Item>
            {config.details.map((d) => {
              const value = d.render(r);
              return isEmpty(value) ? null : <Descriptions.Item key={d.label} label={d.label}>{value}</Descriptions.Item>;
            })}
            <Descriptions.Item label="Cập nhật">{formatDateTime(r.updatedAt)}{r.updatedBy ? `, ${r.updatedBy}` : ''} (phiên bản {r.version})</Descriptions.Item>
          </Descriptions>
          <Attachments recordUrl={`${config.api}/${r.id}`} canEdit={r.canEdit} />
        </Space>
      ) : query.isError ? <Alert type="error" showIcon message={errorMessage(query.error)} /> : null}
      {deleting && r ? (
        <DeleteRecordModal<T> title={`Xóa ${config.noun} "${config.name(r)}" khỏi sổ?`} url={`${config.api}/${r.id}/delete`} version={r.version}
          explanation={`${noun} không còn được tính vào số liệu từ nay; bản ghi và lý do được giữ lại để tra cứu các báo cáo đã nộp.`}
          onClose={() => setDeleting(false)} onDeleted={(d) => {
            setDeleting(false);
            client.setQueryData(recordKey(config, id), d);
            void client.invalidateQueries({ queryKey: [config.key] });
            void client.invalidateQueries({ queryKey: ['figures'] });
            void message.success(`Đã xóa ${config.noun} "${config.name(d)}" khỏi sổ.`);
          }} />
      ) : null}
    </Drawer>
  );
}
