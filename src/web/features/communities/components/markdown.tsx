import { Text, Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';
import { replaceMentions } from '../../../../shared/mentions';

const MENTION_HREF = '#mention-';

/** `@[Name](id)` becomes a link to a fragment, rendered below as a plain highlighted name. */
const markMentions = (source: string) =>
  replaceMentions(
    source,
    (name, id) => `[@${name.replace(/[\\`*_[\]<>]/g, '\\$&')}](${MENTION_HREF}${id})`,
  );

const components: Components = {
  a: ({ href, children, node: _node, ...rest }) =>
    href?.startsWith(MENTION_HREF) ? (
      <Text span fw={700}>
        {children}
      </Text>
    ) : (
      <a href={href} {...rest}>
        {children}
      </a>
    ),
};

/**
 * Renders pilots' Markdown safely: raw HTML in the source is dropped (`skipHtml`) and
 * react-markdown's default URL filter removes `javascript:` and other unsafe links. Mentions
 * of members show as their name.
 */
export function Markdown({ children }: { children: string }) {
  if (!children.trim()) return null;
  return (
    <Typography>
      <ReactMarkdown skipHtml components={components}>
        {markMentions(children)}
      </ReactMarkdown>
    </Typography>
  );
}
