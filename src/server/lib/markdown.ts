import { micromark } from 'micromark';
import { replaceMentions } from '../../shared/mentions';

// Markdown is stored as its source and rendered without raw HTML: the web app (react-markdown,
// no rehype-raw) and the server (this function, for the PDF export and e-mails) agree on that.
// micromark escapes every HTML tag in the source (so no <script>, no on* attributes) and empties
// link and image addresses whose protocol is not http(s), mailto, irc(s) or xmpp
// (javascript:, vbscript:, data:…).

/** Mentions (`@[Name](id)`) read as `@Name`, the name's Markdown punctuation escaped. */
const withMentionsAsText = (source: string) =>
  replaceMentions(source, (name) => `@${name.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&')}`);

/** Markdown source to HTML that is safe to insert in a page. */
export function renderMarkdownSafe(source: string): string {
  return micromark(withMentionsAsText(source), {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  });
}

/** Plain text of inline Markdown: links keep their address, emphasis and code marks go. */
export function inlinePlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, text: string, url: string) =>
      text === url ? url : `${text} (${url})`,
    )
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}
