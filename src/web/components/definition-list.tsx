import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface DefinitionListProps {
  items: { label: string; value: ReactNode }[];
  cols?: number;
}

/** Label/value pairs as a real <dl>, laid out in columns on wide screens. */
export function DefinitionList({ items, cols = 2 }: DefinitionListProps) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} size="md">
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
