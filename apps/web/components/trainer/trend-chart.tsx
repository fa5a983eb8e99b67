import { formatDate } from "@/lib/format";

export interface TrendWeek {
  week: Date;
  attempts: number;
  avgScore: number | null;
  passRate: number | null;
}

const W = 640;
const H = 240;
const PAD = { left: 40, right: 16, top: 16, bottom: 36 };
const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * The weekly trend as a server-rendered SVG (no chart library, no client JavaScript): average
 * score as a solid line with dots, pass rate as a dashed line with squares, both on a 0–100 scale,
 * so the two read apart without colour. The SVG is an image with a written summary as its text
 * alternative; the numbers themselves are in the table the page shows under it.
 */
export function TrendChart({ trend, id }: { trend: TrendWeek[]; id: string }) {
  const n = trend.length;
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((100 - v) * (H - PAD.top - PAD.bottom)) / 100;
  const line = (pick: (t: TrendWeek) => number | null) =>
    trend
      .map((t, i) => [i, pick(t)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== null)
      .map(([i, v], k) => `${k ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(" ");
  const every = Math.max(1, Math.ceil(n / 6)); // at most about six week labels, so they never overlap
  const first = trend[0]!;
  const last = trend[n - 1]!;
  const summary =
    `${n} week${n === 1 ? "" : "s"} from ${formatDate(first.week)} to ${formatDate(last.week)}. ` +
    `Average score ${first.avgScore ?? "none"} in the first week and ${last.avgScore ?? "none"} in the last; ` +
    `pass rate ${first.passRate ?? "none"}% then ${last.passRate ?? "none"}%. The table below gives every week.`;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Average score and pass rate by week</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#475569">
              {v}
            </text>
          </g>
        ))}
        {trend.map((t, i) =>
          i % every === 0 || i === n - 1 ? (
            <text key={i} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" fontSize="12" fill="#475569">
              {short.format(t.week)}
            </text>
          ) : null,
        )}
        <path d={line((t) => t.passRate)} fill="none" stroke="#0f766e" strokeWidth="2.5" strokeDasharray="6 4" />
        <path d={line((t) => t.avgScore)} fill="none" stroke="#2443b3" strokeWidth="2.5" />
        {trend.map((t, i) => (
          <g key={i}>
            {t.passRate !== null ? <rect x={x(i) - 4} y={y(t.passRate) - 4} width="8" height="8" fill="#0f766e" /> : null}
            {t.avgScore !== null ? <circle cx={x(i)} cy={y(t.avgScore)} r="4.5" fill="#2443b3" /> : null}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" aria-hidden="true">
        <span className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="#2443b3" strokeWidth="2.5" /><circle cx="14" cy="5" r="4" fill="#2443b3" /></svg>
          Average score
        </span>
        <span className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="#0f766e" strokeWidth="2.5" strokeDasharray="6 4" /><rect x="10" y="1" width="8" height="8" fill="#0f766e" /></svg>
          Pass rate (%)
        </span>
      </figcaption>
    </figure>
  );
}
