import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mentionToken } from '../../../../shared/mentions';
import { Markdown } from './markdown';
import { withMention } from './mention-picker';

const render = (source: string) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(Markdown, null, source)));

describe('Markdown with mentions', () => {
  it('shows a mention as the name, not as a link, and keeps other links', () => {
    const html = render(
      `Merci ${mentionToken('Élodie Le_Gall', '0b4f3c2e-1d2a-4b5c-8d9e-0f1a2b3c4d5e')} : [guide](https://example.org)`,
    );
    expect(html).toContain('@Élodie Le_Gall');
    expect(html).not.toContain('#mention-');
    expect(html).not.toContain('0b4f3c2e');
    expect(html).toContain('href="https://example.org"');
  });

  it('still drops raw HTML and unsafe links', () => {
    const html = render('<script>alert(1)</script> [x](javascript:alert(1))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
  });

  it('adds a picked mention on its own word', () => {
    expect(withMention('', '@[A](1)')).toBe('@[A](1) ');
    expect(withMention('Bonjour', '@[A](1)')).toBe('Bonjour @[A](1) ');
    expect(withMention('Bonjour ', '@[A](1)')).toBe('Bonjour @[A](1) ');
  });
});
