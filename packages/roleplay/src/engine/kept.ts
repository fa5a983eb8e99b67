import type { Scenario } from "@defuse/content";

/**
 * Speed round 25: answers of pure functions of an agent's text, kept per text. Every turn reads the turns before it again,
 * and a replay, a rescore or the same call at another seed reads them all again; each answer depends only on the words
 * (and the scenario), so the second read is a lookup. Each cache is bounded (cleared when it reaches `max` texts), so a
 * long-running worker does not grow on learners' text. The answers are shared: a caller that changes one copies it first.
 */
export interface KeptPerText<R> {
  (text: string): R;
  /** How many texts the cache holds (at most `max`). */
  size(): number;
}
export function keptPerText<R>(f: (text: string) => R, max = 2_000): KeptPerText<R> {
  const kept = new Map<string, R>();
  const get = (text: string): R => {
    let r = kept.get(text);
    if (r === undefined && !kept.has(text)) {
      r = f(text);
      if (kept.size >= max) kept.clear();
      kept.set(text, r);
    }
    return r as R;
  };
  return Object.assign(get, { size: () => kept.size });
}

/** As `keptPerText`, per scenario object and text (a scenario's content does not change). */
export interface KeptPerScenarioText<R> {
  (scenario: Scenario, text: string): R;
  /** How many texts the cache holds for a scenario (at most `max`). */
  size(scenario: Scenario): number;
}
export function keptPerScenarioText<R>(f: (scenario: Scenario, text: string) => R, max = 2_000): KeptPerScenarioText<R> {
  const kept = new WeakMap<Scenario, Map<string, R>>();
  const get = (scenario: Scenario, text: string): R => {
    let m = kept.get(scenario);
    if (m === undefined) kept.set(scenario, (m = new Map()));
    let r = m.get(text);
    if (r === undefined && !m.has(text)) {
      r = f(scenario, text);
      if (m.size >= max) m.clear();
      m.set(text, r);
    }
    return r as R;
  };
  return Object.assign(get, { size: (scenario: Scenario) => kept.get(scenario)?.size ?? 0 });
}
