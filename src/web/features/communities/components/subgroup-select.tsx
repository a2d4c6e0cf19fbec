import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useSubgroups } from '../api/subgroups';

type SubgroupSelectProps = Omit<NativeSelectProps, 'data'> & {
  slug: string;
  /** Label of the empty choice ("the whole community", "all sub-groups"…). */
  noneLabel: string;
  value: string;
};

/**
 * A choice among the community's sub-groups (empty value: none), for meetings, questions and the
 * questions' filter. Hidden while the community has no sub-group and none is chosen.
 */
export function SubgroupSelect({ slug, noneLabel, ...field }: SubgroupSelectProps) {
  const subgroups = useSubgroups(slug);
  const options = subgroups.data ?? [];
  if (options.length === 0 && field.value === '') return null;
  return (
    <NativeSelect
      {...field}
      data={[
        { value: '', label: noneLabel },
        ...options.map((s) => ({ value: s.id, label: s.name })),
      ]}
    />
  );
}
