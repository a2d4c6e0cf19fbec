import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommunities } from '../../communities/api/list-communities';

interface CommunitiesFieldProps {
  id: string;
  label: string;
  description?: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** Communities already chosen, kept in the list even when no longer active. */
  chosen?: { id: string; title: string }[];
}

/** The communities invited to a workshop, as a group of checkboxes (a fieldset with a legend). */
export function CommunitiesField({ chosen = [], ...props }: CommunitiesFieldProps) {
  const { t } = useTranslation();
  const communities = useCommunities({ status: 'active', page: 1, pageSize: 100 });
  const listed = communities.data?.items ?? [];
  const options = [...listed, ...chosen.filter((c) => !listed.some((l) => l.id === c.id))];
  return (
    <Checkbox.Group
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
    >
      <Stack mt="xs" gap="xs">
        {communities.isPending && <Text size="sm">{t('common.loading')}</Text>}
        {communities.isError && (
          <Text size="sm" c="red.9">
            {t('partnership.workshopForm.communitiesFailed')}
          </Text>
        )}
        {communities.isSuccess && options.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('partnership.workshopForm.noCommunity')}
          </Text>
        )}
        {options.map((c) => (
          <Checkbox key={c.id} value={c.id} label={c.title} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
