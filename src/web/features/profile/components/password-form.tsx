import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordChangeSchema } from '../../../../shared/schemas/profile';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PasswordField } from '../../../components/password-field';
import { useForm } from '../../../lib/use-form';
import { useChangePassword } from '../api/change-password';

const initial = { currentPassword: '', newPassword: '', confirmation: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm('mot-de-passe', initial);
  const labels = {
    currentPassword: t('fields.currentPassword'),
    newPassword: t('fields.newPassword'),
    confirmation: t('fields.passwordConfirmation'),
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { confirmation, ...body } = form.values;
    const valid = form.validate(
      passwordChangeSchema,
      body,
      confirmation !== body.newPassword ? { confirmation: t('password.mismatch') } : {},
    );
    if (!valid) return;
    change.mutate(valid, {
      onSuccess: () => form.reset(),
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {change.isSuccess && (
        <Alert color="green" variant="outline" role="status" mb="md">
          {t('pages.profile.passwordChanged')}
        </Alert>
      )}
      <FormErrorSummary form={form} labels={labels} />
      <Stack gap="md" maw="28rem">
        <PasswordField
          {...form.text('currentPassword')}
          label={labels.currentPassword}
          autoComplete="current-password"
          required
        />
        <PasswordField
          {...form.text('newPassword')}
          label={labels.newPassword}
          description={t('password.rules')}
          autoComplete="new-password"
          required
        />
        <PasswordField
          {...form.text('confirmation')}
          label={labels.confirmation}
          autoComplete="new-password"
          required
        />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('pages.profile.changePassword')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
