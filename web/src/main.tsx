import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, unstableSetRender } from 'antd';
// antd's default locale entry silently stays English under Vite 8 (STACK.md): import the es build.
import viVN from 'antd/es/locale/vi_VN.js';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import 'dayjs/locale/vi.js';
import { ApiError } from './api.js';
import { App } from './App.js';
import './styles.css';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

// antd 5 renders its pop-ups through ReactDOM.render, which React 19 removed: give it createRoot.
unstableSetRender((node, container) => {
  const holder = container as Element & { _reactRoot?: Root };
  holder._reactRoot ??= createRoot(container);
  const root = holder._reactRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Client errors (403, 404...) are answers, not glitches: do not retry them.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/** A field with the keyboard in it is blue, never the red of the brand that errors also wear. */
const focus = { activeBorderColor: '#1d4ed8', hoverBorderColor: '#3b82f6', activeShadow: '0 0 0 2px rgba(29, 78, 216, 0.18)' };
const theme = {
  token: { colorPrimary: '#b91c1c', borderRadius: 6, fontFamily: "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif" },
  components: {
    Input: focus,
    InputNumber: focus,
    DatePicker: focus,
    Select: { activeBorderColor: focus.activeBorderColor, hoverBorderColor: focus.hoverBorderColor, activeOutlineColor: 'rgba(29, 78, 216, 0.18)' },
  },
};

// A data router, so a page with unsaved changes can hold a navigation (useLeaveGuard); App keeps its <Routes>.
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
