import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationList,
  NotificationSettings,
} from '../../../../shared/schemas/notifications';
import { api } from '../../../lib/api-client';

const base = '/api/notifications';

export function useNotifications(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['notifications', 'list', page, pageSize],
    queryFn: ({ signal }) => api<NotificationList>(base, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The number shown by the header's bell, refreshed every minute. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) => api<NotificationList>(base, { query: { pageSize: 1 }, signal }),
    select: (list) => list.unread,
    refetchInterval: 60_000,
    enabled,
  });
}

function useNotificationsWrite<V>(send: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export const useMarkRead = () =>
  useNotificationsWrite((id: string) =>
    api<null>(`${base}/${id}/read`, { method: 'POST', body: {} }),
  );

export const useMarkAllRead = () =>
  useNotificationsWrite(() =>
    api<{ marked: number }>(`${base}/read-all`, { method: 'POST', body: {} }),
  );

export function useNotificationSettings() {
  return useQuery({
    queryKey: ['notifications', 'settings'],
    queryFn: ({ signal }) => api<NotificationSettings>(`${base}/settings`, { signal }),
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettings) =>
      api<NotificationSettings>(`${base}/settings`, { method: 'PUT', body }),
    onSuccess: (settings) => queryClient.setQueryData(['notifications', 'settings'], settings),
  });
}
