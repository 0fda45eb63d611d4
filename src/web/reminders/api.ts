// Queries and changes for reminders: my notifications (the header's count and the list) and my
// reminder preferences (the account page).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../platform/api';

export interface Notification {
  id: string;
  caseCode: string;
  kind: string;
  label: string;
  date: string;
  daysBefore: number;
  createdAt: string;
  read: boolean;
}

export interface ReminderPreferences {
  byEmail: boolean;
  emailAvailable: boolean;
  kinds: Record<string, number[]>;
}

const keys = {
  notifications: (lang: string) => ['notifications', lang] as const,
  preferences: ['reminders', 'preferences'] as const,
};

export const useNotifications = (lang: string, enabled = true) =>
  useQuery({
    queryKey: keys.notifications(lang),
    queryFn: () => api.get<{ notifications: Notification[]; unread: number }>(`/api/notifications?lang=${encodeURIComponent(lang)}`),
    enabled,
    staleTime: 60_000,
  });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => api.post<void>(id ? `/api/notifications/${encodeURIComponent(id)}/read` : '/api/notifications/read'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export const usePreferences = () => useQuery({ queryKey: keys.preferences, queryFn: () => api.get<ReminderPreferences>('/api/reminders/preferences') });

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { byEmail?: boolean; kinds?: Record<string, number[]> }) => request<ReminderPreferences>('PUT', '/api/reminders/preferences', body),
    onSuccess: (saved) => queryClient.setQueryData(keys.preferences, saved),
  });
}
