import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** Heading level inside the page (2 by default). */
  order?: 2 | 3;
}

export function EmptyState({ title, children, action, order = 2 }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl" bg="gray.0">
      <Stack align="center" gap="sm" ta="center">
        <svg
          width="40"
          height="40"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="#495057"
          strokeWidth="1.5"
        >
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="M3 9h18M8 13h8M8 16h5" />
        </svg>
        <Title order={order} size="h4">
          {title}
        </Title>
        {children && (
          <Text c="dimmed" maw="36rem">
            {children}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
