import type { ReactNode } from "react";

export interface Span {
  label: string;
  start: number;
  end: number;
}
export interface Named {
  id: string;
  name: string;
}

/** The learner's own words with the techniques (green) and pitfalls (red) the analyser found marked. */
export function AgentLine({ text, spans, techniques, pitfalls }: { text: string; spans: Span[]; techniques: Named[]; pitfalls: Named[] }) {
  const pitfallIds = new Set(pitfalls.map((p) => p.id));
  const names = new Map([...techniques, ...pitfalls].map((t) => [t.id, t.name]));
  const ordered = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue; // overlapping span: the first one wins
    if (s.start > at) parts.push(text.slice(at, s.start));
    const bad = pitfallIds.has(s.label);
    parts.push(
      <mark
        key={`${s.start}-${s.label}`}
        className={bad ? "rounded bg-red-100 px-0.5 text-red-900 underline decoration-wavy" : "rounded bg-emerald-100 px-0.5 text-emerald-900"}
        title={names.get(s.label) ?? s.label}
      >
        {text.slice(s.start, s.end)}
        <span className="sr-only"> ({bad ? "pitfall" : "technique"}: {names.get(s.label) ?? s.label})</span>
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div>
      <p className="whitespace-pre-wrap break-words">{parts}</p>
      {techniques.length + pitfalls.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Detected in your reply">
          {techniques.map((t) => (
            <li key={t.id} className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900">
              ✓ {t.name}
            </li>
          ))}
          {pitfalls.map((p) => (
            <li key={p.id} className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">
              ✗ {p.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
