import { getRubric } from "@defuse/content";
import { scoreTranscript, TranscriptInputError } from "./scoring/transcript";

/** `roleplay score`: one real-call transcript in, its scorecard out (see cli.ts). Returns the exit code. */
export function runScore(input: string, fail: (msg: string) => void): number {
  let obj: unknown;
  try {
    obj = JSON.parse(input.trim());
  } catch (e) {
    fail(`line 1: invalid JSON (${(e as Error).message})`);
    return 1;
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    fail("line 1: expected a JSON object {rubric, turns}");
    return 1;
  }
  const o = obj as Record<string, unknown>;
  const rubric = typeof o.rubric === "string" ? getRubric(o.rubric) : undefined;
  if (!rubric) {
    fail(`line 1: unknown rubric ${JSON.stringify(o.rubric)}`);
    return 1;
  }
  try {
    const s = scoreTranscript(rubric, o.turns as never);
    process.stdout.write(
      JSON.stringify({
        score: s.score,
        passed: s.passed,
        verdict: s.verdict,
        criteria: s.criteria.map((c) => ({ id: c.id, level: c.level, points: c.points, reason: c.reason, evidence: c.evidence })),
        critical: s.firstCritical,
        improvement: s.improvement,
        turns: s.turns.map((t) => ({ speaker: t.speaker, techniques: t.techniques, pitfalls: t.pitfalls, tension: t.tension, reason: t.reason })),
      }) + "\n",
    );
    return 0;
  } catch (e) {
    if (e instanceof TranscriptInputError) {
      fail(`line 1: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
