import { Button, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ROLE_CATEGORIES, type Sector } from '../../../../shared/enums';
import { invitationAcceptSchema } from '../../../../shared/schemas/auth';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { PasswordField } from '../../../components/password-field';
import { RequiredHint } from '../../../components/required-hint';
import { SectorsField } from '../../../components/sectors-field';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import { useAcceptInvitation } from '../api/accept-invitation';

export function AcceptInvitationForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const roleOptions = useEnumOptions('roleCategory', ROLE_CATEGORIES);
  const form = useForm('invitation', {
    name: '',
    password: '',
    confirmation: '',
    roleCategory: '',
    sectors: [] as Sector[],
  });
  const labels = {
    name: t('fields.name'),
    password: t('fields.newPassword'),
    confirmation: t('fields.passwordConfirmation'),
    roleCategory: t('fields.roleCategory'),
    sectors: t('fields.sectors'),
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const { confirmation, roleCategory, ...rest } = form.values;
    const body = form.validate(
      invitationAcceptSchema,
      { ...rest, token, roleCategory: roleCategory || null },
      confirmation !== rest.password ? { confirmation: t('password.mismatch') } : {},
    );
    if (!body) return;
    accept.mutate(body, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invitation-form-title">
      <Title order={2} size="h3" id="invitation-form-title" mb="sm">
        {t('pages.invitation.formTitle')}
      </Title>
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="md">
        <TextInput {...form.text('name')} label={labels.name} autoComplete="name" required />
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
        <NativeSelect
          {...form.text('roleCategory')}
          label={labels.roleCategory}
          data={[{ value: '', label: t('common.notSpecified') }, ...roleOptions]}
        />
        <SectorsField
          id={form.fieldId('sectors')}
          label={labels.sectors}
          value={form.values.sectors}
          onChange={(value) => form.setValue('sectors', value)}
          error={form.errors.sectors}
        />
        <Button type="submit" loading={accept.isPending} size="md">
          {t('pages.invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
