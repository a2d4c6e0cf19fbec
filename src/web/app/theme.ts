import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Teal-blue brand colour. Shade 7 carries white text at 7.5:1 and shade 6 at 5.5:1 (WCAG AA).
const binome: MantineColorsTuple = [
  '#e7f4f8',
  '#cfe6ee',
  '#9fcddc',
  '#6cb2c9',
  '#3f98b5',
  '#2583a3',
  '#14728f',
  '#0b5c76',
  '#084a60',
  '#05384a',
];

export const theme = createTheme({
  primaryColor: 'binome',
  primaryShade: 7,
  colors: { binome },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.875rem', lineHeight: '1.25' },
      h2: { fontSize: '1.375rem', lineHeight: '1.3' },
      h3: { fontSize: '1.125rem', lineHeight: '1.35' },
    },
  },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    Table: { defaultProps: { highlightOnHover: true, verticalSpacing: 'sm' } },
  },
});

/**
 * Mantine's defaults for secondary text (gray.6), errors (red.6) and "light" variants fail the
 * WCAG AA contrast ratio on white; these overrides keep every text at 4.5:1 or more.
 * Subtle buttons take a colour without shade (`color="red"`): Mantine caps a subtle shade at 6,
 * whereas the plain colour uses the `-light-color` set here.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-binome-8)',
    '--mantine-color-binome-light-color': 'var(--mantine-color-binome-8)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': '#1e6b2e',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
    '--mantine-color-yellow-light-color': '#6b4e00',
    '--mantine-color-orange-light-color': '#8a3c00',
    '--mantine-color-red-outline': 'var(--mantine-color-red-9)',
    '--mantine-color-green-outline': '#1e6b2e',
    '--mantine-color-orange-outline': '#8a3c00',
    '--mantine-color-yellow-outline': '#6b4e00',
    '--mantine-color-gray-outline': 'var(--mantine-color-gray-7)',
    '--mantine-color-binome-outline': 'var(--mantine-color-binome-7)',
  },
  dark: {},
});
