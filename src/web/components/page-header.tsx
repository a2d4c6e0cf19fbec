import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Tab title when it differs from the heading. */
  documentTitle?: string;
}

/** The page's single <h1>, its tab title and optional actions on the right. */
export function PageHeader({ title, description, actions, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" mb="xl" gap="md">
      <Stack gap={6} style={{ flex: '1 1 20rem' }}>
        <Title order={1} tabIndex={-1} data-page-title>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="md" maw="48rem">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
