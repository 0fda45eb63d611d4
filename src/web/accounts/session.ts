import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../platform/api';
import type { Language } from '../platform/i18n';

export const ROLES = ['admin', 'lawyer', 'legal-worker', 'support-worker', 'educator', 'researcher'] as const;
export type Role = (typeof ROLES)[number];
export type SessionStage = 'mfa-enrol' | 'mfa-verify' | 'active';

export interface Session {
  stage: SessionStage;
  csrfToken: string;
  /** role: the practice role; isAdmin: the admin duty (manages people, gives no case access). */
  user: { id: string; displayName: string; email: string; role: Role; isAdmin: boolean; language: Language; discreetMode: boolean };
  organisation: { id: string; name: string };
}

export const sessionKey = ['session'] as const;

export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000, retry: 1 });
}

/** Stores a session object returned by the server (e.g. after changing preferences). */
export function storeSession(queryClient: QueryClient, session: Session | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(sessionKey, session);
}

/** Where a person at this stage belongs. */
export function pathForStage(session: Session | null): string {
  if (!session) return '/sign-in';
  if (session.stage === 'mfa-enrol') return '/mfa/enrol';
  if (session.stage === 'mfa-verify') return '/mfa/verify';
  return '/';
}
