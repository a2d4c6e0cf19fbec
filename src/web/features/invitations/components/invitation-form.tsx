import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ESTABLISHMENT_ROLES, PLATFORM_ROLES } from '../../../../shared/enums';
import { invitationCreateSchema } from '../../../../shared/schemas/auth';
import { EstablishmentSelect } from '../../../components/establishment-select';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { isAdmin, useCurrentUser } from '../../../lib/auth';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import { useCreateInvitation } from '../api/create-invitation';

const initial = { email: '', platformRole: 'member', establishmentId: '', establishmentRole: '' };

/** Admins invite with any role; quality managers invite members into their establishments. */
export function InvitationForm() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const admin = isAdmin(user);
  const managed = (user?.establishments ?? []).filter((e) => e.role === 'quality_manager');
  const create = useCreateInvitation();
  // A quality manager of a single establishment invites into that one.
  const form = useForm('invitation', {
    ...initial,
    establishmentId: !admin && managed.length === 1 ? (managed[0]?.id ?? '') : '',
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const platformRoles = useEnumOptions('platformRole', PLATFORM_ROLES);
  const establishmentRoles = useEnumOptions('establishmentRole', ESTABLISHMENT_ROLES);
  const labels = {
    email: t('fields.email'),
    ...(admin ? { platformRole: t('fields.platformRole') } : {}),
    establishmentId: t('fields.establishment'),
    establishmentRole: t('fields.establishmentRole'),
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const v = form.values;
    const body = form.validate(
      invitationCreateSchema,
      {
        email: v.email,
        platformRole: admin ? v.platformRole : 'member',
        establishmentId: v.establishmentId || null,
        establishmentRole: v.establishmentRole || null,
      },
      !admin && !v.establishmentId ? { establishmentId: t('errors:validation.required') } : {},
    );
    if (!body) return;
    create.mutate(body, {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        form.reset();
      },
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {sentTo && (
        <Alert color="green" variant="outline" role="status" mb="md">
          {t('pages.invitations.sent', { email: sentTo })}
        </Alert>
      )}
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="md" maw="44rem">
        <SimpleGrid cols={{ base: 1, sm: admin ? 2 : 1 }} spacing="md">
          <TextInput
            {...form.text('email')}
            type="email"
            label={labels.email}
            autoComplete="off"
            required
          />
          {admin && (
            <NativeSelect
              {...form.text('platformRole')}
              label={t('fields.platformRole')}
              required
              data={platformRoles}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <EstablishmentSelect
            id={form.fieldId('establishmentId')}
            label={labels.establishmentId}
            description={admin ? t('pages.invitations.establishmentOptional') : undefined}
            required={!admin}
            options={admin ? undefined : managed}
            value={form.values.establishmentId}
            onChange={(value) => form.setValue('establishmentId', value)}
            error={form.errors.establishmentId}
          />
          <NativeSelect
            {...form.text('establishmentRole')}
            label={labels.establishmentRole}
            required={!admin || Boolean(form.values.establishmentId)}
            data={[{ value: '', label: t('common.choose') }, ...establishmentRoles]}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('pages.invitations.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
