import { SimpleGrid, TextInput } from '@mantine/core';

type DayField = 'date' | 'start' | 'end';

interface DayAndTimesFieldsProps {
  /** `form.text` of a form whose values hold `date`, `start` and `end`. */
  field: (name: DayField) => Omit<React.ComponentProps<typeof TextInput>, 'type' | 'label'>;
  labels: Record<DayField, string>;
}

/** A day and a start and end time (Paris time), as community meetings and workshops ask them. */
export function DayAndTimesFields({ field, labels }: DayAndTimesFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <TextInput {...field('date')} type="date" label={labels.date} required />
      <TextInput {...field('start')} type="time" label={labels.start} required />
      <TextInput {...field('end')} type="time" label={labels.end} required />
    </SimpleGrid>
  );
}
