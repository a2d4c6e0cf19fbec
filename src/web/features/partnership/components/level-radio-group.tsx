import { Group, Radio } from '@mantine/core';
import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';
import { useLevelName } from '../lib/use-level-name';

interface LevelRadioGroupProps {
  /** Given to the first radio, so that the error summary can take the reader there. */
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}

/** The four levels as radio buttons (a fieldset with a legend; arrow keys move the choice). */
export function LevelRadioGroup({ id, ...props }: LevelRadioGroupProps) {
  const levelName = useLevelName();
  return (
    <Radio.Group {...props} name={id}>
      <Group gap="md" mt={6}>
        {PARTNERSHIP_LEVELS.map((level, index) => (
          <Radio
            key={level}
            id={index === 0 ? id : `${id}-${level}`}
            value={level}
            label={levelName(level)}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
