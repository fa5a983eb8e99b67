/** The customer's tension turn by turn, as a small line chart with a text equivalent. */
export function TensionCurve({ points }: { points: number[] }) {
  if (points.length < 2) return <p className="text-sm text-slate-600">No turns recorded.</p>;
  const w = 320;
  const h = 100;
  const step = w / (points.length - 1);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${(i * step).toFixed(1)},${(h - (p / 100) * h).toFixed(1)}`).join(" ");
  return (
    <figure>
      <svg viewBox={`0 0 ${w} ${h}`} className="h-28 w-full max-w-md rounded bg-slate-50" role="img" aria-label={`Tension by turn: ${points.join(", ")}`}>
        <line x1="0" x2={w} y1={h / 2} y2={h / 2} stroke="#cbd5e1" strokeDasharray="4 4" />
        <path d={path} fill="none" stroke="#b42318" strokeWidth="2.5" />
      </svg>
      <figcaption className="text-sm text-slate-600">
        Tension from {points[0]} to {points[points.length - 1]} (0 calm, 100 furious).
      </figcaption>
    </figure>
  );
}
