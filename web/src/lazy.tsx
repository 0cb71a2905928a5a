/**
 * Pages fetched the first time they are opened: the login page then loads only its own code, which on a
 * commune's 3G line is the difference between a form in seconds and a grey screen (issue 12 §4).
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';

/** What the content area shows while a page's code arrives. */
export function PageLoading() {
  return (
    <div role="status" style={{ padding: 64, textAlign: 'center' }}>
      <Spin size="large" />
      <div style={{ marginTop: 12, color: '#666' }}>Đang tải trang…</div>
    </div>
  );
}

/**
 * A page's code could not be fetched: the line dropped, or danvan was updated and the old files are gone.
 * Reloading brings the current version.
 */
function PageLoadFailed() {
  return (
    <Result status="warning" title="Không tải được trang này"
      subTitle="Đường truyền bị gián đoạn, hoặc hệ thống vừa được cập nhật. Tải lại trang để tiếp tục."
      extra={<Button type="primary" onClick={() => window.location.reload()}>Tải lại trang</Button>} />
  );
}

/**
 * A component whose module is imported on first render; `load` picks the export. `preload()` fetches it
 * ahead, while the user is busy elsewhere (typing a password), so opening it waits for nothing.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () => (loading ??= load().then(
    (component) => ({ default: component }),
    // Shown instead of React Router's English error page; React keeps it until the page is reloaded.
    () => ({ default: PageLoadFailed as ComponentType<P> }),
  ));
  return Object.assign(lazy(once), { preload: () => void once() });
}

/** A route's element, with the loading state in place of the page while its code arrives. */
export function suspended(element: ReactNode) {
  return <Suspense fallback={<PageLoading />}>{element}</Suspense>;
}
