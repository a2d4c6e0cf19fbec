import { Checkbox, Group } from '@mantine/core';
import { SECTORS, type Sector } from '../../shared/enums';
import { useEnumOptions } from '../lib/enum-options';

interface SectorsFieldProps {
  id: string;
  label: string;
  description?: string;
  value: Sector[];
  onChange: (value: Sector[]) => void;
  error?: string;
}

/** The four sectors as a group of checkboxes (a fieldset with a legend). */
export function SectorsField({
  id,
  label,
  description,
  value,
  onChange,
  error,
}: SectorsFieldProps) {
  const options = useEnumOptions('sector', SECTORS);
  return (
    <Checkbox.Group
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(next) => onChange(next as Sector[])}
      error={error}
    >
      <Group mt="xs" gap="lg">
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
