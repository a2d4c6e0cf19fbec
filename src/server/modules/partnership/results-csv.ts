import { PARTNERSHIP_LEVELS, type Language } from '../../../shared/enums';
import type { ResultRow, Results } from '../../../shared/schemas/partnership';
import { CSV_BOM, CSV_LINE_END, csvLine } from '../../lib/csv';
import { label } from '../../lib/labels';

// The aggregated results as a spreadsheet (see lib/csv.ts), with a decimal comma in French.
// Only what the results screen shows leaves: rows of groups under the minimum size keep their
// binôme count but no figure.

/** The results as CSV text (with its BOM), one row per scope (all sectors, then each sector) × domain. */
export function resultsToCsv(results: Results, language: Language): string {
  const t = (key: string, values?: Record<string, string | number>) =>
    label(language, `partnershipPdf.csv.${key}`, values);
  const levelName = (level: string) => label(language, `reports.level.${level}`);
  const decimal = (value: number | null) => {
    if (value === null) return null;
    const text = value.toFixed(2);
    return language === 'fr' ? text.replace('.', ',') : text;
  };
  const hiddenNote = t('hidden', { min: results.minGroup });

  const header = [
    t('scope'),
    t('domain'),
    t('binomes'),
    t('note'),
    t('meanCurrent'),
    t('meanTarget'),
    ...PARTNERSHIP_LEVELS.map((level) => t('currentCount', { level: levelName(level) })),
    ...PARTNERSHIP_LEVELS.map((level) => t('targetCount', { level: levelName(level) })),
  ];

  const line = (scope: string, row: ResultRow, groupShown: boolean) => {
    const shown = groupShown && row.shown;
    const counts = (which: 'current' | 'target') =>
      PARTNERSHIP_LEVELS.map((level) => (shown ? (row[which]?.[level] ?? 0) : null));
    return csvLine([
      scope,
      row.domainName,
      row.binomes,
      shown ? '' : hiddenNote,
      shown ? decimal(row.meanCurrent) : null,
      shown ? decimal(row.meanTarget) : null,
      ...counts('current'),
      ...counts('target'),
    ]);
  };

  const lines = [csvLine(header)];
  const all = t('allSectors');
  for (const row of results.rows) lines.push(line(all, row, true));
  for (const group of results.bySector) {
    const scope = label(language, `enums.sector.${group.sector}`);
    if (group.rows.length === 0) {
      // A hidden sector without rows still says how many binômes it has.
      lines.push(
        csvLine([
          scope,
          '',
          group.binomes,
          group.shown ? '' : hiddenNote,
          ...Array.from({ length: 2 + 2 * PARTNERSHIP_LEVELS.length }, () => null),
        ]),
      );
      continue;
    }
    for (const row of group.rows) lines.push(line(scope, row, group.shown));
  }
  return `${CSV_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`;
}
