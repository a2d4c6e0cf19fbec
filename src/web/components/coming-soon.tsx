import { Badge, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface ComingSoonProps {
  /** What the module will do, in 2–3 sentences. */
  description: string;
  /** Main capabilities planned, from the product brief. */
  features: string[];
}

/** Honest placeholder of a module that is not built yet: what it will do, no fake data. */
export function ComingSoon({ description, features }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="md" maw="48rem">
        <Badge color="yellow.3" c="dark.9" variant="filled" size="lg" radius="sm">
          {t('comingSoon.badge')}
        </Badge>
        <Text size="lg">{description}</Text>
        <Title order={2} size="h4">
          {t('comingSoon.plannedTitle')}
        </Title>
        <List spacing="xs">
          {features.map((feature) => (
            <List.Item key={feature}>{feature}</List.Item>
          ))}
        </List>
        <Text c="dimmed" size="sm">
          {t('comingSoon.note')}
        </Text>
        <div>
          <Button component={Link} to="/" variant="outline">
            {t('comingSoon.back')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
