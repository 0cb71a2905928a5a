import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, todayIso } from '../../../../src/core/vi-format.js';
import type { HandOverPreview, HandOverResult } from '../../../../src/succession/schema.js';
import { api, errorMessage } from '../../api.js';
import { matchesLabel, unitOptions, useUnits } from '../../units.js';

export type HandOverPart = 'accounts' | 'requests' | 'drafts';

/** The three things an ended unit can pass on, with how many it holds. */
export function handOverOptions(counts?: { accounts: number; requests: number; drafts: number }) {
  const n = (k: keyof NonNullable<typeof counts>) => (counts ? ` (${counts[k]})` : '');
  return [
    { value: 'accounts', label: `Tài khoản${n('accounts')}` },
    { value: 'requests', label: `Yêu cầu báo cáo đang mở${n('requests')}` },
    { value: 'drafts', label: `Dự thảo chưa trình${n('drafts')}` },
  ] satisfies { value: HandOverPart; label: string }[];
}

export const handOverChoiceOf = (parts: readonly HandOverPart[]) =>
  ({ accounts: parts.includes('accounts'), requests: parts.includes('requests'), drafts: parts.includes('drafts') });

function resultText(r: HandOverResult): string {
  const kept = r.draftsKept ? `; ${r.draftsKept} dự thảo để lại vì ${r.to.name} đã có báo cáo cho cùng yêu cầu` : '';
  return `Đã bàn giao cho ${r.to.name}: ${r.accounts} tài khoản, ${r.issuedRequests + r.receivedRequests} yêu cầu báo cáo, ${r.drafts} dự thảo${kept}.`;
}

/**
 * On an ended unit's page (administrators): what it still holds and a hand-over to its successor. Its
 * accounts can read but not write until then (access follows today's tree).
 */
export function HandOverPanel({ code }: { code: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const preview = useQuery({ queryKey: ['hand-over', code], queryFn: () => api.get<HandOverPreview>(`/api/v1/units/${encodeURIComponent(code)}/hand-over`) });
  const today = useUnits(todayIso());
  const [to, setTo] = useState<string | undefined>();
  const [parts, setParts] = useState<HandOverPart[]>(['accounts', 'requests', 'drafts']);
  const submit = useMutation({
    mutationFn: () => api.post<HandOverResult>(`/api/v1/units/${encodeURIComponent(code)}/hand-over`, { to: to ?? preview.data?.successors[0]?.code, ...handOverChoiceOf(parts) }),
    onSuccess: async (result) => {
      void message.success(resultText(result));
      await client.invalidateQueries({ predicate: (q) => ['hand-over', 'users', 'report-requests', 'reports'].includes(String(q.queryKey[0])) });
    },
  });
  const data = preview.data;
  if (!data) return preview.isError ? <Alert type="error" showIcon message={errorMessage(preview.error)} style={{ marginBottom: 16 }} /> : null;
  const requests = data.issuedRequests + data.receivedRequests;
  if (data.accounts.length === 0 && requests === 0 && data.drafts === 0) return null;
  const chosen = to ?? data.successors[0]?.code;
  const options = handOverOptions({ accounts: data.accounts.length, requests, drafts: data.drafts });

  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={`Đơn vị đã hết hiệu lực từ ngày ${formatDate(data.unit.validTo)} nhưng còn việc chưa bàn giao`}
      description={(
        <Form layout="vertical" onFinish={() => submit.mutate()} style={{ marginTop: 8 }}>
          {data.accounts.length ? (
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              Tài khoản ({data.accounts.map((a) => a.fullName).join(', ')}) chỉ xem được, không nhập hay trình được gì cho đến khi chuyển sang đơn vị kế thừa.
            </Typography.Paragraph>
          ) : null}
          <Form.Item label="Bàn giao cho" required style={{ marginBottom: 8 }}>
            <Select
              aria-label="Đơn vị nhận bàn giao"
              value={chosen}
              onChange={setTo}
              showSearch
              filterOption={matchesLabel}
              options={unitOptions((today.data ?? []).filter((u) => !u.validTo))}
              placeholder="Chọn đơn vị kế thừa"
            />
          </Form.Item>
          <Form.Item label="Những gì chuyển sang" style={{ marginBottom: 8 }}>
            <Checkbox.Group options={options} value={parts} onChange={(v) => setParts(v as HandOverPart[])} />
          </Form.Item>
          {submit.error ? <Alert type="error" showIcon role="alert" message={errorMessage(submit.error)} style={{ marginBottom: 8 }} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={!chosen || parts.length === 0}>Bàn giao</Button>
            <Typography.Text type="secondary">Mỗi thứ được chuyển đều ghi vào nhật ký.</Typography.Text>
          </Space>
        </Form>
      )}
    />
  );
}
