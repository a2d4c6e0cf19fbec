import { Badge, Group, Paper, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/schemas/admin';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its links made clickable (the invitation and reset links). */
function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="binome-inline-link">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** One e-mail: subject, recipient and status; the text unfolds (native <details>). */
export function OutboxMessage({ mail }: { mail: OutboxEmail }) {
  const { t, i18n } = useTranslation();
  const when = new Date(mail.createdAt).toLocaleString(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const status = mail.error ? 'failed' : mail.sentAt ? 'sent' : 'queued';
  const color = { failed: 'red', sent: 'green', queued: 'gray' }[status];
  return (
    <Paper withBorder radius="md" p="md">
      <details>
        <summary style={{ cursor: 'pointer' }}>
          <Text span fw={700}>
            {mail.subject}
          </Text>
          <Group gap="sm" mt={4} component="span" style={{ display: 'flex' }}>
            <Text span size="sm">
              {t('pages.outbox.to', { to: mail.to })}
            </Text>
            <Text span size="sm" c="dimmed">
              {when}
            </Text>
            <Badge component="span" color={color} variant="light" radius="sm">
              {t(`pages.outbox.status.${status}`)} · {t(`pages.outbox.transport.${mail.transport}`)}
            </Badge>
          </Group>
        </summary>
        {mail.error && (
          <Text size="sm" c="red.9" mt="sm">
            {mail.error}
          </Text>
        )}
        <pre className="binome-mail" style={{ marginTop: '0.75rem' }}>
          <Linkified text={mail.text} />
        </pre>
      </details>
    </Paper>
  );
}
