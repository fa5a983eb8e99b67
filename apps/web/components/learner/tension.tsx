import { cx } from "@/components/ui";

export type Trend = "rising" | "falling" | "steady";

export function trendOf(before: number | undefined, after: number | undefined): Trend {
  if (before === undefined || after === undefined || before === after) return "steady";
  return after > before ? "rising" : "falling";
}

export function tensionText(value: number, trend: Trend) {
  return `Tension ${Math.round(value)}/100, ${trend}`;
}

/** The live tension meter: a meter for assistive technology, and the value and trend as visible text. */
export function TensionMeter({ value, trend }: { value: number; trend: Trend }) {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  const colour = v >= 70 ? "bg-heat" : v >= 40 ? "bg-amber-500" : "bg-calm";
  const arrow = trend === "rising" ? "▲" : trend === "falling" ? "▼" : "▶";
  return (
    <div className="w-full max-w-sm">
      <div className="flex items-baseline justify-between text-sm">
        <span id="tension-label" className="font-medium text-slate-800">
          Customer tension
        </span>
        <span data-testid="tension-text" className={cx("font-semibold", v >= 70 ? "text-heat" : v >= 40 ? "text-amber-800" : "text-calm")}>
          <span aria-hidden="true">{arrow} </span>
          {tensionText(v, trend)}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="tension-label"
        aria-valuenow={v}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={tensionText(v, trend)}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={cx("h-full rounded-full transition-[width] duration-500 motion-reduce:transition-none", colour)} style={{ width: `${v}%` }} />
      </div>
    </div>
  );
}

/**
 * The tension curve as a small dependency-free SVG line chart. The points are also described in
 * text for screen readers (the transcript beside it carries every value).
 */
export function TensionChart({
  points,
  title = "Tension over the call",
  id = "tension-chart",
  step = "turn",
  scale = "tension",
}: {
  points: number[];
  title?: string;
  /** Unique on the page: the chart's title and description are referenced by id. */
  id?: string;
  /** What one point on the x axis is. */
  step?: "turn" | "attempt";
  /** Tension: high is bad (red). Score: high is good (green), under 50 red. */
  scale?: "tension" | "score";
}) {
  const colour = (v: number) =>
    scale === "score" ? (v >= 70 ? "#0f766e" : v >= 50 ? "#b45309" : "#b42318") : v >= 70 ? "#b42318" : v >= 40 ? "#b45309" : "#0f766e";
  const w = 560;
  const h = 180;
  const pad = { l: 36, r: 12, t: 12, b: 28 };
  const n = Math.max(points.length, 2);
  const x = (i: number) => pad.l + (i * (w - pad.l - pad.r)) / (n - 1);
  const y = (v: number) => pad.t + ((100 - v) * (h - pad.t - pad.b)) / 100;
  const path = points.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const desc = `Starts at ${points[0] ?? 0}, ends at ${points.at(-1) ?? 0}, highest ${Math.max(...points, 0)}, lowest ${points.length ? Math.min(...points) : 0}. Values by ${step}: ${points.join(", ")}.`;
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {[0, 25, 50, 75, 100].map((g) => (
          <g key={g}>
            <line x1={pad.l} x2={w - pad.r} y1={y(g)} y2={y(g)} stroke="#e2e8f0" />
            <text x={pad.l - 6} y={y(g) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {g}
            </text>
          </g>
        ))}
        {points.map((_, i) => (
          <text key={i} x={x(i)} y={h - 8} textAnchor="middle" fontSize="11" fill="#475569">
            {step === "turn" ? (i === 0 ? "start" : i) : i + 1}
          </text>
        ))}
        <path d={path} fill="none" stroke="#2443b3" strokeWidth="2.5" />
        {points.map((v, i) => (
          <circle key={i} cx={x(i)} cy={y(v)} r="4" fill={colour(v)} />
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600">{desc}</figcaption>
    </figure>
  );
}
