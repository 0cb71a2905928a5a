import { Tag } from 'antd';
import { reportStatusLabels, type ReportStatus } from '../../../../src/reports/workflow-rules.js';
import { recipientStatusLabels, type RecipientStatus } from '../../../../src/reports/progress-rules.js';

const statusColors: Record<ReportStatus, string> = { draft: 'default', submitted: 'processing', returned: 'warning', accepted: 'success' };
export const ReportStatusTag = ({ status }: { status: ReportStatus }) => <Tag color={statusColors[status]}>{reportStatusLabels[status]}</Tag>;

const recipientColors: Record<RecipientStatus, string> = {
  not_started: 'default', drafting: 'blue', submitted_on_time: 'processing', submitted_late: 'orange', returned: 'warning', accepted: 'success',
};
export const RecipientStatusTag = ({ status }: { status: RecipientStatus }) => <Tag color={recipientColors[status]}>{recipientStatusLabels[status]}</Tag>;
