import { Box } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { stack } from '../lib/chart-scale';
import { SENTIMENT_ORDER, sentimentFill, type SentimentKey } from '../lib/sentiments';
import { MixedPattern } from './sentiment-legend';

const WIDTH = 680;
const PLOT = 560;
const BAR = 18;
const INK = '#212529';
const MUTED = '#495057';

export interface StackedRow {
  key: string;
  label: string;
  /** Beside the label, on the right (e.g. "+4 pts · région : 32 %"). */
  note?: string;
  /** After the bar (e.g. "42 (18 %)"). */
  end: string;
  values: Partial<Record<string, number>>;
}

export interface SegmentInfo {
  /** Read by screen readers and shown on hover. */
  label: string;
  /** The comments behind the segment, when the reader may see them. */
  href?: string;
  /** Written under the segment when it is wide enough (e.g. its share). */
  caption?: string;
}

interface StackedBarsProps {
  title: string;
  /** One sentence saying what the chart shows (its main figures). */
  summary: string;
  rows: StackedRow[];
  /** The value of a full-width bar. */
  max: number;
  segment: (row: StackedRow, key: SentimentKey, value: number) => SegmentInfo;
}

/**
 * Horizontal bars stacked by sentiment, one per row. Without links it is one picture
 * (role="img"); with links it is a group whose links are focusable and named, since an image
 * may not contain interactive elements. The same figures are in a table beside it.
 */
export function StackedBars({ title, summary, rows, max, segment }: StackedBarsProps) {
  const id = useId();
  const patternId = `${id}-mixte`;
  const captions = rows.some((row) =>
    SENTIMENT_ORDER.some((key) => segment(row, key, row.values[key] ?? 0).caption),
  );
  const rowHeight = captions ? 62 : 48;
  const x = (value: number) => (PLOT * value) / (max || 1);
  const bars = rows.map((row) =>
    stack(row.values, SENTIMENT_ORDER).map((part) => ({
      ...part,
      ...segment(row, part.key, part.value),
    })),
  );
  const linked = bars.some((parts) => parts.some((part) => part.href));
  return (
    <Box maw={WIDTH}>
      <svg
        viewBox={`0 0 ${WIDTH} ${rows.length * rowHeight + 4}`}
        width="100%"
        role={linked ? 'group' : 'img'}
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <MixedPattern id={patternId} />
        {rows.map((row, i) => {
          const top = i * rowHeight;
          const parts = bars[i] ?? [];
          const total = parts.reduce((sum, part) => sum + part.value, 0);
          return (
            <g key={row.key}>
              <text x={0} y={top + 14} fontSize="13" fontWeight="600" fill={INK}>
                {row.label}
              </text>
              {row.note && (
                <text x={PLOT} y={top + 14} fontSize="11" textAnchor="end" fill={MUTED}>
                  {row.note}
                </text>
              )}
              <rect x={0} y={top + 20} width={PLOT} height={BAR} fill="#f1f3f5" />
              {parts.map((part) => {
                const rect = (
                  <rect
                    x={x(part.start)}
                    y={top + 20}
                    width={x(part.value)}
                    height={BAR}
                    fill={sentimentFill(part.key, patternId)}
                    stroke="#ffffff"
                    strokeWidth="1.5"
                  >
                    <title>{part.label}</title>
                  </rect>
                );
                const caption = part.caption && x(part.value) >= 34 && (
                  <text
                    x={x(part.start + part.value / 2)}
                    y={top + 20 + BAR + 14}
                    fontSize="11"
                    textAnchor="middle"
                    fill={INK}
                  >
                    {part.caption}
                  </text>
                );
                return (
                  <g key={part.key}>
                    {part.href ? (
                      <Link to={part.href} aria-label={part.label}>
                        {rect}
                      </Link>
                    ) : (
                      rect
                    )}
                    {caption}
                  </g>
                );
              })}
              <text x={x(total) + 6} y={top + 20 + BAR - 4} fontSize="12" fill={INK}>
                {row.end}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
