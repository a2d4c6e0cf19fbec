import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';

/**
 * Renders pilots' Markdown safely: raw HTML in the source is dropped (`skipHtml`) and
 * react-markdown's default URL filter removes `javascript:` and other unsafe links.
 */
export function Markdown({ children }: { children: string }) {
  if (!children.trim()) return null;
  return (
    <Typography>
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </Typography>
  );
}
