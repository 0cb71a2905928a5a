/**
 * The files of a registry record (photos, scanned decisions): listed with their size, downloaded by a
 * click; who may edit the record adds a file (with its upload progress) and removes one with a reason.
 */
import { useState } from 'react';
import { Alert, App, Button, Input, List, Modal, Progress, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage, uploadFile, withQuery } from '../../api.js';
import { formatDateTime } from '../../format.js';
import { formatNumber } from '../../../../src/core/vi-format.js';

interface Attachment {
  id: number;
  fileName: string;
  kindName: string;
  size: number;
  createdAt: string;
  createdBy: string | null;
  deleted: { at: string; by: string | null; reason: string } | null;
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`);

export function Attachments({ recordUrl, canEdit }: { recordUrl: string; canEdit: boolean }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const key = ['attachments', recordUrl];
  const files = useQuery({ queryKey: key, queryFn: () => api.get<Attachment[]>(`${recordUrl}/attachments`) });
  const [sent, setSent] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: (file: Attachment) => api.post(`${recordUrl}/attachments/${file.id}/delete`, { reason }),
    onSuccess: () => { setRemoving(null); setReason(''); void client.invalidateQueries({ queryKey: key }); void message.success('Đã gỡ tệp đính kèm.'); },
  });

  const send = async (file: File) => {
    setUploadError(null);
    setSent(0);
    try {
      await uploadFile(withQuery(`${recordUrl}/attachments`, { name: file.name }), file, setSent);
      void client.invalidateQueries({ queryKey: key });
      void message.success(`Đã đính kèm "${file.name}".`);
    } catch (err) {
      setUploadError(err);
    } finally {
      setSent(null);
    }
  };

  const kept = files.data?.filter((f) => !f.deleted) ?? [];
  return (
    <section aria-label="Tệp đính kèm">
      <Typography.Title level={5}>Tệp đính kèm</Typography.Title>
      {files.isError ? <Alert type="error" showIcon message={errorMessage(files.error)} /> : (
        <List size="small" loading={files.isLoading} dataSource={kept} locale={{ emptyText: 'Chưa có tệp nào.' }}
          renderItem={(f) => (
            <List.Item actions={canEdit ? [<Button key="remove" type="link" danger size="small" onClick={() => setRemoving(f)}>Gỡ</Button>] : []}>
              <List.Item.Meta avatar={<PaperClipOutlined />} title={<Typography.Link href={`${recordUrl}/attachments/${f.id}`}>{f.fileName}</Typography.Link>}
                description={`${f.kindName}, ${sizeText(f.size)} · ${formatDateTime(f.createdAt)}${f.createdBy ? `, ${f.createdBy}` : ''}`} />
            </List.Item>
          )} />
      )}
      {canEdit ? (
        <>
          <Upload accept=".jpg,.jpeg,.png,.pdf,.docx,.xlsx" showUploadList={false} beforeUpload={(f) => { void send(f); return false; }}>
            <Button icon={<UploadOutlined />} loading={sent !== null} style={{ marginTop: 8 }}>Đính kèm tệp</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>Ảnh JPEG, PNG, bản quét PDF, Word hoặc Excel; tối đa 10 MB một tệp.</Typography.Text>
          {sent !== null ? <Progress percent={Math.round(sent * 100)} size="small" status="active" aria-label="Tiến độ tải tệp" /> : null}
          {uploadError ? <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" message={errorMessage(uploadError)} /> : null}
        </>
      ) : null}
      {removing ? (
        <Modal open title={`Gỡ tệp "${removing.fileName}"?`} okText="Gỡ" okButtonProps={{ danger: true, disabled: !reason.trim(), loading: remove.isPending }} cancelText="Hủy"
          onOk={() => remove.mutate(removing)} onCancel={() => setRemoving(null)}>
          <Input.TextArea aria-label="Lý do gỡ tệp" placeholder="Lý do (bắt buộc)" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} />
          {remove.isError ? <Alert style={{ marginTop: 8 }} type="error" showIcon message={errorMessage(remove.error)} /> : null}
        </Modal>
      ) : null}
    </section>
  );
}
