import { Box } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_COLORS, MAX_LEVEL, wrapLabel, type ChartDatum } from '../lib/chart';
import { ChartLegend } from './chart-legend';

const WIDTH = 640;
const HEIGHT = 460;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 150;

/**
 * Radar of the current and target levels per domain (at least three domains). A picture for
 * sighted readers: the same figures are in the table that follows it.
 */
export function RadarChart({ data, title }: { data: ChartDatum[]; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / data.length;
  const point = (i: number, value: number) => {
    const r = (RADIUS * value) / MAX_LEVEL;
    return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))] as const;
  };
  const polygon = (which: 'current' | 'target') =>
    data.map((d, i) => point(i, d[which] ?? 0).join(',')).join(' ');
  const rings = Array.from({ length: MAX_LEVEL }, (_, k) => k + 1);
  return (
    <Box maw={WIDTH}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('partnership.chart.seeTable')}</desc>
        {rings.map((k) => (
          <polygon
            key={k}
            points={data.map((_, i) => point(i, k).join(',')).join(' ')}
            fill="none"
            stroke={CHART_COLORS.grid}
            strokeWidth="1"
          />
        ))}
        {rings.map((k) => (
          <text
            key={k}
            x={CX + 4}
            y={CY - (RADIUS * k) / MAX_LEVEL + 12}
            fontSize="11"
            fill="#495057"
          >
            {k}
          </text>
        ))}
        {data.map((d, i) => {
          const [x, y] = point(i, MAX_LEVEL);
          const cos = Math.cos(angle(i));
          const lx = CX + (RADIUS + 16) * cos;
          const ly = CY + (RADIUS + 16) * Math.sin(angle(i));
          const lines = wrapLabel(d.label, 20, 4);
          const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
          const top = Math.sin(angle(i)) < -0.5 ? ly - (lines.length - 1) * 14 : ly;
          return (
            <g key={d.label}>
              <line x1={CX} y1={CY} x2={x} y2={y} stroke={CHART_COLORS.grid} strokeWidth="1" />
              <text x={lx} y={top} fontSize="13" fill="#212529" textAnchor={anchor}>
                {lines.map((line, n) => (
                  <tspan key={n} x={lx} dy={n === 0 ? 4 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <polygon
          points={polygon('current')}
          fill={CHART_COLORS.current}
          fillOpacity="0.2"
          stroke={CHART_COLORS.current}
          strokeWidth="2.5"
        />
        <polygon
          points={polygon('target')}
          fill="none"
          stroke={CHART_COLORS.target}
          strokeWidth="2.5"
          strokeDasharray="7 4"
        />
        {data.map((d, i) => {
          const [cx, cy] = point(i, d.current ?? 0);
          const [tx, ty] = point(i, d.target ?? 0);
          return (
            <g key={d.label}>
              <circle cx={cx} cy={cy} r="4" fill={CHART_COLORS.current} />
              <rect x={tx - 4} y={ty - 4} width="8" height="8" fill={CHART_COLORS.target} />
            </g>
          );
        })}
      </svg>
      <ChartLegend />
    </Box>
  );
}
