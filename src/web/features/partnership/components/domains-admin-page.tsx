import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../../../shared/schemas/partnership';
import { ConfirmModal } from '../../../components/confirm-modal';
import { EmptyState } from '../../../components/empty-state';
import { LoadingState } from '../../../components/loading-state';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-error';
import { problemMessage } from '../../../lib/api-error';
import { useDomains, useRetireDomain } from '../api/domains';
import { DomainForm } from './domain-form';

/** Administrators edit the grid: add, rename, order, retire or restore domains. */
export function DomainsAdminPage() {
  const { t } = useTranslation();
  const domains = useDomains(true);
  const [notice, setNotice] = useState<string | null>(null);
  const nextPosition = Math.max(0, ...(domains.data ?? []).map((d) => d.position + 1));
  return (
    <>
      <PageHeader
        title={t('partnership.domains.title')}
        description={t('partnership.domains.description')}
      />
      <Stack gap="xl">
        {notice && (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        )}
        {domains.isPending ? (
          <LoadingState />
        ) : domains.isError ? (
          <QueryError error={domains.error} onRetry={() => void domains.refetch()} />
        ) : domains.data.length === 0 ? (
          <EmptyState title={t('partnership.domains.empty')} />
        ) : (
          <DomainTable domains={domains.data} onNotice={setNotice} />
        )}
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="nouveau-domaine">
          <Title order={2} size="h3" id="nouveau-domaine" mb="sm">
            {t('partnership.domains.new')}
          </Title>
          <DomainForm
            nextPosition={nextPosition}
            onDone={(saved) =>
              setNotice(saved ? t('partnership.domains.created', { name: saved.name }) : null)
            }
          />
        </Paper>
      </Stack>
    </>
  );
}

function DomainTable({
  domains,
  onNotice,
}: {
  domains: Domain[];
  onNotice: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const retire = useRetireDomain();
  const [editing, setEditing] = useState<Domain | null>(null);
  const [retiring, setRetiring] = useState<Domain | null>(null);
  const restore = (d: Domain) =>
    retire.mutate(
      { id: d.id, retired: false },
      { onSuccess: () => onNotice(t('partnership.domains.restored', { name: d.name })) },
    );
  return (
    <>
      {!retiring && retire.isError && (
        <Alert color="red" variant="outline" role="alert">
          {problemMessage(retire.error, t)}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table withTableBorder striped bg="white">
          <Table.Caption>{t('partnership.domains.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partnership.domains.fields.position')}</Table.Th>
              <Table.Th scope="col">{t('partnership.domains.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('partnership.domains.fields.description')}</Table.Th>
              <Table.Th scope="col">{t('partnership.domains.usage')}</Table.Th>
              <Table.Th scope="col">{t('partnership.domains.status')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {domains.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.position}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {d.name}
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{d.description || t('common.none')}</Text>
                </Table.Td>
                <Table.Td>{t('partnership.domains.usageCount', { count: d.usage })}</Table.Td>
                <Table.Td>
                  {d.retiredAt ? (
                    <Badge variant="light" color="gray" c="dark.8" radius="sm" miw="max-content">
                      {t('partnership.domains.retired')}
                    </Badge>
                  ) : (
                    <Badge variant="light" color="green" c="dark.8" radius="sm" miw="max-content">
                      {t('partnership.domains.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('partnership.domains.editLabel', { name: d.name })}
                      onClick={() => setEditing(d)}
                    >
                      {t('common.edit')}
                    </Button>
                    {d.retiredAt ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={retire.isPending && retire.variables.id === d.id}
                        aria-label={t('partnership.domains.restoreLabel', { name: d.name })}
                        onClick={() => restore(d)}
                      >
                        {t('partnership.domains.restore')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('partnership.domains.retireLabel', { name: d.name })}
                        onClick={() => {
                          retire.reset();
                          setRetiring(d);
                        }}
                      >
                        {t('partnership.domains.retire')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('partnership.domains.editTitle', { name: editing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        size="lg"
      >
        {editing && (
          <DomainForm
            domain={editing}
            nextPosition={editing.position}
            onDone={(saved) => {
              setEditing(null);
              if (saved) onNotice(t('partnership.domains.updated', { name: saved.name }));
            }}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={retiring !== null}
        title={t('partnership.domains.retireTitle', { name: retiring?.name ?? '' })}
        confirmLabel={t('partnership.domains.retire')}
        loading={retire.isPending}
        error={problemMessage(retire.error, t)}
        onClose={() => setRetiring(null)}
        onConfirm={() =>
          retiring &&
          retire.mutate(
            { id: retiring.id, retired: true },
            {
              onSuccess: () => {
                onNotice(t('partnership.domains.retiredNotice', { name: retiring.name }));
                setRetiring(null);
              },
            },
          )
        }
      >
        <Stack gap="xs">
          <Text>{t('partnership.domains.retireEffect')}</Text>
          <Text size="sm">
            {t('partnership.domains.retireUsage', { count: retiring?.usage ?? 0 })}
          </Text>
        </Stack>
      </ConfirmModal>
    </>
  );
}
