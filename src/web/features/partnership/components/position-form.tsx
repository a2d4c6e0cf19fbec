import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';
import {
  positionInputSchema,
  type BinomeDetail,
  type Position,
  type Rating,
} from '../../../../shared/schemas/partnership';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { useForm } from '../../../lib/use-form';
import { useSavePosition } from '../api/binomes';
import { useLevelName } from '../lib/use-level-name';

interface PositionFormProps {
  binome: BinomeDetail;
  domain: BinomeDetail['domains'][number];
  mine: Rating | undefined;
  theirs: Rating | undefined;
  position: Position | undefined;
}

/** The binôme's shared position on one domain: current and target level, and a comment. */
export function PositionForm({ binome: b, domain, mine, theirs, position }: PositionFormProps) {
  const { t, i18n } = useTranslation();
  const levelName = useLevelName();
  const save = useSavePosition(b.id);
  // Where both members said the same, that is the natural starting point.
  const same = (which: 'current' | 'target') =>
    mine && theirs && mine[which] === theirs[which] ? mine[which] : '';
  const form = useForm(`accord-${domain.id}`, {
    current: position?.current ?? same('current'),
    target: position?.target ?? same('target'),
    comment: position?.comment ?? '',
  });
  const [saved, setSaved] = useState(false);
  const labels = {
    current: t('partnership.agreement.current'),
    target: t('partnership.agreement.target'),
    comment: t('partnership.agreement.comment'),
  };
  const headingId = `accord-titre-${domain.id}`;
  const levels = [
    { value: '', label: t('common.choose') },
    ...PARTNERSHIP_LEVELS.map((l) => ({ value: l, label: levelName(l) })),
  ];
  const agreed = position
    ? t('partnership.agreement.agreedOn', {
        date: new Date(position.agreedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' }),
        name: position.agreedBy ?? t('partnership.formerMember'),
      })
    : t('partnership.agreement.notYet');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(positionInputSchema);
    if (!body) return;
    save
      .mutateAsync({ ...body, domainId: domain.id })
      .then(() => setSaved(true))
      .catch((error: unknown) => form.showError(error, t('problems.unexpected', { status: '' })));
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {domain.name}
      </Title>
      <Text size="sm" mb="xs">
        {t('partnership.agreement.views', {
          mine: mine ? `${levelName(mine.current)} → ${levelName(mine.target)}` : '—',
          theirs: theirs ? `${levelName(theirs.current)} → ${levelName(theirs.target)}` : '—',
        })}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {agreed}
      </Text>
      {b.readOnly ? (
        position?.comment && <Text style={{ whiteSpace: 'pre-line' }}>{position.comment}</Text>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <FormErrorSummary form={form} labels={labels} />
          <Stack gap="sm" maw="44rem">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                {...form.text('current')}
                label={labels.current}
                required
                data={levels}
              />
              <NativeSelect {...form.text('target')} label={labels.target} required data={levels} />
            </SimpleGrid>
            <Textarea
              {...form.text('comment')}
              label={labels.comment}
              description={t('partnership.agreement.commentHint')}
              autosize
              minRows={2}
              maxLength={2_000}
            />
            {saved && (
              <Alert color="green" variant="light" role="status">
                {t('partnership.agreement.saved')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {position ? t('partnership.agreement.update') : t('partnership.agreement.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
