import { Anchor, Badge, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResourceSummary } from '../../../../shared/schemas/communities';

/** "Pour aller plus loin": one card per resource, each leading to its own page. */
export function ResourceCards({ slug, resources }: { slug: string; resources: ResourceSummary[] }) {
  const { t } = useTranslation();
  if (resources.length === 0) return <Text c="dimmed">{t('pages.community.none')}</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {resources.map((r) => (
        <li key={r.slug}>
          <Card withBorder radius="md" padding="md" h="100%">
            <Stack gap={6}>
              <Badge variant="light" color="teal" c="dark.8" style={{ alignSelf: 'flex-start' }}>
                {t(`enums.resourceType.${r.type}`)}
              </Badge>
              <Anchor component={Link} to={`/communautes/${slug}/ressources/${r.slug}`} fw={600}>
                {r.title}
              </Anchor>
              {r.subtitle && (
                <Text size="sm" c="dimmed">
                  {r.subtitle}
                </Text>
              )}
            </Stack>
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
