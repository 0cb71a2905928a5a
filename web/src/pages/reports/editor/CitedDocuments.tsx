/** The documents the report cites, found in its text: registered ones linked, the others one click from the registry. */
import { Link } from 'react-router';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResolvedReference } from '../../../../../src/documents/schema.js';
import { contentText } from '../../../../../src/content/content-text.js';
import type { ReportContent } from '../../../../../src/content/meta-schema.js';
import { api, errorMessage } from '../../../api.js';
import { useDebounced } from '../../../useDebounced.js';

export function CitedDocuments({ content, canRegister }: { content: ReportContent; canRegister: boolean }) {
  const text = useDebounced(contentText(content), 1_500);
  const client = useQueryClient();
  const refs = useQuery({ queryKey: ['cited', text], queryFn: () => api.post<ResolvedReference[]>('/api/v1/documents/resolve', { text }), staleTime: 60_000 });
  const register = useMutation({
    mutationFn: (r: ResolvedReference) => api.post('/api/v1/documents', { numberText: r.number, kind: r.kind, issuedOn: r.date, issuer: r.issuer ?? '', summary: '' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['cited'] }),
  });
  const list = refs.data ?? [];
  const missing = list.filter((r) => r.matches.length === 0).length;
  return (
    <Card size="small" title={refs.isError ? 'Văn bản được dẫn trong báo cáo' : `Văn bản được dẫn trong báo cáo (${list.length})`} extra={missing ? <Tag color="orange">{missing} chưa có trong sổ</Tag> : null}>
      {refs.isError ? (
        // A failed lookup is not "no citation": say what the server said, and let the writer ask again.
        <Alert type="error" showIcon message="Không tìm được các văn bản được dẫn trong báo cáo." description={errorMessage(refs.error)}
          action={<Button size="small" loading={refs.isFetching} onClick={() => void refs.refetch()}>Thử lại</Button>} />
      ) : (
        <List
          size="small" loading={refs.isLoading} dataSource={list} locale={{ emptyText: 'Báo cáo chưa dẫn văn bản nào.' }}
          renderItem={(r) => (
            <List.Item>
              <Space wrap size={6}>
                {r.matches[0] ? <Link to={`/documents?id=${r.matches[0].id}`}>{r.matches[0].citation}</Link> : <Typography.Text>{r.text}</Typography.Text>}
                {r.matches.length ? <Tag color="green">Trong sổ văn bản</Tag> : canRegister ? (
                  <Button size="small" loading={register.isPending && register.variables === r} onClick={() => register.mutate(r)}>Thêm vào sổ</Button>
                ) : <Tag>Chưa có trong sổ</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
      {register.isError ? <Typography.Text type="danger">{errorMessage(register.error)}</Typography.Text> : null}
    </Card>
  );
}
