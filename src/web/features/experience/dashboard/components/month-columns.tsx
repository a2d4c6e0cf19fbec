import { Box } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../../shared/schemas/experience';
import { countAxis, stack } from '../lib/chart-scale';
import { SENTIMENT_ORDER, sentimentFill } from '../lib/sentiments';
import { MixedPattern } from './sentiment-legend';

const WIDTH = 680;
const HEIGHT = 260;
const LEFT = 48;
const TOP = 10;
const BOTTOM = 44;
const PLOT_W = WIDTH - LEFT - 8;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const MUTED = '#495057';

type Month = Dashboard['months'][number];

/** The column's height: the month's comments, or the sum of its sentiments if larger. */
const monthTotal = (m: Month) =>
  Math.max(
    m.comments,
    Object.values(m.bySentiment).reduce((sum, n) => sum + n, 0),
  );

interface MonthColumnsProps {
  title: string;
  summary: string;
  months: Month[];
  /** Tick labels: the month's short name, and the year under January and the first column. */
  monthName: (month: string) => string;
  formatCount: (value: number) => string;
  /** Accessible name of a column ("mars 2025 : 120 commentaires, dont…"). */
  describe: (month: Month) => string;
  /** The comments of the month, when the reader may see them (and there are some). */
  href?: (month: Month) => string | undefined;
}

/** Comments per month, stacked by sentiment; each column leads to the month's comments. */
export function MonthColumns(props: MonthColumnsProps) {
  const { months, href } = props;
  const id = useId();
  const patternId = `${id}-mixte`;
  const axis = countAxis(Math.max(0, ...months.map(monthTotal)));
  const y = (value: number) => TOP + PLOT_H - (PLOT_H * value) / axis.max;
  const slot = PLOT_W / Math.max(1, months.length);
  const barWidth = Math.min(40, slot * 0.7);
  const every = Math.ceil(months.length / 12);
  return (
    <Box maw={WIDTH}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role={href ? 'group' : 'img'}
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.summary}</desc>
        <MixedPattern id={patternId} />
        <g aria-hidden="true">
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH - 8} y1={y(tick)} y2={y(tick)} stroke="#dee2e6" />
              <text x={LEFT - 6} y={y(tick) + 4} fontSize="11" textAnchor="end" fill={MUTED}>
                {props.formatCount(tick)}
              </text>
            </g>
          ))}
          {months.map((m, i) => {
            const year = m.month.slice(0, 4);
            const showYear = i === 0 || m.month.endsWith('-01');
            const cx = LEFT + slot * (i + 0.5);
            return (
              <g key={m.month}>
                {i % every === 0 && (
                  <text x={cx} y={TOP + PLOT_H + 16} fontSize="11" textAnchor="middle" fill={MUTED}>
                    {props.monthName(m.month)}
                  </text>
                )}
                {showYear && (
                  <text x={cx} y={TOP + PLOT_H + 32} fontSize="11" textAnchor="middle" fill={MUTED}>
                    {year}
                  </text>
                )}
              </g>
            );
          })}
        </g>
        {months.map((m, i) => {
          const left = LEFT + slot * i + (slot - barWidth) / 2;
          const label = props.describe(m);
          const column = (
            <>
              <rect x={LEFT + slot * i} y={TOP} width={slot} height={PLOT_H} fill="transparent" />
              {stack(m.bySentiment, SENTIMENT_ORDER).map((part) => (
                <rect
                  key={part.key}
                  x={left}
                  y={y(part.start + part.value)}
                  width={barWidth}
                  height={y(part.start) - y(part.start + part.value)}
                  fill={sentimentFill(part.key, patternId)}
                  stroke="#ffffff"
                  strokeWidth="1"
                />
              ))}
              <title>{label}</title>
            </>
          );
          const to = href?.(m);
          return to ? (
            <Link key={m.month} to={to} aria-label={label}>
              {column}
            </Link>
          ) : (
            <g key={m.month}>{column}</g>
          );
        })}
        <line x1={LEFT} x2={WIDTH - 8} y1={TOP + PLOT_H} y2={TOP + PLOT_H} stroke={MUTED} />
      </svg>
    </Box>
  );
}
