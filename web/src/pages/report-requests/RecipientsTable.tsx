/** Every recipient's state on a request page: a table on a laptop, cards on a phone. */
import { Link } from 'react-router';
import { Grid, List, Table, Tag, Typography } from 'antd';
import type { RequestOut } from '../../../../src/reports/schema.js';
import { formatDate, formatDateTime, formatDayOf } from '../../format.js';
import { RecipientStatusTag } from '../reports/reportLabels.js';

type Recipient = RequestOut['recipients'][number];

const opened = (x: Recipient) => (x.reportId && x.status !== 'drafting' && x.status !== 'not_started' ? <Link to={`/reports/${x.reportId}`}>Xem báo cáo</Link> : null);
const ended = (x: Recipient) => (x.unitEnded ? <Tag style={{ marginLeft: 6 }}>đã kết thúc {formatDate(x.unitEnded)}</Tag> : null);

export function RecipientsTable({ recipients }: { recipients: Recipient[] }) {
  const phone = !Grid.useBreakpoint().md;
  const label = 'Tình hình nộp của các đơn vị';
  if (phone) {
    return (
      <List aria-label={label} dataSource={recipients} renderItem={(x) => (
        <List.Item className={x.late ? 'row-late' : undefined} actions={[opened(x)].filter(Boolean)}>
          <List.Item.Meta title={<>{x.unitName}{ended(x)}</>} description={
            <>
              <RecipientStatusTag status={x.status} />
              <Typography.Text type="secondary">
                {[x.firstSubmittedAt ? `nhận ${formatDayOf(x.firstSubmittedAt)}` : null, x.acceptedAt ? `tiếp nhận ${formatDayOf(x.acceptedAt)}` : null, x.reportNumber ? `số ${x.reportNumber}` : null].filter(Boolean).join(' · ')}
              </Typography.Text>
            </>
          } />
        </List.Item>
      )} />
    );
  }
  return (
    <Table
      aria-label={label} rowKey="unitCode" dataSource={recipients} pagination={false} tableLayout="fixed" scroll={{ x: 860 }}
      rowClassName={(x) => (x.late ? 'row-late' : '')}
      columns={[
        { title: 'Đơn vị', key: 'unit', ellipsis: true, render: (_, x) => <span>{x.unitName}{ended(x)}</span> },
        { title: 'Tình trạng', key: 'status', width: 150, render: (_, x) => <RecipientStatusTag status={x.status} /> },
        { title: 'Ngày nhận', key: 'received', width: 110, render: (_, x) => <span title={formatDateTime(x.firstSubmittedAt)}>{formatDayOf(x.firstSubmittedAt)}</span> },
        { title: 'Ngày tiếp nhận', key: 'accepted', width: 120, render: (_, x) => <span title={formatDateTime(x.acceptedAt)}>{formatDayOf(x.acceptedAt)}</span> },
        { title: 'Số văn bản', key: 'number', width: 120, render: (_, x) => (x.reportNumber ?? '') },
        { title: 'Thao tác', key: 'open', width: 120, fixed: 'right', render: (_, x) => opened(x) },
      ]}
    />
  );
}
