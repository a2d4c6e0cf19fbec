import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Theme } from '../../../shared/schemas/experience';
import { resources } from '../../i18n/i18n';
import { themesKey } from './lib/themes';

// Helpers of the module's web tests: French translations, themes, and static rendering inside
// the app's providers with data already in the query cache.

export function initTestI18n() {
  return i18next.use(initReactI18next).init({
    resources,
    lng: 'fr',
    fallbackLng: 'fr',
    ns: ['translation', 'errors'],
    interpolation: { escapeValue: false },
  });
}

export const testTheme = (code: string, labelFr: string): Theme => ({
  code,
  labelFr,
  labelEn: labelFr,
  description: '',
  position: 0,
  retiredAt: null,
  mergedInto: null,
  comments: 0,
  reviewed: 0,
});

/** HTML of `node` at `path`, with these themes and query results in the cache. */
export function renderStatic(
  node: ReactNode,
  {
    themes = [],
    data = [],
    path = '/',
  }: { themes?: Theme[]; data?: [readonly unknown[], unknown][]; path?: string } = {},
) {
  const client = new QueryClient();
  client.setQueryData(themesKey, themes);
  for (const [key, value] of data) client.setQueryData(key, value);
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(
        QueryClientProvider,
        { client },
        createElement(MemoryRouter, { initialEntries: [path] }, node),
      ),
    ),
  );
}
