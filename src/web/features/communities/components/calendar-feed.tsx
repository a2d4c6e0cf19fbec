import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed } from '../api/meetings';

/** The subscribable iCalendar address, for members to add to their own calendar. */
export function CalendarFeed({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const feed = useCalendarFeed(slug, true);
  if (!feed.data) return null;
  return (
    <div className="no-print">
      <TextInput
        id="abonnement-calendrier"
        label={t('pages.community.feed')}
        description={t('pages.community.feedHint')}
        value={feed.data.url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        maw="48rem"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('pages.community.feedPrivate')}
      </Text>
    </div>
  );
}
