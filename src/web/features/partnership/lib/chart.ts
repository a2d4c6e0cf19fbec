import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';

/** One domain of a chart: levels on the 1 (information) – 4 (co-construction) scale. */
export interface ChartDatum {
  label: string;
  /** null: not shown (hidden group, or no position). */
  current: number | null;
  target: number | null;
}

export const MAX_LEVEL = PARTNERSHIP_LEVELS.length;

/** Colours with at least 3:1 against white (WCAG 1.4.11), told apart by shape and legend too. */
export const CHART_COLORS = { current: '#0b5c76', target: '#8a3c00', grid: '#868e96' };

/** Splits a label into lines of at most `width` characters, on spaces (long words kept). */
export function wrapLabel(label: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}
