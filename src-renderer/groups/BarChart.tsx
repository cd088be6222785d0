import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

interface BarChartProps {
  readonly label: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly horizontal?: boolean;
}

/** A bar chart (chart.js on a canvas); the same figures are always also shown as text beside it. */
export function BarChart({ label, labels, values, horizontal = false }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [...labels], datasets: [{ label, data: [...values], backgroundColor: '#1d7a5f', borderRadius: 4 }] },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { tooltip: { enabled: true } },
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [label, labels, values, horizontal]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={`${label}: ${labels.map((l, i) => `${l} ${values[i] ?? 0}`).join(', ')}`} />
    </div>
  );
}
