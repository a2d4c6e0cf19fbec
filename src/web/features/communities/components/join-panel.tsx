import { Alert, Anchor, Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CommunityPage } from '../../../../shared/schemas/communities';
import { problemMessage } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/auth';
import { useRequestToJoin } from '../api/membership';
import { FormActions } from '../../../components/form-actions';

/** How to take part: sign in, ask to join (with a message to the pilots), or see the members. */
export function JoinPanel({ community }: { community: CommunityPage }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const join = useRequestToJoin(community.slug);
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState(false);

  if (community.viewer.role !== null || (user && community.viewer.seesContacts)) {
    return (
      <Anchor component={Link} to={`/communautes/${community.slug}/membres`}>
        {t('pages.communityMembers.link', { count: community.memberCount })}
      </Anchor>
    );
  }
  if (!user) {
    const next = encodeURIComponent(location.pathname);
    return (
      <Text>
        <Anchor component={Link} to={`/connexion?next=${next}`}>
          {t('pages.communityJoin.signIn')}
        </Anchor>{' '}
        {t('pages.communityJoin.signInWhy')}
      </Text>
    );
  }
  if (community.viewer.pendingRequest || join.isSuccess) {
    return (
      <Alert color="blue" variant="outline" role="status">
        {t('pages.communityJoin.pending')}
      </Alert>
    );
  }
  if (!open) {
    return (
      <Button variant="outline" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('pages.communityJoin.ask')}
      </Button>
    );
  }
  const error = problemMessage(join.error, t);
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          join.mutate(message.trim());
        }}
      >
        <Stack gap="sm">
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          <Textarea
            id="demande-adhesion-message"
            label={t('pages.communityJoin.message')}
            description={t('pages.communityJoin.messageHint')}
            value={message}
            maxLength={1000}
            autosize
            minRows={3}
            onChange={(event) => setMessage(event.currentTarget.value)}
            data-autofocus
          />
          <FormActions
            loading={join.isPending}
            submitLabel={t('pages.communityJoin.send')}
            onCancel={() => setOpen(false)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
