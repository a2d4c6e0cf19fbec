import { List, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** How to set up a tablet once, so that the kiosk then works without network. */
export function KioskSetupHelp() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {t('experience.kiosk.setup.title')}
      </Title>
      <List type="ordered" spacing="xs" maw="48rem">
        <List.Item>{t('experience.kiosk.setup.step1')}</List.Item>
        <List.Item>{t('experience.kiosk.setup.step2')}</List.Item>
        <List.Item>{t('experience.kiosk.setup.step3')}</List.Item>
        <List.Item>{t('experience.kiosk.setup.step4')}</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="sm" maw="48rem">
        {t('experience.kiosk.setup.privacy')}
      </Text>
    </Paper>
  );
}
