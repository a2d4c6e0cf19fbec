import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  ImportReport as Report,
  ImportRejection,
} from '../../../../../shared/schemas/experience';
import { COMMENT_MAX_LENGTH } from '../../../../../shared/schemas/experience';
import { ESTABLISHMENT_PARAM, experiencePaths } from '../../lib/paths';
import { useImportFormat } from '../lib/format';
import { useImportsT } from '../lib/use-imports-t';

/** The validation report: what was read, added, already there, rejected (and why). */
export function ImportReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useImportFormat();
  const k = useImportsT('report');
  const keep = `?${ESTABLISHMENT_PARAM}=${report.establishmentId}`;
  const figures = [
    { key: 'read', value: report.rowsRead },
    { key: 'inserted', value: report.rowsInserted },
    { key: 'duplicates', value: report.rowsDuplicate },
    { key: 'rejected', value: report.rowsRejected },
  ];
  return (
    <Stack gap="lg">
      <div>
        {report.status === 'failed' && (
          <Alert color="red" variant="outline" role="alert" mb="md" title={k('failedTitle')}>
            {t(`experience.imports.errors.${report.error ?? 'internal'}`, {
              defaultValue: t('experience.imports.errors.internal'),
            })}
          </Alert>
        )}
        {report.status === 'done' && (
          <Text mb="md">
            {report.rowsInserted > 0 ? k('done', { count: report.rowsInserted }) : k('nothingNew')}
          </Text>
        )}
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="md" m={0}>
          {figures.map((figure) => (
            <Paper key={figure.key} withBorder radius="md" p="md">
              <Text component="dt" size="sm" c="dimmed" fw={600}>
                {k(`figures.${figure.key}`)}
              </Text>
              <Text component="dd" m={0} fz="xl" fw={700}>
                {format.number(figure.value)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        {report.status === 'done' && report.rowsInserted > 0 && (
          <Group mt="md" gap="sm">
            <Button component={Link} to={experiencePaths.dashboard + keep}>
              {k('toDashboard')}
            </Button>
            <Button component={Link} variant="default" to={experiencePaths.imports + keep}>
              {k('another')}
            </Button>
          </Group>
        )}
      </div>
      {report.rowsRejected > 0 && <Rejections report={report} />}
      {(report.status === 'failed' || (report.status === 'done' && report.rowsInserted === 0)) && (
        <Anchor component={Link} to={experiencePaths.imports + keep}>
          {k('another')}
        </Anchor>
      )}
    </Stack>
  );
}

function Rejections({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useImportFormat();
  const k = useImportsT('report');
  const value = (rejection: ImportRejection) => {
    if (rejection.value === null) return t('common.none');
    if (rejection.reason === 'textTooLong')
      return k('characters', {
        count: Number(rejection.value),
        formatted: format.number(Number(rejection.value)),
      });
    return rejection.value;
  };
  return (
    <section aria-labelledby="rapport-rejets">
      <Title order={3} id="rapport-rejets" mb="xs">
        {k('rejectionsTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {k('rejectionsHint')}
      </Text>
      {report.rejections.length < report.rowsRejected && (
        <Alert color="blue" variant="outline" c="dark.8" mb="sm">
          {k('firstOnly', {
            count: report.rejections.length,
            total: format.number(report.rowsRejected),
          })}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped bg="white" verticalSpacing="xs">
          <Table.Caption>{k('rejectionsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="right">
                {k('columns.row')}
              </Table.Th>
              <Table.Th scope="col">{k('columns.reason')}</Table.Th>
              <Table.Th scope="col">{k('columns.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rejections.map((rejection) => (
              <Table.Tr key={rejection.row}>
                <Table.Th scope="row" ta="right" fw={500}>
                  {format.number(rejection.row)}
                </Table.Th>
                <Table.Td>
                  {t(`experience.imports.rejections.${rejection.reason}`, {
                    max: format.number(COMMENT_MAX_LENGTH),
                  })}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-word' }}>{value(rejection)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
