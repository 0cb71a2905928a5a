import { useQuery } from '@tanstack/react-query';
import type { RequestOut, RequestSummary } from '../../../../src/reports/schema.js';
import { api } from '../../api.js';

export interface Notice {
  requestId: number;
  subject: string;
  issuingUnitName: string;
  deadline: string;
  daysLeft: number;
  text: string;
  status: NonNullable<RequestSummary['mine']>['status'];
  reportId: number | null;
}

export const useRequests = () => useQuery({ queryKey: ['requests'], queryFn: () => api.get<RequestSummary[]>('/api/v1/report-requests') });
export const useRequest = (id: number) => useQuery({ queryKey: ['request', id], queryFn: () => api.get<RequestOut>(`/api/v1/report-requests/${id}`) });
export const useNotices = () => useQuery({ queryKey: ['notices'], queryFn: () => api.get<Notice[]>('/api/v1/notices'), staleTime: 60_000 });
