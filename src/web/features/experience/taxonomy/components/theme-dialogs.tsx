import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../../shared/schemas/experience';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { problemMessage } from '../../../../lib/api-error';
import { useMergeTheme, useRetireTheme } from '../api/themes';

const useLabel = () => {
  const { i18n } = useTranslation();
  return (theme: Theme) => (i18n.language === 'en' ? theme.labelEn : theme.labelFr);
};
const useCount = () => {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (value: number) => format.format(value);
};

/** Retires or restores a theme, after saying what happens to the comments that carry it. */
export function RetireDialog({
  theme,
  onClose,
  onDone,
}: {
  theme: Theme | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const count = useCount();
  const retire = useRetireTheme();
  const restoring = theme?.retiredAt !== null && theme?.retiredAt !== undefined;
  const name = theme ? label(theme) : '';
  const action = restoring ? 'restore' : 'retire';
  return (
    <ConfirmModal
      opened={theme !== null}
      title={t(`experience.taxonomy.${action}Title`, { name })}
      confirmLabel={t(`experience.taxonomy.${action}`)}
      loading={retire.isPending}
      error={problemMessage(retire.error, t)}
      onClose={() => {
        retire.reset();
        onClose();
      }}
      onConfirm={() =>
        theme &&
        retire.mutate(
          { code: theme.code, retired: !restoring },
          { onSuccess: () => onDone(t(`experience.taxonomy.${action}d`, { name })) },
        )
      }
    >
      {t(`experience.taxonomy.effects.${action}`, {
        name,
        count: theme?.comments ?? 0,
        formatted: count(theme?.comments ?? 0),
      })}
    </ConfirmModal>
  );
}

/** Merges a theme into another one in service; says first that it cannot be undone. */
export function MergeDialog({
  theme,
  themes,
  onClose,
  onDone,
}: {
  theme: Theme | null;
  themes: Theme[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const count = useCount();
  const merge = useMergeTheme();
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const targets = themes.filter((other) => other.retiredAt === null && other.code !== theme?.code);
  const target = targets.find((other) => other.code === into);
  const name = theme ? label(theme) : '';
  const close = () => {
    setInto('');
    setError(null);
    merge.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={theme !== null}
      title={t('experience.taxonomy.mergeTitle', { name })}
      confirmLabel={t('experience.taxonomy.merge')}
      loading={merge.isPending}
      error={problemMessage(merge.error, t)}
      onClose={close}
      onConfirm={() => {
        if (!theme) return;
        if (!target) {
          setError(t('experience.taxonomy.mergeChoose'));
          document.getElementById('fusion-cible')?.focus();
          return;
        }
        merge.mutate(
          { code: theme.code, into: target.code },
          {
            onSuccess: () => {
              onDone(t('experience.taxonomy.merged', { name, into: label(target) }));
              setInto('');
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <NativeSelect
          id="fusion-cible"
          label={t('experience.taxonomy.mergeInto')}
          value={into}
          required
          error={error}
          onChange={(event) => {
            setInto(event.currentTarget.value);
            setError(null);
          }}
          data={[
            { value: '', label: t('common.choose') },
            ...targets.map((other) => ({ value: other.code, label: label(other) })),
          ]}
        />
        <Text aria-live="polite">
          {target
            ? t('experience.taxonomy.effects.merge', {
                name,
                into: label(target),
                count: theme?.comments ?? 0,
                formatted: count(theme?.comments ?? 0),
              })
            : t('experience.taxonomy.effects.mergeChoose')}
        </Text>
        <Text size="sm">{t('experience.taxonomy.effects.mergeMore')}</Text>
      </Stack>
    </ConfirmModal>
  );
}
