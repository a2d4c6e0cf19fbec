import { Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useSentimentLabel } from '../../lib/themes';
import { SENTIMENT_COLORS, SENTIMENT_ORDER, sentimentFill } from '../lib/sentiments';

/** The stripes of "mixte" (blue and vermilion); put it inside each <svg> that uses it. */
export function MixedPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="4" height="8" fill={SENTIMENT_COLORS.positif} />
        <rect x="4" width="4" height="8" fill={SENTIMENT_COLORS.negatif} />
      </pattern>
    </defs>
  );
}

/** What each colour means, in the order of the stacks. */
export function SentimentLegend() {
  const sentimentLabel = useSentimentLabel();
  const patternId = useId();
  return (
    <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {SENTIMENT_ORDER.map((key) => (
        <Group key={key} gap={6} component="li" wrap="nowrap">
          <svg width="18" height="14" aria-hidden="true">
            {key === 'mixte' && <MixedPattern id={patternId} />}
            <rect x="1" y="1" width="16" height="12" fill={sentimentFill(key, patternId)} />
          </svg>
          <Text size="sm">{sentimentLabel(key)}</Text>
        </Group>
      ))}
    </Group>
  );
}
