/**
 * The whole system in one list: the side menu and the routes are both built from it, so a module appears
 * in the menu exactly when it has a page (or a "Sắp có" page describing what will come).
 */
import type { ReactNode } from 'react';
import {
  ApartmentOutlined, AuditOutlined, BarChartOutlined, BookOutlined, CommentOutlined, DashboardOutlined, FileSearchOutlined, FileTextOutlined,
  FolderOpenOutlined, HistoryOutlined, IdcardOutlined, InboxOutlined, MessageOutlined, NotificationOutlined, OrderedListOutlined, ProfileOutlined,
  ReadOutlined, SolutionOutlined, SoundOutlined, TeamOutlined, TrophyOutlined,
} from '@ant-design/icons';
import type { SessionOut } from '../../src/accounts/schema.js';
import { ComingSoonPage } from './pages/ComingSoonPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { UnitsPage } from './pages/units/UnitsPage.js';
import { ProfilePage, ProfileRedirect } from './pages/profile/ProfilePage.js';
import { AccountsPage } from './pages/accounts/AccountsPage.js';
import { AuditLogPage } from './pages/audit/AuditLogPage.js';
import { DocumentsPage } from './pages/documents/DocumentsPage.js';
import { NewRequestPage } from './pages/report-requests/NewRequestPage.js';
import { RequestPage } from './pages/report-requests/RequestPage.js';
import { RequestsPage } from './pages/report-requests/RequestsPage.js';
import { ReportPage } from './pages/reports/ReportPage.js';
import { ReportsPage } from './pages/reports/ReportsPage.js';
import { TemplatePage, TemplatesPage } from './pages/templates/TemplatesPage.js';
import { ModelsPage } from './pages/registries/ModelsPage.js';
import { PetitionsPage } from './pages/registries/petitions/PetitionsPage.js';
import { ProceduresPage } from './pages/registries/ProceduresPage.js';
import { DatedRegistryPage } from './pages/registries/dated/DatedRegistryPage.js';
import { awardRegistry } from './pages/registries/dated/awards.js';
import { disclosureRegistry } from './pages/registries/dated/disclosures.js';
import { inspectionRegistry } from './pages/registries/dated/inspections.js';
import { officerRegistry } from './pages/registries/dated/officers.js';
import { outreachRegistry } from './pages/registries/dated/outreach.js';
import { receptionRegistry } from './pages/registries/dated/receptions.js';
import { trainingRegistry } from './pages/registries/dated/trainings.js';
import { voterPetitionRegistry } from './pages/registries/dated/voter-petitions.js';

export interface ComingSoon {
  summary: string;
  features: string[];
}

export interface Section {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  /** The menu heading the entry sits under. */
  group?: string;
  element?: ReactNode;
  /** Further routes that belong to the section (its menu entry stays selected there). */
  extraRoutes?: { path: string; element: ReactNode }[];
  /** Other path prefixes that select this menu entry. */
  matches?: (pathname: string) => boolean;
  visible?: (session: SessionOut) => boolean;
  comingSoon?: ComingSoon;
}

const registries = 'Sổ theo dõi';

