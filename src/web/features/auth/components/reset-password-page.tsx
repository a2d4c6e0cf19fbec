import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { passwordResetConfirmSchema } from '../../../../shared/schemas/auth';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PageHeader } from '../../../components/page-header';
import { PasswordField } from '../../../components/password-field';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const form = useForm('reinitialisation', { password: '', confirmation: '' });
  const labels = {
    password: t('fields.newPassword'),
    confirmation: t('fields.passwordConfirmation'),
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const mismatch = form.values.confirmation !== form.values.password;
    const body = form.validate(
      passwordResetConfirmSchema,
      { token, password: form.values.password },
      mismatch ? { confirmation: t('password.mismatch') } : {},
    );
    if (!body) return;
    confirm.mutate(body, {
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  const header = (
    <PageHeader title={t('pages.reset.title')} description={t('pages.reset.description')} />
  );
  if (!token || confirm.isSuccess) {
    return (
      <>
        {header}
        <Stack gap="md">
          {confirm.isSuccess ? (
            <Alert color="green" variant="outline" role="status">
              {t('pages.reset.done')}
            </Alert>
          ) : (
            <Alert color="red" variant="outline" role="alert">
              {t('pages.reset.noToken')}
            </Alert>
          )}
          <Anchor component={Link} to={confirm.isSuccess ? '/connexion' : '/mot-de-passe-oublie'}>
            {confirm.isSuccess ? t('pages.forgot.backToLogin') : t('pages.reset.askAgain')}
          </Anchor>
        </Stack>
      </>
    );
  }

  return (
    <>
      {header}
      <form onSubmit={onSubmit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md">
          <PasswordField
            {...form.text('password')}
            label={labels.password}
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
          <Button type="submit" loading={confirm.isPending} fullWidth size="md">
            {t('pages.reset.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
