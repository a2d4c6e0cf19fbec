import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinomeDetail, Rating } from '../../../../shared/schemas/partnership';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { useForm } from '../../../lib/use-form';
import { useSaveRatings } from '../api/binomes';
import { isLevel } from '../../../../shared/partnership-levels';
import { LevelRadioGroup } from './level-radio-group';

type Domain = BinomeDetail['domains'][number];
const field = (domainId: string, which: 'current' | 'target') => `${which}-${domainId}`;

/** Domains to rate: the active ones, and retired ones already rated. */
export const domainsToRate = (b: BinomeDetail) =>
  b.domains.filter((d) => !d.retiredAt || b.myRatings.some((r) => r.domainId === d.id));

/** Current and target level per domain, saved as a draft or handed in (then locked). */
export function RatingForm({ binome: b }: { binome: BinomeDetail }) {
  const { t } = useTranslation();
  const save = useSaveRatings(b.id);
  const domains = domainsToRate(b);
  const form = useForm(
    'niveaux',
    Object.fromEntries(
      domains.flatMap((d) => {
        const mine = b.myRatings.find((r) => r.domainId === d.id);
        return [
          [field(d.id, 'current'), mine?.current ?? ''],
          [field(d.id, 'target'), mine?.target ?? ''],
        ];
      }),
    ) as Record<string, string>,
  );
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const labels = Object.fromEntries(
    domains.flatMap((d) => [
      [field(d.id, 'current'), t('partnership.ratings.currentOf', { domain: d.name })],
      [field(d.id, 'target'), t('partnership.ratings.targetOf', { domain: d.name })],
    ]),
  );

  /** Domains whose two levels are chosen (a half-rated domain is not sent). */
  const ratings = (): Rating[] =>
    domains.flatMap((d) => {
      const current = form.values[field(d.id, 'current')] ?? '';
      const target = form.values[field(d.id, 'target')] ?? '';
      return isLevel(current) && isLevel(target) ? [{ domainId: d.id, current, target }] : [];
    });

  const send = (submit: boolean) => {
    setSaved(null);
    save
      .mutateAsync({ ratings: ratings(), submit })
      .then(() => {
        setConfirming(false);
        if (!submit) setSaved(t('partnership.draftSaved'));
      })
      .catch((error: unknown) => {
        setConfirming(false);
        form.showError(error, t('problems.unexpected', { status: '' }));
      });
  };

  /** Handing in needs both levels of every active domain. */
  const askToHandIn = () => {
    setSaved(null);
    const missing = Object.fromEntries(
      domains
        .filter((d) => !d.retiredAt)
        .flatMap((d) => [field(d.id, 'current'), field(d.id, 'target')])
        .filter((name) => !form.values[name])
        .map((name) => [name, t('partnership.ratings.chooseLevel')]),
    );
    if (Object.keys(missing).length > 0) return form.fail(missing);
    form.setErrors({});
    setConfirming(true);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        askToHandIn();
      }}
    >
      <FormErrorSummary form={form} labels={labels} />
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw="48rem">
          {t('partnership.ratings.formHint')}
        </Text>
        {domains.map((d) => (
          <DomainRating key={d.id} domain={d} form={form} />
        ))}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {saved}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit">{t('partnership.ratings.handIn')}</Button>
          <Button
            variant="default"
            loading={save.isPending && save.variables.submit === false}
            onClick={() => send(false)}
          >
            {t('partnership.saveDraft')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('partnership.ratings.handInTitle')}
        confirmLabel={t('partnership.ratings.handInConfirmLabel')}
        loading={save.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => send(true)}
      >
        {t('partnership.ratings.handInConfirm')}
      </ConfirmModal>
    </form>
  );
}

function DomainRating({
  domain: d,
  form,
}: {
  domain: Domain;
  form: ReturnType<typeof useForm<Record<string, string>>>;
}) {
  const { t } = useTranslation();
  const radios = (which: 'current' | 'target') => {
    const name = field(d.id, which);
    return (
      <LevelRadioGroup
        id={form.fieldId(name)}
        label={t(`partnership.ratings.${which}`)}
        description={t(`partnership.ratings.${which}Hint`)}
        value={form.values[name] ?? ''}
        onChange={(value) => form.setValue(name, value)}
        error={form.errors[name]}
        required={!d.retiredAt}
      />
    );
  };
  return (
    <Paper withBorder radius="md" p="md" component="fieldset" m={0}>
      <legend style={{ padding: '0 0.25rem' }}>
        <Title order={3} size="h4">
          {d.name}
          {d.retiredAt && ` (${t('partnership.domains.retiredShort')})`}
        </Title>
      </legend>
      {d.description && (
        <Text size="sm" c="dimmed" mb="xs">
          {d.description}
        </Text>
      )}
      <Stack gap="sm">
        {radios('current')}
        {radios('target')}
      </Stack>
    </Paper>
  );
}
