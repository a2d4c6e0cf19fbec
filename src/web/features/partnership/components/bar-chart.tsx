import { Box } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_LEVELS } from '../../../../shared/enums';
import { CHART_COLORS, MAX_LEVEL, wrapLabel, type ChartDatum } from '../lib/chart';
import { useLevelName } from '../lib/use-level-name';
import { ChartLegend } from './chart-legend';

const WIDTH = 680;
const LABEL_WIDTH = 190;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_LEFT - 50;
const BAR = 14;
const ROW = BAR * 2 + 22;
const TOP = 8;
const AXIS = 36;

/**
 * Horizontal bars of the (mean) current and target levels per domain. A picture for sighted
 * readers: the same figures are in the table that follows it.
 */
export function BarChart({ data, title }: { data: ChartDatum[]; title: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const levelName = useLevelName();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const x = (value: number) => PLOT_LEFT + (PLOT_WIDTH * value) / MAX_LEVEL;
  const height = TOP + data.length * ROW + AXIS;
  const axisY = TOP + data.length * ROW;
  return (
    <Box maw={WIDTH}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('partnership.chart.seeTable')}</desc>
        {PARTNERSHIP_LEVELS.map((level, k) => (
          <g key={level}>
            <line
              x1={x(k + 1)}
              x2={x(k + 1)}
              y1={TOP}
              y2={axisY}
              stroke={CHART_COLORS.grid}
              strokeDasharray="2 3"
            />
            <text x={x(k + 1)} y={axisY + 16} fontSize="11" textAnchor="middle" fill="#495057">
              {`${k + 1}`}
            </text>
            <text x={x(k + 1)} y={axisY + 30} fontSize="11" textAnchor="middle" fill="#495057">
              {levelName(level)}
            </text>
          </g>
        ))}
        <line x1={PLOT_LEFT} x2={PLOT_LEFT} y1={TOP} y2={axisY} stroke="#495057" />
        {data.map((d, i) => {
          const y = TOP + i * ROW + 8;
          const lines = wrapLabel(d.label, 26, 2);
          return (
            <g key={d.label}>
              <text
                x={LABEL_WIDTH}
                y={y + BAR - (lines.length - 1) * 7}
                fontSize="12"
                textAnchor="end"
                fill="#212529"
              >
                {lines.map((line, n) => (
                  <tspan key={n} x={LABEL_WIDTH} dy={n === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
              {d.current === null || d.target === null ? (
                <text x={PLOT_LEFT + 8} y={y + BAR + 4} fontSize="12" fill="#495057">
                  {t('partnership.results.hiddenShort')}
                </text>
              ) : (
                <>
                  <rect
                    x={PLOT_LEFT}
                    y={y}
                    width={x(d.current) - PLOT_LEFT}
                    height={BAR}
                    fill={CHART_COLORS.current}
                  />
                  <text x={x(d.current) + 4} y={y + BAR - 3} fontSize="11" fill="#212529">
                    {number.format(d.current)}
                  </text>
                  <rect
                    x={PLOT_LEFT + 1}
                    y={y + BAR + 3}
                    width={Math.max(0, x(d.target) - PLOT_LEFT - 2)}
                    height={BAR - 2}
                    fill="white"
                    stroke={CHART_COLORS.target}
                    strokeWidth="2"
                    strokeDasharray="4 2"
                  />
                  <text x={x(d.target) + 4} y={y + 2 * BAR} fontSize="11" fill="#212529">
                    {number.format(d.target)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <ChartLegend />
    </Box>
  );
}
