/** Both people changed the same part: show both versions side by side and let the user pick, part by part. */
import { useState } from 'react';
import { Modal, Radio, Space, Typography } from 'antd';
import { diffWords } from 'diff';
import type { Block } from '../../../../../src/content/content-schema.js';
import { blockText, inlineText } from '../../../../../src/content/content-text.js';
import { canKeepBoth, defaultChoice, type ConflictChoice, type MergeConflict } from '../../../../../src/content/merge-rules.js';
import type { PendingMerge } from './useReportDraft.js';
import { formatNumber } from '../../../../../src/core/vi-format.js';

/** A readable text of either side of a conflict. */
export function conflictText(conflict: MergeConflict, side: 'mine' | 'theirs'): string {
  const value = conflict[side] as unknown;
  if (value === null || value === undefined) return '(trống)';
  // A figure the Vietnamese way (715,1), or as the person wrote it ("hơn 256").
  if (typeof value === 'number') return side === 'mine' && conflict.mineText ? conflict.mineText : formatNumber(value, 4);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value.join('\n');
    if (value.every((v) => v && typeof v === 'object' && 'type' in v && (v.type === 'text' || v.type === 'footnote'))) return inlineText(value);
    return `${value.length} mục`;
  }
  if (typeof value === 'object' && 'blocks' in value) return ((value as { blocks: Block[] }).blocks.map(blockText).join('\n')) || '(trống)';
  return JSON.stringify(value);
}

/** One side of a conflict with the words the other side does not have marked. */
function Marked({ conflict, side }: { conflict: MergeConflict; side: 'mine' | 'theirs' }) {
  const parts = diffWords(conflictText(conflict, 'theirs'), conflictText(conflict, 'mine'));
  return (
    <pre>
      {parts.filter((p) => (side === 'mine' ? !p.removed : !p.added)).map((p, i) => (
        <span key={i} className={p.added ? 'diff-added' : p.removed ? 'diff-removed' : undefined}>{p.value}</span>
      ))}
    </pre>
  );
}

interface Props {
  pending: PendingMerge;
  onResolve: (choices: ConflictChoice[]) => void;
  /** Put the merge off: the user's text stays on screen, unsaved. */
  onCancel: () => void;
}

export function MergeDialog({ pending, onResolve, onCancel }: Props) {
  // Starts from keeping both texts of a section (nothing dropped by a quick click), the user's own elsewhere.
  const [choices, setChoices] = useState<ConflictChoice[]>(() => pending.conflicts.map(defaultChoice));
  const who = pending.savedBy ?? 'người khác';
  return (
    <Modal
      open width={960} maskClosable={false}
      title={`${who} vừa lưu báo cáo: ${pending.conflicts.length} phần hai người cùng sửa khác nhau`}
      okText="Gộp và lưu" cancelText="Để sau (chưa lưu)"
      onOk={() => onResolve(choices)} onCancel={onCancel}
    >
      <Typography.Paragraph>
        Các phần còn lại đã được gộp tự động. Với mỗi phần dưới đây, chọn giữ bản của {who}, bản của bạn, hoặc cả
        hai (đoạn của bạn trước, đoạn khác của {who} sau, để bạn sửa lại cho gọn); chữ tô màu là chỗ hai bản khác nhau.
      </Typography.Paragraph>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {pending.conflicts.map((conflict, index) => (
          <div key={index} className="merge-conflict" role="group" aria-label={conflict.label}>
            <Typography.Text strong>{conflict.label}</Typography.Text>
            <Radio.Group
              value={choices[index]}
              onChange={(e) => setChoices((prev) => prev.map((c, i) => (i === index ? e.target.value as ConflictChoice : c)))}
              style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12, width: '100%', marginTop: 6 }}
            >
              <Radio value="theirs" className="merge-side"><b>Bản của {who}</b><Marked conflict={conflict} side="theirs" /></Radio>
              <Radio value="mine" className="merge-side"><b>Bản của bạn</b><Marked conflict={conflict} side="mine" /></Radio>
              {canKeepBoth(conflict) ? <Radio value="both" className="merge-side" style={{ gridColumn: '1 / -1' }}><b>Giữ cả hai</b> (sửa lại cho gọn sau khi gộp)</Radio> : null}
            </Radio.Group>
          </div>
        ))}
      </Space>
    </Modal>
  );
}