export const sections: Section[] = [
  { key: 'dashboard', path: '/', label: 'Tổng quan', icon: <DashboardOutlined />, element: <DashboardPage /> },
  {
    key: 'units', path: '/units', label: 'Đơn vị hành chính', icon: <ApartmentOutlined />, element: <UnitsPage />,
    matches: (p) => p === '/units' || (p.startsWith('/units/') && !p.includes('/profile')),
  },
  {
    key: 'profile', path: '/profile', label: 'Đặc điểm tình hình', icon: <ProfileOutlined />, element: <ProfileRedirect />,
    extraRoutes: [
      { path: '/units/:code/profile', element: <ProfileRedirect /> },
      { path: '/units/:code/profile/:year', element: <ProfilePage /> },
    ],
    matches: (p) => p.startsWith('/units/') && p.includes('/profile'),
  },
  { key: 'models', path: '/registries/models', label: 'Mô hình "Dân vận khéo"', icon: <BookOutlined />, group: registries, element: <ModelsPage /> },
  { key: 'petitions', path: '/registries/petitions', label: 'Đơn thư, vụ việc', icon: <InboxOutlined />, group: registries, element: <PetitionsPage /> },
  {
    key: 'outreach', path: '/registries/outreach', label: 'Tuyên truyền, phổ biến', icon: <NotificationOutlined />, group: registries,
    element: <DatedRegistryPage config={outreachRegistry} />,
  },
  {
    key: 'receptions', path: '/registries/receptions', label: 'Tiếp công dân, đối thoại', icon: <CommentOutlined />, group: registries,
    element: <DatedRegistryPage config={receptionRegistry} />,
  },
  {
    key: 'trainings', path: '/registries/trainings', label: 'Tập huấn, bồi dưỡng', icon: <ReadOutlined />, group: registries,
    element: <DatedRegistryPage config={trainingRegistry} />,
  },
  {
    key: 'inspections', path: '/registries/inspections', label: 'Kiểm tra, giám sát', icon: <FileSearchOutlined />, group: registries,
    element: <DatedRegistryPage config={inspectionRegistry} />,
  },
  {
    key: 'awards', path: '/registries/awards', label: 'Khen thưởng', icon: <TrophyOutlined />, group: registries,
    element: <DatedRegistryPage config={awardRegistry} />,
  },
  {
    key: 'disclosures', path: '/registries/disclosures', label: 'Công khai, dân chủ cơ sở', icon: <SoundOutlined />, group: registries,
    element: <DatedRegistryPage config={disclosureRegistry} />,
  },
  {
    key: 'voter-petitions', path: '/registries/voter-petitions', label: 'Kiến nghị cử tri', icon: <MessageOutlined />, group: registries,
    element: <DatedRegistryPage config={voterPetitionRegistry} />,
  },
  {
    key: 'officers', path: '/registries/officers', label: 'Cán bộ phụ trách dân vận', icon: <IdcardOutlined />, group: registries,
    element: <DatedRegistryPage config={officerRegistry} />,
  },
  {
    key: 'procedures', path: '/registries/procedures', label: 'Thủ tục hành chính', icon: <SolutionOutlined />, group: registries,
    element: <ProceduresPage />,
  },
  {
    key: 'report-requests', path: '/report-requests', label: 'Yêu cầu báo cáo', icon: <FileTextOutlined />, element: <RequestsPage />,
    extraRoutes: [
      { path: '/report-requests/new', element: <NewRequestPage /> },
      { path: '/report-requests/:id', element: <RequestPage /> },
    ],
  },
  {
    key: 'reports', path: '/reports', label: 'Báo cáo', icon: <AuditOutlined />, element: <ReportsPage />,
    extraRoutes: [{ path: '/reports/:id', element: <ReportPage /> }],
  },
  {
    key: 'documents', path: '/documents', label: 'Sổ văn bản', icon: <FolderOpenOutlined />, element: <DocumentsPage />,
  },
  {
    key: 'templates', path: '/report-templates', label: 'Đề cương báo cáo', icon: <OrderedListOutlined />, element: <TemplatesPage />,
    extraRoutes: [{ path: '/report-templates/:id', element: <TemplatePage /> }],
  },
  {
    key: 'rankings', path: '/rankings', label: 'Tổng hợp & xếp hạng', icon: <BarChartOutlined />,
    comingSoon: {
      summary: 'Tổng hợp số liệu của các đơn vị cấp dưới và chấm điểm, xếp hạng công tác dân vận hằng năm.',
      features: [
        'Cộng dồn số liệu, kể cả của các đơn vị đã sáp nhập hoặc chia tách.',
        'Chấm điểm theo bộ tiêu chí của tỉnh, xếp loại và xếp hạng.',
        'Bảng điều khiển cho lãnh đạo.',
      ],
    },
  },
  {
    key: 'accounts', path: '/accounts', label: 'Tài khoản', icon: <TeamOutlined />, element: <AccountsPage />,
    visible: (s) => s.permissions.manageAccounts,
  },
  { key: 'audit', path: '/audit', label: 'Nhật ký thay đổi', icon: <HistoryOutlined />, element: <AuditLogPage /> },
];

export function visibleSections(session: SessionOut): Section[] {
  return sections.filter((s) => !s.visible || s.visible(session));
}

export function sectionElement(section: Section): ReactNode {
  return section.element ?? <ComingSoonPage section={section} />;
}

export function activeSection(pathname: string, list: readonly Section[]): Section | undefined {
  return list.find((s) => s.matches?.(pathname)) ?? list.find((s) => s.path !== '/' && pathname.startsWith(s.path)) ?? list.find((s) => s.path === pathname);
}
