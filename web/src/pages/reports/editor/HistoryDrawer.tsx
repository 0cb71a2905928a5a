/** The versions of a report and, between any two, what changed, with the changed words marked. */
import { useState } from 'react';
import { App, Button, Drawer, Empty, List, Select, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { diffWords } from 'diff';
import { groupVersions, type VersionRow } from './versionGroups.js';
import type { ReportContent } from '../../../../../src/content/meta-schema.js';
import { api, errorMessage } from '../../../api.js';
import { formatDateTime } from '../../../format.js';

interface Change { label: string; before: string; after: string }

const reasonLabels: Record<string, string> = { create: 'Tạo dự thảo', save: 'Lưu', autosave: 'Tự động lưu', merge: 'Gộp thay đổi', restore: 'Khôi phục', hand_over: 'Chuyển cho đơn vị kế thừa' };

function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <div className="word-diff">
      {diffWords(before, after).map((part, i) => (
        <span key={i} className={part.added ? 'diff-added' : part.removed ? 'diff-removed' : undefined}>{part.value}</span>
      ))}
    </div>
  );
}

interface Props {
  reportId: number;
  open: boolean;
  onClose: () => void;
  /** Given when the caller may edit: brings an older version back as a new one. Null while there are unsaved changes. */
  onRestore: ((content: ReportContent, version: number) => Promise<void>) | null | undefined;
}

export function HistoryDrawer({ reportId, open, onClose, onRestore }: Props) {
  const { modal, message } = App.useApp();
  const versions = useQuery({ queryKey: ['report-versions', reportId], queryFn: () => api.get<VersionRow[]>(`/api/v1/reports/${reportId}/versions`), enabled: open });
  const list = versions.data ?? [];
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const from = pair?.from ?? list[1]?.version ?? null;
  const to = pair?.to ?? list[0]?.version ?? null;
  const diff = useQuery({
    queryKey: ['report-diff', reportId, from, to],
    queryFn: () => api.get<Change[]>(`/api/v1/reports/${reportId}/diff`, { from, to }),
    enabled: open && from !== null && to !== null,
  });
  const confirmRestore = (version: number) => modal.confirm({
    title: `Khôi phục phiên bản ${version}?`, okText: 'Khôi phục', cancelText: 'Hủy',
    content: 'Nội dung của phiên bản này trở thành một phiên bản mới; các phiên bản sau nó vẫn còn trong lịch sử.',
    onOk: async () => {
      try {
        const { content } = await api.get<{ content: ReportContent }>(`/api/v1/reports/${reportId}/versions/${version}`);
        await onRestore!(content, version);
        void versions.refetch();
        void message.success(`Đã khôi phục phiên bản ${version} thành phiên bản mới.`);
        onClose();
      } catch (err) {
        modal.error({ title: 'Chưa khôi phục được', content: errorMessage(err) });
      }
    },
  });
  // Any version but the current one can come back; a run of autosaves offers its last one.
  const restoreButton = (v: VersionRow) => (onRestore !== undefined && v.version !== list[0]?.version ? (
    <Tooltip title={onRestore === null ? 'Hãy lưu thay đổi đang có trước khi khôi phục.' : undefined}>
      <Button size="small" disabled={onRestore === null} onClick={() => confirmRestore(v.version)}>Khôi phục</Button>
    </Tooltip>
  ) : null);
  const options = list.map((v) => ({ value: v.version, label: `Phiên bản ${v.version} · ${formatDateTime(v.savedAt)} · ${v.savedBy ?? 'hệ thống'}` }));
  return (
    <Drawer open={open} onClose={onClose} width={Math.min(900, window.innerWidth)} title="Lịch sử phiên bản">
      {versions.isLoading ? <Spin /> : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <List
            size="small" bordered dataSource={groupVersions(list)} style={{ maxHeight: 260, overflow: 'auto' }}
            renderItem={(entry) => entry.kind === 'autosaves' ? (
              <List.Item>
                <Space wrap>
                  <Tag>{entry.first.version}–{entry.last.version}</Tag>Tự động lưu ({entry.rows.length} lần)
                  <Typography.Text type="secondary">{formatDateTime(entry.first.savedAt)} – {formatDateTime(entry.last.savedAt)} · {entry.savedBy ?? 'hệ thống'}</Typography.Text>
                </Space>
                {restoreButton(entry.last)}
              </List.Item>
            ) : (
              <List.Item>
                <Space wrap>
                  <Tag>{entry.row.version}</Tag>{reasonLabels[entry.row.reason] ?? entry.row.reason}
                  <Typography.Text type="secondary">{formatDateTime(entry.row.savedAt)} · {entry.row.savedBy ?? 'hệ thống'}</Typography.Text>
                </Space>
                {restoreButton(entry.row)}
              </List.Item>
            )}
          />
          {list.length < 2 ? <Typography.Text type="secondary">Mới có một phiên bản.</Typography.Text> : (
            <>
              <Space wrap>
                So sánh <Select aria-label="Phiên bản cũ" style={{ width: 330 }} value={from} options={options} onChange={(v) => setPair({ from: v, to: to! })} />
                với <Select aria-label="Phiên bản mới" style={{ width: 330 }} value={to} options={options} onChange={(v) => setPair({ from: from!, to: v })} />
              </Space>
              {diff.isLoading ? <Spin /> : (diff.data ?? []).length === 0 ? <Empty description="Hai phiên bản giống nhau" /> : (
                <section aria-label="Những thay đổi">
                  <List
                    dataSource={diff.data}
                    renderItem={(c) => (
                      <List.Item style={{ display: 'block' }}>
                        <Typography.Text strong>{c.label}</Typography.Text>
                        <WordDiff before={c.before} after={c.after} />
                      </List.Item>
                    )}
                  />
                </section>
              )}
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
