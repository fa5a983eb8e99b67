import type { AppRouter, inferRouterOutputs } from "@defuse/api";

type Attempt = inferRouterOutputs<AppRouter>["learner"]["attempt"];

/** The call's title and what kind of call it is, above the practice screen (a learner's or a play-test). */
export function CallHeader({ attempt }: { attempt: Pick<Attempt, "mode" | "intensity" | "scenario"> }) {
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight break-words">{attempt.scenario.title}</h1>
      <p className="text-slate-700">
        {attempt.mode === "branching" ? "Branching" : "Free text"} · caller: {attempt.scenario.customerName}
        {attempt.intensity === "reduced" ? " · reduced intensity" : ""}
      </p>
    </header>
  );
}
