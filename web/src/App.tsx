import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { api, errorMessage, setUnauthorizedHandler } from './api.js';
import { AppLayout } from './layout/AppLayout.js';
import { FirstRunPage } from './pages/FirstRunPage.js';
import { LoginPage, markSessionEnded } from './pages/LoginPage.js';
import { sectionElement, visibleSections } from './sections.js';
import { SessionProvider, sessionKey, useSessionQuery } from './session.js';

export function App() {
  const session = useSessionQuery();
  // A new installation with no account opens on the page that creates the first administrator.
  const firstRun = useQuery({ queryKey: ['first-run'], queryFn: () => api.get<{ needed: boolean }>('/api/v1/setup'), staleTime: Infinity, enabled: session.data === null });
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
    return <div style={{ padding: 80, textAlign: 'center' }}><Spin size="large" tip="Đang tải..."><div /></Spin></div>;
  }
  if (session.isError) {
    return (
      <Result status="error" title="Không kết nối được với máy chủ" subTitle={errorMessage(session.error)}
        extra={<Button type="primary" onClick={() => void session.refetch()}>Thử lại</Button>} />
    );
  }
  if (!session.data) {
    if (firstRun.data?.needed) return <FirstRunPage />;
    if (location.pathname !== '/login') {
      const back = location.pathname + location.search;
      return <Navigate to={`/login${back !== '/' ? `?next=${encodeURIComponent(back)}` : ''}`} replace />;
    }
    return <LoginPage />;
  }
  const list = visibleSections(session.data);
  return (
    <SessionProvider session={session.data}>
      <Routes>
        <Route path="/login" element={<AfterLogin />} />
        <Route element={<AppLayout />}>
          {list.map((s) => <Route key={s.key} path={s.path} element={sectionElement(s)} />)}
          {list.flatMap((s) => (s.extraRoutes ?? []).map((r) => <Route key={r.path} path={r.path} element={r.element} />))}
          <Route path="*" element={<Result status="404" title="Không tìm thấy trang" subTitle="Địa chỉ này không có trong hệ thống, hoặc bạn không có quyền xem." />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}

/** Back to the page the user was sent away from (only paths inside the app). */
function AfterLogin() {
  const [params] = useSearchParams();
  const next = params.get('next');
  return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;
}
