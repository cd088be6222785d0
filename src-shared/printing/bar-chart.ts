import { html, type SafeHtml } from './html';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const WIDTH = 640;
const HEIGHT = 160;
const AXIS = { left: 40, right: 10, top: 14, bottom: 30 };

function niceMax(max: number): number {
  if (max <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/**
 * A bar chart drawn as SVG inside the printed page: no script runs there, and black and grey survive a
 * cheap printer and a photocopy. Each bar carries its value on top, so the chart reads without the axis.
 */
export function barChartSvg(title: string, bars: readonly Bar[]): SafeHtml {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value)));
  const plotWidth = WIDTH - AXIS.left - AXIS.right;
  const plotHeight = HEIGHT - AXIS.top - AXIS.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(48, slot * 0.6);
  const y = (value: number) => AXIS.top + plotHeight - (value / max) * plotHeight;
  const ticks = [0, 1, 2, 3, 4, 5].map((k) => (max / 5) * k);
  return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">
  <title>${title}</title>
  ${ticks.map(
    (tick) => html`<line x1="${AXIS.left}" x2="${WIDTH - AXIS.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#999" stroke-width="0.6" stroke-dasharray="3 3"/>
  <text x="${AXIS.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
  )}
  <line x1="${AXIS.left}" x2="${WIDTH - AXIS.right}" y1="${y(0)}" y2="${y(0)}" stroke="#000" stroke-width="1"/>
  ${bars.map((bar, i) => {
    const x = AXIS.left + slot * i + (slot - barWidth) / 2;
    return html`<rect x="${x}" y="${y(bar.value)}" width="${barWidth}" height="${y(0) - y(bar.value)}" fill="#555" stroke="#000" stroke-width="0.8"/>
  <text x="${x + barWidth / 2}" y="${y(bar.value) - 3}" text-anchor="middle" font-weight="bold">${bar.value}</text>
  <text x="${x + barWidth / 2}" y="${HEIGHT - AXIS.bottom + 16}" text-anchor="middle">${bar.label}</text>`;
  })}
</svg>`;
}
