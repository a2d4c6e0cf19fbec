import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/schemas/communities';

const PARIS = 'Europe/Paris';

/** Meetings as the seed lists them: date, Paris start and end times, mode (and link for members). */
export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const { t, i18n } = useTranslation();
  if (meetings.length === 0) return <Text c="dimmed">{t('pages.community.noMeeting')}</Text>;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'full', timeZone: PARIS });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: PARIS,
    });
  return (
    <List spacing={4}>
      {meetings.map((m) => (
        <List.Item key={m.id}>
          {t('pages.community.meetingLine', {
            title: m.title,
            date: date(m.startsAt),
            start: time(m.startsAt),
            end: time(m.endsAt),
            mode: t(`enums.meetingMode.${m.mode}`),
          })}
          {m.place && ` (${m.place})`}
          {m.link && (
            <>
              {' – '}
              <Anchor href={m.link}>{t('pages.community.joinVisio')}</Anchor>
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}
