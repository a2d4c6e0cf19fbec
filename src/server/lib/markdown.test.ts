import { describe, expect, it } from 'vitest';
import { renderMarkdownSafe } from './markdown';

/** Any real (unescaped) HTML element carrying an event-handler attribute. */
const eventHandler = /<[a-z][^>]*\son[a-z]+\s*=/i;

describe('renderMarkdownSafe', () => {
  it('renders the Markdown the pages use', () => {
    expect(renderMarkdownSafe('**Contexte**\n\n- un\n- deux\n\n> « citation »')).toBe(
      '<p><strong>Contexte</strong></p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<blockquote>\n<p>« citation »</p>\n</blockquote>',
    );
    expect(renderMarkdownSafe('[PNSP](https://example.org/pnsp?a=1&b=2)')).toBe(
      '<p><a href="https://example.org/pnsp?a=1&amp;b=2">PNSP</a></p>',
    );
  });

  it('escapes scripts and any raw HTML tag', () => {
    const html = renderMarkdownSafe('<script>alert(1)</script>\n\nTexte <iframe src="x"></iframe>');
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('leaves no on* attribute on an element', () => {
    for (const source of [
      '<img src=x onerror=alert(1)>',
      'a <b onclick="steal()">b</b>',
      '<a href="https://example.org" onmouseover="x()">lien</a>',
    ]) {
      expect(renderMarkdownSafe(source)).not.toMatch(eventHandler);
    }
  });

  it('strips javascript:, vbscript: and data: addresses from links and images', () => {
    const html = renderMarkdownSafe(
      [
        '[a](javascript:alert(1))',
        '[b](JaVaScRiPt:alert(1))',
        '[c](java&#115;cript:alert(1))',
        '[d](vbscript:msgbox)',
        '[e](data:text/html;base64,PHNjcmlwdD4=)',
        '<javascript:alert(1)>',
        '![f](javascript:alert(1))',
      ].join(' '),
    );
    expect(html).not.toMatch(/(href|src)="(?!")/);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
  });

  it('renders mentions as the name, without a link', () => {
    const html = renderMarkdownSafe(
      'Merci @[Élodie Le_Gall](0b4f3c2e-1d2a-4b5c-8d9e-0f1a2b3c4d5e) !',
    );
    expect(html).toBe('<p>Merci @Élodie Le_Gall !</p>');
  });
});
