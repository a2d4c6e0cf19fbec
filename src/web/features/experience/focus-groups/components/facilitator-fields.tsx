import { Fieldset, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FocusGroupDetail } from '../../../../../shared/schemas/experience';
import type { FormState } from '../../../../lib/use-form';
import { useFacilitators } from '../api/focus-groups';

type Person = { id: string; name: string };
type Values = {
  establishmentId: string;
  professionalFacilitatorId: string;
  representativeFacilitatorId: string;
};

/** The pair that runs the session: a quality manager and a user representative. */
export function FacilitatorFields<T extends Values>({
  form,
  labels,
  establishmentId,
  current,
}: {
  form: FormState<T>;
  labels: Record<'professionalFacilitatorId' | 'representativeFacilitatorId', string>;
  establishmentId: string;
  /** The session being edited: its facilitators stay offered even if they left since. */
  current?: FocusGroupDetail;
}) {
  const { t } = useTranslation();
  const candidates = useFacilitators(establishmentId);
  const options = (people: Person[] | undefined, kept: Person | null | undefined) => {
    const list = [...(people ?? [])];
    if (kept && !list.some((p) => p.id === kept.id)) list.unshift(kept);
    return [
      { value: '', label: t('experience.focusGroups.form.noFacilitator') },
      ...list.map((p) => ({ value: p.id, label: p.name })),
    ];
  };
  const empty = (people: Person[] | undefined) =>
    candidates.isSuccess && (people ?? []).length === 0
      ? t('experience.focusGroups.form.noCandidate')
      : undefined;
  const disabled = establishmentId === '' || candidates.isPending;
  return (
    <Fieldset legend={t('experience.focusGroups.form.facilitators')} radius="md">
      <Text size="sm" c="dimmed" mb="sm">
        {t('experience.focusGroups.form.facilitatorsHint')}
      </Text>
      {candidates.isError && (
        <Text size="sm" c="red.9" mb="sm" role="alert">
          {t('experience.focusGroups.form.candidatesFailed')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          {...form.text('professionalFacilitatorId')}
          label={labels.professionalFacilitatorId}
          description={empty(candidates.data?.professionals)}
          disabled={disabled}
          data={options(candidates.data?.professionals, current?.professionalFacilitator)}
        />
        <NativeSelect
          {...form.text('representativeFacilitatorId')}
          label={labels.representativeFacilitatorId}
          description={empty(candidates.data?.representatives)}
          disabled={disabled}
          data={options(candidates.data?.representatives, current?.representativeFacilitator)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
