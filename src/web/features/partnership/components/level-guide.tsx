import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';

/** The four levels, from information to co-construction, each explained with an example. */
export function LevelGuide() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="niveaux-partenariat">
      <Title order={2} size="h3" id="niveaux-partenariat" mb="xs">
        {t('partnership.levels.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('partnership.levels.intro')}
      </Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {PARTNERSHIP_LEVELS.map((level, index) => (
          <li key={level}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Badge variant="light" color="binome" c="dark.8" radius="sm" miw="2rem">
                {index + 1}
              </Badge>
              <div>
                <Text fw={700}>{t(`partnership.levels.${level}.name`)}</Text>
                <Text size="sm">{t(`partnership.levels.${level}.description`)}</Text>
                <Text size="sm" c="dimmed">
                  {t('partnership.levels.example', {
                    example: t(`partnership.levels.${level}.example`),
                  })}
                </Text>
              </div>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
