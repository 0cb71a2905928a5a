import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionOut } from '../../src/accounts/schema.js';
import { addDays, todayIso } from '../../src/core/vi-format.js';
import type { UnitSummary } from '../../src/units/schema.js';
import { ApiError, api, setCsrfToken } from './api.js';

export const sessionKey = ['session'] as const;

/** GET /auth/me; null when nobody is logged in. */
export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      try {
        const session = await api.get<SessionOut>('/api/v1/auth/me');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

const SessionContext = createContext<SessionOut | null>(null);

export function SessionProvider({ session, children }: { session: SessionOut; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The logged-in session; only used below the authenticated layout. */
export function useSession(): SessionOut {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() ngoài vùng đã đăng nhập');
  return session;
}

export function useCanWriteData(): boolean {
  const { user } = useSession();
  return user.roles.some((r) => r === 'admin' || r === 'manager' || r === 'editor');
}

/** Requests go down from a unit's leaders (managers) or an administrator; others do not see the way in. */
export function useCanSendRequests(): boolean {
  const { user } = useSession();
  return user.roles.some((r) => r === 'admin' || r === 'manager');
}

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } finally {
      setCsrfToken(null);
      client.setQueryData(sessionKey, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    }
  };
}

export interface ReferenceDate {
  /** The date the unit tree and lists default to. */
  date: string;
  /** The user's own unit (today's record, or its last state when it has ended). */
  unit: UnitSummary | undefined;
  /** Set when the user's unit no longer exists: the exclusive end date. */
  unitEnded: string | null;
  isLoading: boolean;
}

/**
 * Today, unless the user's own unit has ended (the 2025 reform dissolved many): then the day before it
 * ended, so the user still sees their unit and its neighbours.
 */
export function useReferenceDate(): ReferenceDate {
  const { user } = useSession();
  const query = useQuery({
    queryKey: ['unit', user.unitCode],
    queryFn: () => api.get<UnitSummary>(`/api/v1/units/${encodeURIComponent(user.unitCode)}`),
    staleTime: 60_000,
  });
  const today = todayIso();
  const validTo = query.data?.validTo ?? null;
  const ended = validTo !== null && validTo <= today ? validTo : null;
  return { date: ended ? addDays(ended, -1) : today, unit: query.data, unitEnded: ended, isLoading: query.isLoading };
}
