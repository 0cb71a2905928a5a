import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RequestOut, RequestPage, RequestQuery, RequestSummary } from '../../../../src/reports/schema.js';
import type { DashboardOut } from '../../../../src/reports/dashboard-schema.js';
import type { UnitNoticeList } from '../../../../src/notices/schema.js';
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
  /** Why the level above sent the report back (status returned). */
  returnReason: string | null;
}

/** A page of the requests list; keyed under ['requests'], so a change to any request reads them again. */
export const useRequests = (query: RequestQuery) => useQuery({
  queryKey: ['requests', query], queryFn: () => api.get<RequestPage>('/api/v1/report-requests', query), placeholderData: keepPreviousData,
});
export const useRequest = (id: number) => useQuery({ queryKey: ['request', id], queryFn: () => api.get<RequestOut>(`/api/v1/report-requests/${id}`) });
export const useNotices = () => useQuery({ queryKey: ['notices'], queryFn: () => api.get<Notice[]>('/api/v1/notices'), staleTime: 60_000 });
/** The dashboard's counts; the menu reads the reports waiting for acceptance from it too. */
/** `fresh`: read again whenever the page opens (the dashboard itself), not only once a minute (the menu's count). */
export const useDashboard = ({ fresh = false } = {}) => useQuery({
  queryKey: ['dashboard'], queryFn: () => api.get<DashboardOut>('/api/v1/dashboard'), staleTime: 60_000, ...(fresh ? { refetchOnMount: 'always' as const } : {}),
});
export const useUnitNotices = ({ fresh = false } = {}) => useQuery({
  queryKey: ['unit-notices'], queryFn: () => api.get<UnitNoticeList>('/api/v1/unit-notices'), staleTime: 60_000, ...(fresh ? { refetchOnMount: 'always' as const } : {}),
});
