import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLE_CATEGORIES } from '../../../../shared/enums';
import { profileUpdateSchema, type Profile } from '../../../../shared/schemas/profile';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { RequiredHint } from '../../../components/required-hint';
import { SectorsField } from '../../../components/sectors-field';
import { changeLanguage } from '../../../i18n/i18n';
import { useEnumOptions } from '../../../lib/enum-options';
import { useForm } from '../../../lib/use-form';
import { useUpdateProfile } from '../api/update-profile';

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const roleOptions = useEnumOptions('roleCategory', ROLE_CATEGORIES);
  const form = useForm('profil', {
    name: profile.name,
    roleCategory: profile.roleCategory ?? '',
    organisation: profile.organisation ?? '',
    sectors: profile.sectors,
    language: profile.language as string,
  });
  const labels = {
    name: t('fields.name'),
    roleCategory: t('fields.roleCategory'),
    organisation: t('fields.organisation'),
    sectors: t('fields.sectors'),
    language: t('fields.language'),
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = form.validate(profileUpdateSchema, {
      ...form.values,
      roleCategory: form.values.roleCategory || null,
    });
    if (!body) return;
    update.mutate(body, {
      onSuccess: (saved) => void changeLanguage(saved.language),
      onError: (error) => form.showError(error, t('problems.unexpected', { status: '' })),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {update.isSuccess && (
        <Alert color="green" variant="outline" role="status" mb="md">
          {t('common.saved')}
        </Alert>
      )}
      <FormErrorSummary form={form} labels={labels} />
      <RequiredHint />
      <Stack gap="md" maw="44rem">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.text('name')}
            label={labels.name}
            autoComplete="name"
            required
            maxLength={120}
          />
          <TextInput
            {...form.text('organisation')}
            label={labels.organisation}
            autoComplete="organization"
            maxLength={200}
          />
          <NativeSelect
            {...form.text('roleCategory')}
            label={labels.roleCategory}
            data={[{ value: '', label: t('common.notSpecified') }, ...roleOptions]}
          />
          <NativeSelect
            {...form.text('language')}
            label={labels.language}
            required
            data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`, { lng: l }) }))}
          />
        </SimpleGrid>
        <SectorsField
          id={form.fieldId('sectors')}
          label={labels.sectors}
          value={form.values.sectors}
          onChange={(value) => form.setValue('sectors', value)}
          error={form.errors.sectors}
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
