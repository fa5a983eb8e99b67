import { type Db, PREPARED } from "@defuse/db";
import { TECHNIQUE_IDS } from "@defuse/content";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { toPage } from "../admin/paging";
import { realCallTitle } from "./realCallView";

/**
 * The agent's own real calls beside their practice: released real-call reviews (newest first,
 * keyset-paginated) and, per technique, how often it showed in practice and in reviewed real calls,
 * so the agent sees where practice has not yet carried over. Only released reviews count: a call
 * still being reviewed is invisible to the agent.
 */

export interface TechniqueComparison {
  technique: string;
  /** Share (0..100) of completed practice attempts that showed it. */
  practice: number | null;
  /** Share (0..100) of released real calls that showed it. */
  realCalls: number | null;
  /** Shown in most practice but much less on real calls. */
  notCarriedOver: boolean;
}

export async function myRealCalls(db: Db, user: SessionUser, input: { cursor?: string | null; limit?: number }) {
  const pageSize = Math.min(Math.max(input.limit ?? 10, 1), 50);
  const after = input.cursor
    ? await db.review.findFirst({ where: { attemptId: input.cursor, orgId: user.orgId, state: "RELEASED", attempt: { userId: user.id } }, select: { attemptId: true, releasedAt: true } })
    : null;
  if (input.cursor && !after) throw notFound("That page");
  // One statement (the review, its attempt and its transcript's file name) instead of three:
  // the progress page reads this on every view (issue 16).
  const cursorId = after ? after.attemptId : null;
  const found = await db.$queryRaw<RealCallRow[]>`${PREPARED}
    SELECT r."attemptId", r.score, r.passed, floor(extract(epoch FROM r."releasedAt") * 1000)::float8 AS "releasedAt", tr."fileName"
      FROM "Review" r
      JOIN "Attempt" a ON a.id = r."attemptId"
      LEFT JOIN "Transcript" tr ON tr."attemptId" = a.id AND tr."orgId" = ${user.orgId}
     WHERE r."orgId" = ${user.orgId} AND r.state = 'RELEASED'
       AND a."userId" = ${user.id} AND a."orgId" = ${user.orgId} AND a.kind = 'REAL_CALL'
       AND (${cursorId}::text IS NULL
            OR (SELECT c."releasedAt" FROM "Review" c WHERE c."attemptId" = ${cursorId} AND c."orgId" = ${user.orgId}) IS NULL
            OR (r."releasedAt", r."attemptId") < (SELECT c."releasedAt", c."attemptId" FROM "Review" c WHERE c."attemptId" = ${cursorId} AND c."orgId" = ${user.orgId}))
     ORDER BY r."releasedAt" DESC, r."attemptId" DESC
     LIMIT ${pageSize + 1}`;
  return realCallsPage(found, pageSize, await techniqueComparison(db, user));
}

/** A released real-call review as the list reads it: releasedAt in epoch milliseconds. */
export interface RealCallRow {
  attemptId: string;
  score: number;
  passed: boolean;
  releasedAt: number | null;
  fileName: string | null;
}

/** What myRealCalls answers, from one page of rows (pageSize + 1 read, the extra one telling whether another page exists) and the comparison. */
export function realCallsPage(found: RealCallRow[], pageSize: number, { comparison, comparedOver }: { comparison: TechniqueComparison[]; comparedOver: { practice: number; realCalls: number } }) {
  const rows = found.map((r) => ({ ...r, releasedAt: r.releasedAt === null ? null : new Date(r.releasedAt), attempt: { transcript: r.fileName === null ? null : { fileName: r.fileName } } }));
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.attemptId })),
    pageSize,
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({ attemptId: r.attemptId, title: realCallTitle(r.attempt.transcript?.fileName), score: r.score, passed: r.passed, releasedAt: r.releasedAt })),
    comparison,
    /** How many completed practice attempts and released real calls the shares are out of. */
    comparedOver,
    /** The "not yet on real calls" rule, for the page to explain it. */
    notCarriedOverRule: { practiceAtLeast: CARRIED_PRACTICE_MIN, realCallsFewerBy: CARRIED_GAP },
  };
}

/** A technique has not carried over when it shows in at least this share of practice… */
export const CARRIED_PRACTICE_MIN = 50;
/** …and in at least this many percentage points fewer of the real calls. */
export const CARRIED_GAP = 25;

export async function techniqueComparison(db: Db, user: SessionUser): Promise<{ comparison: TechniqueComparison[]; comparedOver: { practice: number; realCalls: number } }> {
  const rows = await db.$queryRaw<TechniqueCountRow[]>`${PREPARED}
    WITH mine AS (
      SELECT CASE WHEN t.kind = 'REAL_CALL' THEN 'real' ELSE 'practice' END AS grp, t.techniques
      FROM "Attempt" t
      LEFT JOIN "Review" r ON r."attemptId" = t.id
      WHERE t."orgId" = ${user.orgId} AND t."userId" = ${user.id} AND t.status = 'COMPLETED'
        AND (t.kind IN ('ROLEPLAY', 'BRANCHING') OR (t.kind = 'REAL_CALL' AND r.state = 'RELEASED'))
    )
    SELECT grp, NULL AS technique, count(*)::int AS n FROM mine GROUP BY grp
    UNION ALL
    SELECT grp, tech AS technique, count(*)::int AS n FROM mine, unnest(techniques) AS tech GROUP BY grp, tech`;
  return comparisonFrom(rows);
}

/** Per group (practice, real): a row with a null technique counting the calls, and one per technique counting the calls that showed it. */
export type TechniqueCountRow = { grp: "practice" | "real"; technique: string | null; n: number };

/** The comparison from the counts that techniqueComparison's statement reads (the progress page reads them in its own statement). */
export function comparisonFrom(rows: TechniqueCountRow[]): { comparison: TechniqueComparison[]; comparedOver: { practice: number; realCalls: number } } {
  const total = { practice: 0, real: 0 };
  const counts = new Map<string, { practice: number; real: number }>();
  for (const r of rows) {
    if (r.technique === null) total[r.grp] = r.n;
    else {
      const c = counts.get(r.technique) ?? { practice: 0, real: 0 };
      c[r.grp] = r.n;
      counts.set(r.technique, c);
    }
  }
  const share = (n: number, of: number) => (of === 0 ? null : Math.round((100 * n) / of));
  const comparison = TECHNIQUE_IDS.map((technique) => {
    const c = counts.get(technique) ?? { practice: 0, real: 0 };
    const practice = share(c.practice, total.practice);
    const realCalls = share(c.real, total.real);
    return {
      technique,
      practice,
      realCalls,
      notCarriedOver: practice !== null && realCalls !== null && practice >= CARRIED_PRACTICE_MIN && realCalls <= practice - CARRIED_GAP,
    };
  });
  return { comparison, comparedOver: { practice: total.practice, realCalls: total.real } };
}
