import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PasswordField } from '../../../components/password-field';
import { isApiError } from '../../../lib/api-error';
import { useDeleteAccount } from '../api/delete-account';

/** Right to erasure: the account is deleted after the password is confirmed. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const remove = useDeleteAccount();

  const onClose = () => {
    setPassword('');
    setError(null);
    setServerError(null);
    close();
  };
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setServerError(null);
    if (!password) return setError(t('errors:validation.required'));
    setError(null);
    remove.mutate(
      { password },
      {
        onSuccess: () => void navigate('/connexion', { replace: true }),
        onError: (err) =>
          setServerError(
            isApiError(err)
              ? (err.fieldErrors[0]?.message ?? err.title)
              : t('problems.unexpected', { status: '' }),
          ),
      },
    );
  };

  return (
    <>
      <Text mb="md">{t('pages.profile.deleteBody')}</Text>
      <Button color="red.9" variant="outline" onClick={open}>
        {t('pages.profile.deleteButton')}
      </Button>
      <Modal
        opened={opened}
        onClose={onClose}
        title={t('pages.profile.deleteTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text>{t('pages.profile.deleteWarning')}</Text>
            <PasswordField
              id="suppression-mot-de-passe"
              label={t('fields.currentPassword')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={error}
              autoComplete="current-password"
              required
              data-autofocus
            />
            {serverError && (
              <Alert color="red" variant="outline" role="alert">
                {serverError}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={remove.isPending}>
                {t('pages.profile.deleteConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
