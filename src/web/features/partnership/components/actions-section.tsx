import { Alert, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail, PartnershipAction } from '../../../../shared/schemas/partnership';
import { RemovalModal, useRemoval } from './removal-modal';
import { useDeleteAction } from '../api/binomes';
import { ActionForm } from './action-form';

/** An action prefilled from a gap; `key` changes on every click so the form starts again. */
export interface ActionDraft {
  title: string;
  domainId: string;
  key: number;
}

/** Actions decided together: what, who, by when, where it stands. */
export function ActionsSection({
  binome: b,
  draft,
  onDraftDone,
}: {
  binome: BinomeDetail;
  draft: ActionDraft | null;
  /** The prefilled action was saved or dropped. */
  onDraftDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteAction(b.id);
  const [editing, setEditing] = useState<{ action: PartnershipAction; at: number } | null>(null);
  const [notice, setNotice] = useState(false);
  const removal = useRemoval<PartnershipAction>(remove);
  const domainName = (id: string | null) =>
    b.domains.find((d) => d.id === id)?.name ?? t('common.none');
  const date = (day: string | null) =>
    day
      ? new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'medium' })
      : t('common.none');
  // The latest request wins: a click on "edit" or on a gap replaces what the form showed.
  const edit = editing && (!draft || editing.at > draft.key) ? editing.action : null;
  const formKey = edit ? `edit-${edit.id}-${editing?.at}` : `new-${draft?.key ?? 0}`;

  return (
    <section aria-labelledby="actions-partenariat">
      <Title order={2} size="h3" id="actions-partenariat" mb="xs">
        {t('partnership.actions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw="48rem">
        {t('partnership.actions.intro')}
      </Text>
      {b.actions.length === 0 ? (
        <Text c="dimmed" mb="md">
          {t('partnership.actions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720} mb="md">
          <Table withTableBorder striped bg="white">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partnership.actions.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('partnership.domain')}</Table.Th>
                <Table.Th scope="col">{t('partnership.actions.fields.owner')}</Table.Th>
                <Table.Th scope="col">{t('partnership.actions.fields.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('partnership.actions.fields.status')}</Table.Th>
                {!b.readOnly && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.actions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={500}>
                    {a.title}
                  </Table.Th>
                  <Table.Td>{domainName(a.domainId)}</Table.Td>
                  <Table.Td>{a.owner || t('common.none')}</Table.Td>
                  <Table.Td>{date(a.dueOn)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={a.status === 'fait' ? 'green' : 'gray'}
                      c="dark.8"
                      radius="sm"
                      miw="max-content"
                    >
                      {t(`partnership.actionStatus.${a.status}`)}
                    </Badge>
                  </Table.Td>
                  {!b.readOnly && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('partnership.actions.editLabel', { title: a.title })}
                          onClick={() => {
                            setNotice(false);
                            setEditing({ action: a, at: Date.now() });
                          }}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('partnership.actions.deleteLabel', { title: a.title })}
                          onClick={() => removal.ask(a)}
                        >
                          {t('common.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {notice && (
        <Alert color="green" variant="light" role="status" mb="sm">
          {t('partnership.actions.saved')}
        </Alert>
      )}
      {!b.readOnly && (
        <ActionForm
          key={formKey}
          binome={b}
          action={edit}
          draft={edit ? null : draft}
          onDone={(saved) => {
            setEditing(null);
            setNotice(saved);
            onDraftDone();
          }}
        />
      )}
      <RemovalModal
        {...removal.modalProps}
        title={t('partnership.actions.deleteTitle')}
        message={(title) => t('partnership.actions.deleteConfirm', { title })}
      />
    </section>
  );
}
