import { Text } from '@mantine/core';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/schemas/search';

/** A snippet from the server, its matched words marked (plain text: no HTML is interpreted). */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(HIGHLIGHT_START).flatMap((chunk, index) => {
    if (index === 0) return [{ text: chunk, match: false }];
    const [match = '', rest = ''] = chunk.split(HIGHLIGHT_END);
    return [
      { text: match, match: true },
      { text: rest, match: false },
    ];
  });
  return (
    <Text size="sm">
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </Text>
  );
}
