import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../../shared/schemas/communities';

const PARIS = 'Europe/Paris';

/** Formats a meeting as the seed lists them: date, Paris start and end times, mode. */
export function useMeetingFormat() {
  const { t, i18n } = useTranslation();
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'full', timeZone: PARIS });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: PARIS,
    });
  return {
    line: (m: Pick<Meeting, 'startsAt' | 'endsAt' | 'mode'>) =>
      t('pages.community.meetingLine', {
        date: date(m.startsAt),
        start: time(m.startsAt),
        end: time(m.endsAt),
        mode: t(`enums.meetingMode.${m.mode}`),
      }),
  };
}

/** The community's meetings, each leading to its page (agenda, minutes, .ics). */
export function MeetingList({ slug, meetings }: { slug: string; meetings: Meeting[] }) {
  const { t } = useTranslation();
  const format = useMeetingFormat();
  if (meetings.length === 0) return <Text c="dimmed">{t('pages.community.noMeeting')}</Text>;
  return (
    <List spacing={4}>
      {meetings.map((m) => (
        <List.Item key={m.id}>
          <Anchor component={Link} to={`/communautes/${slug}/rencontres/${m.id}`}>
            {m.title}
          </Anchor>
          {` – ${format.line(m)}`}
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
