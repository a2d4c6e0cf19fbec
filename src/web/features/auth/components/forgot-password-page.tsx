import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequestSchema } from '../../../../shared/schemas/auth';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PageHeader } from '../../../components/page-header';
import { RequiredHint } from '../../../components/required-hint';
import { useForm } from '../../../lib/use-form';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm('mot-de-passe-oublie', { email: '' });
  const labels = { email: t('fields.email') };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(passwordResetRequestSchema);
    if (!body) return;
    request.mutate(body, {
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <>
      <PageHeader title={t('pages.forgot.title')} description={t('pages.forgot.description')} />
      {request.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="outline" role="status" title={t('pages.forgot.sentTitle')}>
            {t('pages.forgot.sent')}
          </Alert>
          <Anchor component={Link} to="/connexion">
            {t('pages.forgot.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary form={form} labels={labels} />
          <RequiredHint />
          <Stack gap="md">
            <TextInput
              {...form.text('email')}
              type="email"
              label={labels.email}
              autoComplete="email"
              required
            />
            <Button type="submit" loading={request.isPending} fullWidth size="md">
              {t('pages.forgot.submit')}
            </Button>
            <Anchor component={Link} to="/connexion" size="sm">
              {t('pages.forgot.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </>
  );
}
