import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { roleLabels } from '../../../src/core/access/rules.js';
import { formatDate, formatNumber, formatPercent } from '../../../src/core/vi-format.js';
import type { ProfileOut } from '../../../src/units/profile-schema.js';
import { levelLabels } from '../../../src/units/rules.js';
import { api, errorMessage } from '../api.js';
import { unitName } from '../format.js';
import { visibleSections } from '../sections.js';
import { useReferenceDate, useSession } from '../session.js';
import { ValidityTags } from './units/unitLabels.js';
import { useDashboard } from './report-requests/queries.js';
import { AboveCards } from './dashboard/AboveCards.js';
import { OwnCards } from './dashboard/OwnCards.js';

/** What the level above is told (for a province or district) and what the unit owes; counts open their lists. */
function Work() {
  const board = useDashboard({ fresh: true });
  if (board.isError) return <Alert type="error" showIcon message={`Không tải được số liệu tổng quan: ${errorMessage(board.error)}`} />;
  if (!board.data) return board.isLoading ? <Card loading /> : null;
  const { above, own } = board.data;
  const owesSomething = own !== null && (own.owed.length > 0 || own.returned.length > 0 || own.drafts > 0);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {above ? <AboveCards above={above} /> : null}
      {own ? <OwnCards own={own} showCounts={!above || owesSomething} /> : null}
    </Space>
  );
}

function LatestProfile({ code }: { code: string }) {
  const years = useQuery({
    queryKey: ['profile-years', code],
    queryFn: () => api.get<{ years: number[] }>(`/api/v1/units/${encodeURIComponent(code)}/profiles`),
  });
  const latest = years.data?.years.length ? Math.max(...years.data.years) : null;
  const profile = useQuery({
    queryKey: ['profile', code, latest],
    queryFn: () => api.get<ProfileOut>(`/api/v1/units/${encodeURIComponent(code)}/profiles/${latest}`),
    enabled: latest !== null,
  });
  if (years.isError) return null;
  if (latest === null) {
    return years.isLoading ? null : <Typography.Text type="secondary">Chưa có số liệu đặc điểm tình hình.</Typography.Text>;
  }
  const p = profile.data;
  return (
    <Card size="small" title={`Đặc điểm tình hình năm ${latest}`} extra={<Link to={`/units/${encodeURIComponent(code)}/profile/${latest}`}>Xem chi tiết</Link>} loading={profile.isLoading}>
      {p ? (
        <Row gutter={[16, 12]}>
          <Col xs={12} md={6}><Statistic title="Diện tích tự nhiên (ha)" value={formatNumber(p.figures.naturalAreaHa)} /></Col>
          <Col xs={12} md={6}><Statistic title="Dân số (người)" value={formatNumber(p.figures.population)} /></Col>
          <Col xs={12} md={6}><Statistic title="Tổng số hộ" value={formatNumber(p.figures.households)} /></Col>
          <Col xs={12} md={6}><Statistic title="Tỷ lệ hộ nghèo" value={formatPercent(p.rates.poorRate) || '-'} /></Col>
        </Row>
      ) : null}
    </Card>
  );
}

export function DashboardPage() {
  const session = useSession();
  const { user } = session;
  const ref = useReferenceDate();
  const unit = ref.unit;
  const navigate = useNavigate();
  const links = visibleSections(session).filter((s) => s.path !== '/');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} className="page-title">Xin chào, {user.fullName}</Typography.Title>
      {ref.unitEnded ? (
        <Alert type="warning" showIcon message={`Đơn vị của bạn chấm dứt hoạt động từ ngày ${formatDate(ref.unitEnded)} (sắp xếp đơn vị hành chính). Các trang hiển thị số liệu của đơn vị đến ngày ${formatDate(ref.date)}.`} />
      ) : null}
      <Work />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="Đơn vị của bạn" loading={ref.isLoading} extra={<Link to={`/units?unit=${encodeURIComponent(user.unitCode)}`}>Xem trên cây đơn vị</Link>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="Đơn vị">{unit ? unitName(unit) : user.unitName} {unit?.illustrative ? <Tag color="purple">dữ liệu minh họa</Tag> : null}</Descriptions.Item>
              <Descriptions.Item label="Mã">{user.unitCode}</Descriptions.Item>
              {unit ? <Descriptions.Item label="Cấp">{levelLabels[unit.kind]}</Descriptions.Item> : null}
              {unit ? <Descriptions.Item label="Hiệu lực"><ValidityTags unit={unit} /></Descriptions.Item> : null}
              <Descriptions.Item label="Vai trò">{user.roles.map((r) => <Tag key={r} color="blue">{roleLabels[r]}</Tag>)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="Truy cập nhanh">
            <Space wrap>
              {links.map((s) => (
                <Button key={s.key} icon={s.icon} onClick={() => void navigate(s.path)}>
                  {s.label}{s.comingSoon ? ' (sắp có)' : ''}
                </Button>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
      <LatestProfile code={user.unitCode} />
    </Space>
  );
}
