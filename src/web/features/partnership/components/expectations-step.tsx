import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expectationsInputSchema, type BinomeDetail } from '../../../../shared/schemas/partnership';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { useForm } from '../../../lib/use-form';
import { useSaveExpectations } from '../api/binomes';
import { useMemberName } from '../lib/use-member-name';

const KINDS = ['expectations', 'preconceptions'] as const;
type Texts = BinomeDetail['myExpectations'];

/** Step 1: what each member expects and assumes, written privately, revealed by the facilitator. */
export function ExpectationsStep({ binome: b }: { binome: BinomeDetail }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const revealed = b.workshop.revealedAt !== null;
  return (
    <Stack gap="md">
      <Text maw="48rem">{t('partnership.expectations.intro')}</Text>
      {revealed || b.readOnly ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ReadOnlyTexts title={t('partnership.expectations.mine')} texts={b.myExpectations} />
          <ReadOnlyTexts
            title={t('partnership.expectations.partner', { name: memberName(b.partner) })}
            texts={b.partnerExpectations}
            missing={
              revealed
                ? t('partnership.expectations.partnerNothing')
                : t('partnership.expectations.partnerHidden')
            }
          />
        </SimpleGrid>
      ) : (
        <ExpectationsForm binome={b} />
      )}
    </Stack>
  );
}

function ReadOnlyTexts(props: { title: string; texts: Texts | null; missing?: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {props.title}
      </Title>
      {props.texts === null ? (
        <Text c="dimmed">{props.missing}</Text>
      ) : (
        <Stack gap="sm">
          {KINDS.map((kind) => (
            <div key={kind}>
              <Title order={3} size="h5">
                {t(`partnership.expectations.${kind}`)}
              </Title>
              <Text
                style={{ whiteSpace: 'pre-line' }}
                c={props.texts?.[kind] ? undefined : 'dimmed'}
              >
                {props.texts?.[kind] || t('common.notSpecified')}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** Before the reveal: two texts, saved as a draft or handed in (still editable until the reveal). */
function ExpectationsForm({ binome: b }: { binome: BinomeDetail }) {
  const { t, i18n } = useTranslation();
  const save = useSaveExpectations(b.id);
  const form = useForm('attentes', {
    expectations: b.myExpectations.expectations,
    preconceptions: b.myExpectations.preconceptions,
  });
  const [saved, setSaved] = useState<string | null>(null);
  const labels = {
    expectations: t('partnership.expectations.expectations'),
    preconceptions: t('partnership.expectations.preconceptions'),
  };
  const submittedAt = b.myExpectations.submittedAt;

  const send = (submit: boolean) => {
    setSaved(null);
    const empty = !form.values.expectations.trim() && !form.values.preconceptions.trim();
    const extra = submit && empty ? { expectations: t('partnership.expectations.writeFirst') } : {};
    const body = form.validate(expectationsInputSchema, { ...form.values, submit }, extra);
    if (!body) return;
    save
      .mutateAsync(body)
      .then(() =>
        setSaved(submit ? t('partnership.expectations.handedIn') : t('partnership.draftSaved')),
      )
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      <FormErrorSummary form={form} labels={labels} />
      <Stack gap="md" maw="48rem">
        <Text size="sm" fw={500}>
          {submittedAt
            ? t('partnership.expectations.submittedOn', {
                date: new Date(submittedAt).toLocaleString(i18n.language, {
                  dateStyle: 'long',
                  timeStyle: 'short',
                }),
              })
            : t('partnership.expectations.draft')}{' '}
          {b.partnerExpectationsSubmitted
            ? t('partnership.expectations.partnerSubmitted')
            : t('partnership.expectations.partnerNotYet')}
        </Text>
        <Textarea
          {...form.text('expectations')}
          label={labels.expectations}
          description={t('partnership.expectations.expectationsHint')}
          autosize
          minRows={4}
          maxLength={5_000}
        />
        <Textarea
          {...form.text('preconceptions')}
          label={labels.preconceptions}
          description={t('partnership.expectations.preconceptionsHint')}
          autosize
          minRows={4}
          maxLength={5_000}
        />
        <Text size="sm" c="dimmed">
          {t('partnership.expectations.privacy')}
        </Text>
        {saved && (
          <Alert color="green" variant="light" role="status">
            {saved}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending && save.variables.submit === true}>
            {submittedAt ? t('partnership.expectations.resubmit') : t('partnership.handIn')}
          </Button>
          {!submittedAt && (
            <Button
              variant="default"
              loading={save.isPending && save.variables.submit === false}
              onClick={() => send(false)}
            >
              {t('partnership.saveDraft')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
