/** The year's petition figures of a unit, as the report will print them: computed from this registry. */
import { Card, InputNumber, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { FiguresOut } from '../../../../../src/indicators/schema.js';
import { api } from '../../../api.js';

const shown = [
  ['petition.letters', 'Đơn tiếp nhận'],
  ['petition.cases', 'Vụ việc'],
  ['petition.cases_resolved', 'Đã giải quyết xong'],
  ['petition.resolution_rate', 'Tỷ lệ giải quyết'],
] as const;

export function PetitionFigures({ unitCode, unitName, year, onYear }: { unitCode: string; unitName: string; year: number; onYear: (y: number) => void }) {
  const figures = useQuery({
    queryKey: ['figures', unitCode, String(year)],
    queryFn: () => api.get<FiguresOut>(`/api/v1/units/${encodeURIComponent(unitCode)}/figures`, { period: String(year) }),
  });
  return (
    <Card size="small" aria-label="Số liệu đơn thư trong năm">
      <Space wrap size={24} align="center">
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">{unitName}, năm</Typography.Text>
          <InputNumber aria-label="Năm số liệu" min={2000} max={2200} value={year} onChange={(v) => { if (v && v >= 2000 && v <= 2200) onYear(v); }} style={{ width: 100 }} />
        </Space>
        {shown.map(([code, label]) => (
          <Statistic key={code} title={label} loading={figures.isLoading} value={figures.data?.[code]?.formatted || (code === 'petition.resolution_rate' ? '—' : '0')} />
        ))}
      </Space>
    </Card>
  );
}
