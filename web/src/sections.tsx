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
import type { DatedConfig, DatedRecord } from './pages/registries/dated/config.js';
import { lazyPage } from './lazy.js';

// Every page is fetched when first opened (lazy.tsx): the login page does not wait for the editor and the registries.
const ComingSoonPage = lazyPage(() => import('./pages/ComingSoonPage.js').then((m) => m.ComingSoonPage));
const DashboardPage = lazyPage(() => import('./pages/DashboardPage.js').then((m) => m.DashboardPage));
const UnitsPage = lazyPage(() => import('./pages/units/UnitsPage.js').then((m) => m.UnitsPage));
const ProfilePage = lazyPage(() => import('./pages/profile/ProfilePage.js').then((m) => m.ProfilePage));
const ProfileRedirect = lazyPage(() => import('./pages/profile/ProfilePage.js').then((m) => m.ProfileRedirect));
const AccountsPage = lazyPage(() => import('./pages/accounts/AccountsPage.js').then((m) => m.AccountsPage));
const AuditLogPage = lazyPage(() => import('./pages/audit/AuditLogPage.js').then((m) => m.AuditLogPage));
const DocumentsPage = lazyPage(() => import('./pages/documents/DocumentsPage.js').then((m) => m.DocumentsPage));
const NewRequestPage = lazyPage(() => import('./pages/report-requests/NewRequestPage.js').then((m) => m.NewRequestPage));
const RequestPage = lazyPage(() => import('./pages/report-requests/RequestPage.js').then((m) => m.RequestPage));
const RequestsPage = lazyPage(() => import('./pages/report-requests/RequestsPage.js').then((m) => m.RequestsPage));
const ReportPage = lazyPage(() => import('./pages/reports/ReportPage.js').then((m) => m.ReportPage));
const ReportsPage = lazyPage(() => import('./pages/reports/ReportsPage.js').then((m) => m.ReportsPage));
const TemplatePage = lazyPage(() => import('./pages/templates/TemplatesPage.js').then((m) => m.TemplatePage));
const TemplatesPage = lazyPage(() => import('./pages/templates/TemplatesPage.js').then((m) => m.TemplatesPage));
const ModelsPage = lazyPage(() => import('./pages/registries/ModelsPage.js').then((m) => m.ModelsPage));
const PetitionsPage = lazyPage(() => import('./pages/registries/petitions/PetitionsPage.js').then((m) => m.PetitionsPage));
const ProceduresPage = lazyPage(() => import('./pages/registries/ProceduresPage.js').then((m) => m.ProceduresPage));

/** The page a login lands on, fetched while the login form is filled in. */
export const preloadHome = () => DashboardPage.preload();

/** A dated registry's page: the shared page and the registry's configuration (its schema) come together. */
function registryPage<T extends DatedRecord>(config: () => Promise<DatedConfig<T>>) {
  return lazyPage(async () => {
    const [{ DatedRegistryPage }, loaded] = await Promise.all([import('./pages/registries/dated/DatedRegistryPage.js'), config()]);
    return function RegistryPage() {
      return <DatedRegistryPage config={loaded} />;
    };
  });
}

const OutreachPage = registryPage(() => import('./pages/registries/dated/outreach.js').then((m) => m.outreachRegistry));
const ReceptionsPage = registryPage(() => import('./pages/registries/dated/receptions.js').then((m) => m.receptionRegistry));
const TrainingsPage = registryPage(() => import('./pages/registries/dated/trainings.js').then((m) => m.trainingRegistry));
const InspectionsPage = registryPage(() => import('./pages/registries/dated/inspections.js').then((m) => m.inspectionRegistry));
const AwardsPage = registryPage(() => import('./pages/registries/dated/awards.js').then((m) => m.awardRegistry));
const DisclosuresPage = registryPage(() => import('./pages/registries/dated/disclosures.js').then((m) => m.disclosureRegistry));
const VoterPetitionsPage = registryPage(() => import('./pages/registries/dated/voter-petitions.js').then((m) => m.voterPetitionRegistry));
const OfficersPage = registryPage(() => import('./pages/registries/dated/officers.js').then((m) => m.officerRegistry));

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
    element: <OutreachPage />,
  },
  {
    key: 'receptions', path: '/registries/receptions', label: 'Tiếp công dân, đối thoại', icon: <CommentOutlined />, group: registries,
    element: <ReceptionsPage />,
  },
  {
    key: 'trainings', path: '/registries/trainings', label: 'Tập huấn, bồi dưỡng', icon: <ReadOutlined />, group: registries,
    element: <TrainingsPage />,
  },
  {
    key: 'inspections', path: '/registries/inspections', label: 'Kiểm tra, giám sát', icon: <FileSearchOutlined />, group: registries,
    element: <InspectionsPage />,
  },
  {
    key: 'awards', path: '/registries/awards', label: 'Khen thưởng', icon: <TrophyOutlined />, group: registries,
    element: <AwardsPage />,
  },
  {
    key: 'disclosures', path: '/registries/disclosures', label: 'Công khai, dân chủ cơ sở', icon: <SoundOutlined />, group: registries,
    element: <DisclosuresPage />,
  },
  {
    key: 'voter-petitions', path: '/registries/voter-petitions', label: 'Kiến nghị cử tri', icon: <MessageOutlined />, group: registries,
    element: <VoterPetitionsPage />,
  },
  {
    key: 'officers', path: '/registries/officers', label: 'Cán bộ phụ trách dân vận', icon: <IdcardOutlined />, group: registries,
    element: <OfficersPage />,
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
