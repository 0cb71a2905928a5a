import { Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { api, errorMessage, setUnauthorizedHandler } from './api.js';
import { lazyPage, PageLoading, suspended } from './lazy.js';
import { LoginPage, markSessionEnded } from './pages/LoginPage.js';
import { preloadHome, sectionElement, visibleSections } from './sections.js';
import { SessionProvider, sessionKey, useSessionQuery } from './session.js';

// The login page is in the first script; the menu and the first-run page come when needed.
const AppLayout = lazyPage(() => import('./layout/AppLayout.js').then((m) => m.AppLayout));
const FirstRunPage = lazyPage(() => import('./pages/FirstRunPage.js').then((m) => m.FirstRunPage));

export function App() {
  const session = useSessionQuery();
  // A new installation with no account opens on the page that creates the first administrator.
  // Asked alongside the session, not after it: on a 3G line a second round trip is half a second more of waiting.
  const firstRun = useQuery({ queryKey: ['first-run'], queryFn: () => api.get<{ needed: boolean }>('/api/v1/setup'), staleTime: Infinity, enabled: !session.data });
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      // Ended under the user's hands (expired, or logged out elsewhere): the login page says so.
      if (client.getQueryData(sessionKey)) markSessionEnded();
      client.setQueryData(sessionKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [client, navigate]);

  if (session.isLoading || (session.data === null && firstRun.isLoading)) {
    return <Starting />;
  }
  if (session.isError) {
    return (
      <Result status="error" title="Không kết nối được với máy chủ" subTitle={errorMessage(session.error)}
        extra={<Button type="primary" onClick={() => void session.refetch()}>Thử lại</Button>} />
    );
  }
  if (!session.data) {
    if (firstRun.data?.needed) return suspended(<FirstRunPage />);
    if (location.pathname !== '/login') {
      const back = location.pathname + location.search;
      return <Navigate to={`/login${back !== '/' ? `?next=${encodeURIComponent(back)}` : ''}`} replace />;
    }
    return <><LoginPage /><WarmUp /></>;
  }
  const list = visibleSections(session.data);
  return (
    <SessionProvider session={session.data}>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/login" element={<AfterLogin />} />
          <Route element={<AppLayout />}>
            {list.map((s) => <Route key={s.key} path={s.path} element={suspended(sectionElement(s))} />)}
            {list.flatMap((s) => (s.extraRoutes ?? []).map((r) => <Route key={r.path} path={r.path} element={suspended(r.element)} />))}
            <Route path="*" element={<Result status="404" title="Không tìm thấy trang" subTitle="Địa chỉ này không có trong hệ thống, hoặc bạn không có quyền xem." />} />
          </Route>
        </Routes>
      </Suspense>
    </SessionProvider>
  );
}

/** While the login form is filled in, the menu and the first page come down the line, so signing in waits for neither. */
function WarmUp() {
  useEffect(() => {
    AppLayout.preload();
    preloadHome();
  }, []);
  return null;
}

/** The placeholder of index.html (its styles are there), kept while the session is asked: one screen, not two. */
function Starting() {
  return (
    <div className="boot">
      <div className="boot-card" role="status">
        <b>danvan</b>
        <small>Hệ thống quản lý công tác Dân vận chính quyền</small>
        <div className="boot-spin" aria-hidden="true" />
        Đang tải danvan…
      </div>
    </div>
  );
}

/** Back to the page the user was sent away from (only paths inside the app). */
function AfterLogin() {
  const [params] = useSearchParams();
  const next = params.get('next');
  return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;
}
