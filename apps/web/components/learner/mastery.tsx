import type { AppRouter, inferRouterOutputs } from "@defuse/api";

type Mastery = inferRouterOutputs<AppRouter>["learner"]["progress"]["mastery"];

/**
 * Technique mastery over time as a table-shaped chart: one row per technique, a bar for how often
 * it was used when the rubric looked for it, and a dot per attempt in time order (filled = used,
 * hollow = missed). A real table, so screen readers get every value.
 */
export function MasteryChart({ mastery, attempts }: { mastery: Mastery; attempts: number }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Techniques you used and missed in your role-plays, oldest attempt first</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-2 pr-3">
              Technique
            </th>
            <th scope="col" className="py-2 pr-3">
              Used when expected
            </th>
            <th scope="col" className="py-2">
              Over time (oldest → newest)
            </th>
          </tr>
        </thead>
        <tbody>
          {mastery.map((m) => (
            <tr key={m.id} className="border-b border-slate-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                {m.name}
              </th>
              <td className="py-2 pr-3">
                <div className="flex items-center gap-2">
                  <svg width="120" height="10" aria-hidden="true" className="shrink-0">
                    <rect width="120" height="10" rx="5" fill="#e2e8f0" />
                    <rect width={(120 * m.rate) / 100} height="10" rx="5" fill={m.rate >= 70 ? "#0f766e" : m.rate >= 40 ? "#b45309" : "#b42318"} />
                  </svg>
                  <span>
                    {m.rate}% <span className="text-slate-600">({m.used} used, {m.missed} missed)</span>
                  </span>
                </div>
              </td>
              <td className="py-2">
                <svg width={Math.max(attempts, 1) * 14} height="14" aria-hidden="true">
                  {m.series.map((s, i) =>
                    s === "n/a" ? null : (
                      <circle key={i} cx={i * 14 + 7} cy="7" r="5" fill={s === "used" ? "#0f766e" : "white"} stroke={s === "used" ? "#0f766e" : "#b42318"} strokeWidth="2" />
                    ),
                  )}
                </svg>
                <span className="sr-only">{m.series.map((s, i) => `attempt ${i + 1}: ${s === "n/a" ? "not expected" : s}`).join("; ")}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
