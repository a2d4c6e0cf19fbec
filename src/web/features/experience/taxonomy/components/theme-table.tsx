import { Badge, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../../shared/schemas/experience';
import { MergeDialog, RetireDialog } from './theme-dialogs';
import { ThemeForm } from './theme-form';

/** Every theme with its use, its state and what an administrator may do with it. */
export function ThemeTable({
  themes,
  onNotice,
}: {
  themes: Theme[];
  onNotice: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const [editing, setEditing] = useState<Theme | null>(null);
  const [retiring, setRetiring] = useState<Theme | null>(null);
  const [merging, setMerging] = useState<Theme | null>(null);
  const labelOf = (code: string) => {
    const theme = themes.find((other) => other.code === code);
    return theme ? (i18n.language === 'en' ? theme.labelEn : theme.labelFr) : code;
  };
  const done = (message: string) => {
    setRetiring(null);
    setMerging(null);
    onNotice(message);
  };
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder striped bg="white" verticalSpacing="sm">
          <Table.Caption>{t('experience.taxonomy.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('experience.taxonomy.fields.code')}</Table.Th>
              <Table.Th scope="col">{t('experience.taxonomy.labels')}</Table.Th>
              <Table.Th scope="col">{t('experience.taxonomy.fields.description')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.taxonomy.comments')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('experience.taxonomy.reviewed')}
              </Table.Th>
              <Table.Th scope="col">{t('experience.taxonomy.status')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {themes.map((theme) => {
              const name = i18n.language === 'en' ? theme.labelEn : theme.labelFr;
              return (
                <Table.Tr key={theme.code}>
                  <Table.Td>
                    <Text component="code" size="sm" ff="monospace">
                      {theme.code}
                    </Text>
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {theme.labelFr}
                    <Text size="sm" c="dimmed" lang="en">
                      {theme.labelEn}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{theme.description || t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td ta="right">{count.format(theme.comments)}</Table.Td>
                  <Table.Td ta="right">{count.format(theme.reviewed)}</Table.Td>
                  <Table.Td>
                    {theme.mergedInto ? (
                      <Badge
                        variant="light"
                        color="gray"
                        c="dark.8"
                        radius="sm"
                        tt="none"
                        miw="max-content"
                      >
                        {t('experience.taxonomy.mergedInto', { into: labelOf(theme.mergedInto) })}
                      </Badge>
                    ) : theme.retiredAt ? (
                      <Badge
                        variant="light"
                        color="gray"
                        c="dark.8"
                        radius="sm"
                        tt="none"
                        miw="max-content"
                      >
                        {t('experience.taxonomy.retiredStatus')}
                      </Badge>
                    ) : (
                      <Badge
                        variant="light"
                        color="green"
                        c="dark.8"
                        radius="sm"
                        tt="none"
                        miw="max-content"
                      >
                        {t('experience.taxonomy.live')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-label={t('experience.taxonomy.editLabel', { name })}
                        onClick={() => setEditing(theme)}
                      >
                        {t('common.edit')}
                      </Button>
                      {!theme.mergedInto && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color={theme.retiredAt ? undefined : 'red'}
                          aria-label={t(
                            `experience.taxonomy.${theme.retiredAt ? 'restore' : 'retire'}Label`,
                            { name },
                          )}
                          onClick={() => setRetiring(theme)}
                        >
                          {t(`experience.taxonomy.${theme.retiredAt ? 'restore' : 'retire'}`)}
                        </Button>
                      )}
                      {!theme.mergedInto && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('experience.taxonomy.mergeLabel', { name })}
                          onClick={() => setMerging(theme)}
                        >
                          {t('experience.taxonomy.mergeAction')}
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('experience.taxonomy.editTitle', { name: editing ? labelOf(editing.code) : '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        size="lg"
      >
        {editing && (
          <ThemeForm
            theme={editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) onNotice(t('experience.taxonomy.updated', { name: saved.labelFr }));
            }}
          />
        )}
      </Modal>
      <RetireDialog theme={retiring} onClose={() => setRetiring(null)} onDone={done} />
      <MergeDialog theme={merging} themes={themes} onClose={() => setMerging(null)} onDone={done} />
    </>
  );
}
