import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { loginBodySchema } from '../../../../shared/schemas/auth';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PageHeader } from '../../../components/page-header';
import { PasswordField } from '../../../components/password-field';
import { RequiredHint } from '../../../components/required-hint';
import { safeNext } from '../../../lib/auth';
import { useForm } from '../../../lib/use-form';
import { useLogin } from '../api/login';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const form = useForm('connexion', { email: '', password: '' });
  const labels = { email: t('fields.email'), password: t('fields.password') };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(loginBodySchema);
    if (!body) return;
    login.mutate(body, {
      onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <>
      <PageHeader title={t('pages.login.title')} description={t('pages.login.description')} />
      <form onSubmit={onSubmit} noValidate>
        <FormErrorSummary form={form} labels={labels} />
        <RequiredHint />
        <Stack gap="md">
          <TextInput
            {...form.text('email')}
            type="email"
            label={labels.email}
            autoComplete="username"
            required
          />
          <PasswordField
            {...form.text('password')}
            label={labels.password}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={login.isPending} fullWidth size="md">
            {t('pages.login.submit')}
          </Button>
          <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
            {t('pages.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </>
  );
}
