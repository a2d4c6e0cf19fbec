import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kiosk } from '../../../../../shared/schemas/experience/kiosk';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { problemMessage } from '../../../../lib/api-error';
import { experiencePaths } from '../../lib/paths';
import { useRenewKioskAddress, useRetireKiosk } from '../api/kiosks';

type Pending = 'renew' | 'retire' | null;

/** One kiosk: its answers, its address (copy, open), a new address, retirement. */
export function KioskCard({ kiosk, onDone }: { kiosk: Kiosk; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<Pending>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const renew = useRenewKioskAddress();
  const retire = useRetireKiosk();
  const url = `${window.location.origin}${experiencePaths.kiosk(kiosk.token)}`;
  const lastAnswer = kiosk.lastAnswerAt
    ? new Intl.DateTimeFormat(i18n.language, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Paris',
      }).format(new Date(kiosk.lastAnswerAt))
    : null;

  const copyLink = () =>
    navigator.clipboard
      .writeText(url)
      .then(() => setCopy('copied'))
      .catch(() => setCopy('failed'));

  const name = kiosk.name;
  const texts =
    pending === 'renew'
      ? {
          action: renew,
          title: t('experience.kiosk.renew.title', { name }),
          body: t('experience.kiosk.renew.body'),
          confirm: t('experience.kiosk.renew.confirm'),
          done: t('experience.kiosk.renew.done', { name }),
        }
      : {
          action: retire,
          title: t('experience.kiosk.retire.title', { name }),
          body: t('experience.kiosk.retire.body'),
          confirm: t('experience.kiosk.retire.confirm'),
          done: t('experience.kiosk.retire.done', { name }),
        };
  const close = () => {
    texts.action.reset();
    setPending(null);
  };
  const confirm = () =>
    texts.action.mutate(kiosk.id, {
      onSuccess: () => {
        setPending(null);
        setCopy(null);
        onDone(texts.done);
      },
    });

  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={3} id={id}>
            {kiosk.name}
          </Title>
          <Text c="dimmed">{kiosk.service || t('experience.noService')}</Text>
          <Text>
            {t('experience.kiosk.card.answers', { count: kiosk.answers })}
            {lastAnswer && ` · ${t('experience.kiosk.card.lastAnswer', { date: lastAnswer })}`}
          </Text>
        </div>
        <TextInput
          label={t('experience.kiosk.card.address')}
          description={t('experience.kiosk.card.addressHint')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          maw="48rem"
        />
        <Group
          gap="sm"
          role="group"
          aria-label={t('experience.kiosk.card.actionsOf', { name: kiosk.name })}
        >
          <Button onClick={copyLink}>{t('experience.kiosk.card.copy')}</Button>
          <Button component="a" href={url} target="_blank" rel="noopener" variant="outline">
            {t('experience.kiosk.card.open')}
            <span className="visually-hidden"> {t('experience.kiosk.card.opensInNewTab')}</span>
          </Button>
          <Button variant="default" onClick={() => setPending('renew')}>
            {t('experience.kiosk.card.renew')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setPending('retire')}>
            {t('experience.kiosk.card.retire')}
          </Button>
        </Group>
        <Text role="status" size="sm" c={copy === 'failed' ? 'red.9' : 'dimmed'}>
          {copy === 'copied' && t('experience.kiosk.card.copied')}
          {copy === 'failed' && t('experience.kiosk.card.copyFailed')}
        </Text>
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={texts.title}
        confirmLabel={texts.confirm}
        onConfirm={confirm}
        onClose={close}
        loading={texts.action.isPending}
        error={problemMessage(texts.action.error, t)}
      >
        {texts.body}
      </ConfirmModal>
    </Paper>
  );
}
