import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paginated } from '../../../../shared/schemas/common';
import type {
  AttendanceStatus,
  Meeting,
  MeetingDetail,
  MeetingListQuery,
  MeetingValues,
} from '../../../../shared/schemas/communities';
import { api } from '../../../lib/api-client';

const base = (slug: string) => `/api/communities/${encodeURIComponent(slug)}`;
export const meetingIcsUrl = (slug: string, id: string) =>
  `${base(slug)}/meetings/${id}/calendar.ics`;

export type MeetingPeriod = MeetingListQuery['when'];

/** Coming (soonest first) or past meetings, a page at a time. */
export function useMeetingList(slug: string, when: MeetingPeriod, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['communities', 'meetings', slug, when, page, pageSize],
    queryFn: ({ signal }) =>
      api<Paginated<Meeting>>(`${base(slug)}/meetings`, {
        query: { when, page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(slug: string, id: string) {
  return useQuery({
    queryKey: ['communities', 'meeting', slug, id],
    queryFn: ({ signal }) => api<MeetingDetail>(`${base(slug)}/meetings/${id}`, { signal }),
  });
}

/** Creates (no id) or updates a meeting; the community page and the meeting are refreshed. */
export function useSaveMeeting(slug: string, id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingValues) =>
      api<MeetingDetail>(id ? `${base(slug)}/meetings/${id}` : `${base(slug)}/meetings`, {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['communities'] }),
  });
}

export function useDeleteMeeting(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>(`${base(slug)}/meetings/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['communities'] }),
  });
}

export function useSetAttendance(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { userId: string; status: AttendanceStatus }) =>
      api<null>(`${base(slug)}/meetings/${id}/attendance`, { method: 'PUT', body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['communities', 'meeting', slug, id] }),
  });
}

export function useCalendarFeed(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['communities', 'feed', slug],
    queryFn: ({ signal }) => api<{ url: string }>(`${base(slug)}/calendar-feed`, { signal }),
    enabled,
  });
}

/** Attaches (POST) or detaches (DELETE) a community document; the meeting comes back updated. */
function useMeetingDocumentLink(slug: string, id: string, method: 'POST' | 'DELETE') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      method === 'POST'
        ? api<MeetingDetail>(`${base(slug)}/meetings/${id}/documents`, {
            method,
            body: { documentId },
          })
        : api<MeetingDetail>(`${base(slug)}/meetings/${id}/documents/${documentId}`, { method }),
    onSuccess: (meeting) => queryClient.setQueryData(['communities', 'meeting', slug, id], meeting),
  });
}
export const useAttachMeetingDocument = (slug: string, id: string) =>
  useMeetingDocumentLink(slug, id, 'POST');
export const useDetachMeetingDocument = (slug: string, id: string) =>
  useMeetingDocumentLink(slug, id, 'DELETE');
