import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkshops } from '../api/workshops';
import { binomePath } from '../lib/paths';

/** "Mon binôme": the reader's binômes in the latest workshops; nothing when there is none. */
export function MyBinomesShortcut() {
  const { t, i18n } = useTranslation();
  const workshops = useWorkshops('all', 1, 50);
  const mine = (workshops.data?.items ?? []).filter((w) => w.myBinomeId);
  if (mine.length === 0) return null;
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, {
      dateStyle: 'long',
      timeZone: 'Europe/Paris',
    });
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      bg="binome.0"
      component="section"
      aria-labelledby="mon-binome"
    >
      <Title order={2} size="h3" id="mon-binome" mb="xs">
        {t('partnership.myBinome.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('partnership.myBinome.intro')}
      </Text>
      <List spacing={4}>
        {mine.map((w) => (
          <List.Item key={w.id}>
            <Anchor component={Link} to={binomePath(w.myBinomeId ?? '')} fw={700}>
              {t('partnership.myBinome.link', { title: w.title, date: date(w.startsAt) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
