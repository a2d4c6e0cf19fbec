import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Readable report: rule, impact, help, and each offending node with axe's summary. */
export function formatViolations(results: Results): string {
  return results.violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n\n');
}

/** Scans the page against WCAG 2.1 A/AA; throws with a readable list when anything fails. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Let transitions (modals, alerts) finish so colours are final.
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (results.violations.length > 0) {
    throw new Error(
      `axe: ${results.violations.length} violation(s) on "${label}" (${page.url()})\n\n${formatViolations(results)}`,
    );
  }
  scanned.push(label);
}

/** Pages scanned so far (printed at the end of the journey). */
export const scanned: string[] = [];
