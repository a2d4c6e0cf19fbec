import { Anchor, Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MIN_GROUP_SIZE, type Dashboard } from '../../../../../shared/schemas/experience';
import { useFormatters } from '../lib/use-formatters';
import { Section } from './section';

/** Comments per service, each with a bar; small services counted together. */
export function ServicesSection({
  data,
  serviceHref,
}: {
  data: Dashboard;
  /** The dashboard restricted to one service. */
  serviceHref: (service: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const services = [...data.services].sort((a, b) => b.comments - a.comments);
  if (services.length === 0 && data.otherServices === 0) return null;
  const max = Math.max(data.otherServices, ...services.map((s) => s.comments), 1);
  const title = t('experience.dashboard.services.title');
  const bar = (value: number) => (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Text size="sm">{f.count(value)}</Text>
      <Box w={160} h={10} bg="gray.1" aria-hidden="true" style={{ flex: '0 0 auto' }}>
        <Box h="100%" w={`${(100 * value) / max}%`} bg="#0b5c76" />
      </Box>
    </Group>
  );
  return (
    <Section
      title={title}
      description={t('experience.dashboard.services.description', { min: MIN_GROUP_SIZE })}
    >
      <Table.ScrollContainer minWidth={420}>
        <Table withTableBorder striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }} mb="xs">
            {title}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('experience.dashboard.columns.service')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.dashboard.columns.comments')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((s) => (
              <Table.Tr key={s.service}>
                <Table.Th scope="row" fw={500}>
                  {s.service ? (
                    <Anchor component={Link} to={serviceHref(s.service)}>
                      {s.service}
                    </Anchor>
                  ) : (
                    t('experience.noService')
                  )}
                </Table.Th>
                <Table.Td>{bar(s.comments)}</Table.Td>
              </Table.Tr>
            ))}
            {data.otherServices > 0 && (
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('experience.dashboard.services.others', { min: MIN_GROUP_SIZE })}
                </Table.Th>
                <Table.Td>{bar(data.otherServices)}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
