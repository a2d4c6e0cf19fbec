import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { Import } from '../../../../../shared/schemas/experience';
import { useImportFormat } from '../lib/format';
import { useImportsT } from '../lib/use-imports-t';

/**
 * While the job works: the phase, a progress bar (its value is read by assistive technologies
 * when they reach it; nothing is announced every second) and the counts so far.
 */
export function ImportProgress({ item }: { item: Import }) {
  const format = useImportFormat();
  const k = useImportsT('progress');
  const phase =
    item.status === 'queued'
      ? k('queued')
      : item.status === 'importing'
        ? k('importing', {
            read: format.bytes(item.bytesRead),
            total: format.bytes(item.fileBytes),
          })
        : k('analysing', {
            done: format.number(item.rowsAnalysed),
            total: format.number(item.rowsInserted),
          });
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Text>{phase}</Text>
        <Group gap="md" wrap="nowrap">
          <Progress
            value={item.progress}
            aria-label={k('label', { file: item.fileName })}
            size="xl"
            radius="md"
            animated
            style={{ flex: 1 }}
          />
          <Text fw={700} miw="4ch" ta="right">
            {k('percent', { value: item.progress })}
          </Text>
        </Group>
        {/* Once the file is read, the report below gives the counts. */}
        {item.status !== 'analysing' && (
          <Text size="sm">
            {k('counts', {
              read: format.number(item.rowsRead),
              inserted: format.number(item.rowsInserted),
              duplicates: format.number(item.rowsDuplicate),
              rejected: format.number(item.rowsRejected),
            })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {k('leave')}
        </Text>
      </Stack>
    </Paper>
  );
}
