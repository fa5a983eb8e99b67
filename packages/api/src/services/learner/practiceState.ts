import { type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import type { RealCallRow, TechniqueCountRow } from "../qa/realCallProgress";

/**
 * What /practice and /progress read about one learner, in one statement instead of the four
 * (practice) or twelve (progress) Prisma queries they made (and, for /progress, the real-call
 * section's two statements): each statement cost a round trip, a
 * socket write and Prisma's query building, about 1 ms of a web worker's CPU in all, and together
 * they were most of what made /progress the most expensive page (issue 16). Every subquery is
 * scoped by the learner's orgId and id in its WHERE. Timestamps come back as epoch milliseconds
 * (columns are UTC `timestamp(3)`, so the session's time zone plays no part).
 */
export interface PracticeState {
  completedLessons: string[];
  passedQuizzes: string[];
  /** Finished role-plays (free text and branching), oldest first. */
  completed: Array<{ contentId: string; kind: string; score: number | null; passed: boolean | null; completedAt: Date | null }>;
  /** Role-plays in progress, latest started first. */
  open: Array<{ id: string; contentId: string; kind: string }>;
  /** Scenario assignments of the learner's current cohorts, soonest due first (undated last). */
  assigned: Array<{ contentId: string; dueAt: Date | null }>;
  /** The organisation's published scenarios (key and version), by title. */
  authored: Array<{ key: string; publishedVersion: number }>;
  orgName: string | null;
}

export interface ProgressHistory {
  /** The latest 30 finished role-plays, newest first. */
  history: Array<{
    id: string;
    contentId: string;
    kind: string;
    rubricId: string | null;
    techniques: string[];
    pitfalls: string[];
    score: number | null;
    passed: boolean | null;
    completedAt: Date | null;
    reviewState: string;
    reflected: boolean;
  }>;
  /** The latest 20 released reviews of the learner's attempts, newest first. */
  reviews: Array<{
    attemptId: string;
    score: number;
    passed: boolean;
    comment: string;
    criteria: unknown;
    criticalDecision: string | null;
    criticalReason: string;
    turnComments: unknown;
    releasedAt: Date | null;
    reviewer: { name: string };
    attempt: { contentId: string; rubricId: string | null; rubricVersion: number | null; autoScore: number | null };
  }>;
  /**
   * The first page of the learner's released real-call reviews (REAL_CALLS_PAGE, and one more
   * when there are more) and the per-technique counts of practice and real calls: what
   * qa.myRealCalls reads in two statements of its own, for the progress page's real-calls section.
   */
  realCalls: RealCallRow[];
  techniqueCounts: TechniqueCountRow[];
}

/** Real calls on the progress page: myRealCalls's first page. */
export const REAL_CALLS_PAGE = 10;

type Ms = number | null;
const date = (ms: Ms) => (ms === null ? null : new Date(ms));

interface Row {
  lessons: string[];
  quizzes: string[];
  completed: Array<Omit<PracticeState["completed"][number], "completedAt"> & { completedAt: Ms }>;
  open: PracticeState["open"];
  assigned: Array<{ contentId: string; dueAt: Ms }>;
  authored: PracticeState["authored"];
  orgName: string | null;
  history: Array<Omit<ProgressHistory["history"][number], "completedAt"> & { completedAt: Ms }> | null;
  reviews: Array<
    Omit<ProgressHistory["reviews"][number], "releasedAt" | "reviewer" | "attempt"> & { releasedAt: Ms; reviewer: string; contentId: string; rubricId: string | null; rubricVersion: number | null; autoScore: number | null }
  > | null;
  realCalls: RealCallRow[] | null;
  techniqueCounts: TechniqueCountRow[] | null;
}

export async function readPracticeState(db: Db, user: SessionUser, opts: { withHistory: true }): Promise<PracticeState & ProgressHistory>;
export async function readPracticeState(db: Db, user: SessionUser, opts?: { withHistory?: false }): Promise<PracticeState>;
export async function readPracticeState(db: Db, user: SessionUser, opts: { withHistory?: boolean } = {}): Promise<PracticeState & Partial<ProgressHistory>> {
  const org = user.orgId;
  const me = user.id;
  const withHistory = opts.withHistory === true;
  const [row] = await db.$queryRaw<Row[]>`${PREPARED}
    SELECT
      (SELECT coalesce(json_agg(lp."lessonId"), '[]')
         FROM "LessonProgress" lp
        WHERE lp."orgId" = ${org} AND lp."userId" = ${me} AND lp."completedAt" IS NOT NULL) AS lessons,
      (SELECT coalesce(json_agg(DISTINCT q."contentId"), '[]')
         FROM "Attempt" q
        WHERE q."orgId" = ${org} AND q."userId" = ${me} AND q.kind = 'QUIZ' AND q.status = 'COMPLETED' AND q.passed = true) AS quizzes,
      (SELECT coalesce(json_agg(json_build_object('contentId', a."contentId", 'kind', a.kind, 'score', a.score, 'passed', a.passed,
                                                  'completedAt', floor(extract(epoch FROM a."completedAt") * 1000)) ORDER BY a."completedAt" ASC), '[]')
         FROM "Attempt" a
        WHERE a."orgId" = ${org} AND a."userId" = ${me} AND a.kind IN ('ROLEPLAY', 'BRANCHING') AND a.status = 'COMPLETED') AS completed,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'contentId', o."contentId", 'kind', o.kind) ORDER BY o."startedAt" DESC), '[]')
         FROM "Attempt" o
        WHERE o."orgId" = ${org} AND o."userId" = ${me} AND o.kind IN ('ROLEPLAY', 'BRANCHING') AND o.status = 'IN_PROGRESS') AS open,
      (SELECT coalesce(json_agg(json_build_object('contentId', s."contentId", 'dueAt', floor(extract(epoch FROM s."dueAt") * 1000)) ORDER BY s."dueAt" ASC NULLS LAST), '[]')
         FROM "Assignment" s
         JOIN "Cohort" c ON c.id = s."cohortId"
        WHERE s."orgId" = ${org} AND s.kind = 'SCENARIO' AND s."withdrawnAt" IS NULL AND c."archivedAt" IS NULL
          AND EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = c.id AND m."userId" = ${me} AND m."removedAt" IS NULL)) AS assigned,
      (SELECT coalesce(json_agg(json_build_object('key', w.key, 'publishedVersion', w."publishedVersion") ORDER BY w.title ASC, w.id ASC), '[]')
         FROM "AuthoredScenario" w
        WHERE w."orgId" = ${org} AND w.status = 'PUBLISHED' AND w."publishedVersion" IS NOT NULL) AS authored,
      (SELECT g.name FROM "Organization" g WHERE g.id = ${org}) AS "orgName",
      CASE WHEN ${withHistory} THEN
        (SELECT coalesce(json_agg(json_build_object('id', h.id, 'contentId', h."contentId", 'kind', h.kind, 'rubricId', h."rubricId",
                                                    'techniques', h.techniques, 'pitfalls', h.pitfalls, 'score', h.score, 'passed', h.passed,
                                                    'completedAt', floor(extract(epoch FROM h."completedAt") * 1000), 'reviewState', h."reviewState",
                                                    'reflected', h.reflection IS NOT NULL AND jsonb_typeof(h.reflection) <> 'null') ORDER BY h."completedAt" DESC), '[]')
           FROM (SELECT * FROM "Attempt" t
                  WHERE t."orgId" = ${org} AND t."userId" = ${me} AND t.kind IN ('ROLEPLAY', 'BRANCHING') AND t.status = 'COMPLETED'
                  ORDER BY t."completedAt" DESC LIMIT 30) h)
      END AS history,
      CASE WHEN ${withHistory} THEN
        (SELECT coalesce(json_agg(json_build_object('attemptId', v."attemptId", 'score', v.score, 'passed', v.passed, 'comment', v.comment,
                                                    'criteria', v.criteria, 'criticalDecision', v."criticalDecision", 'criticalReason', v."criticalReason",
                                                    'turnComments', v."turnComments", 'releasedAt', floor(extract(epoch FROM v."releasedAt") * 1000),
                                                    'reviewer', v.reviewer, 'contentId', v."contentId", 'rubricId', v."rubricId", 'rubricVersion', v."rubricVersion", 'autoScore', v."autoScore")
                                  ORDER BY v."releasedAt" DESC), '[]')
           FROM (SELECT r.*, u.name AS reviewer, ra."contentId", ra."rubricId", ra."rubricVersion", ra."autoScore"
                   FROM "Review" r
                   JOIN "Attempt" ra ON ra.id = r."attemptId"
                   JOIN "User" u ON u.id = r."reviewerId"
                  WHERE r."orgId" = ${org} AND r.state = 'RELEASED' AND ra."orgId" = ${org} AND ra."userId" = ${me}
                  ORDER BY r."releasedAt" DESC LIMIT 20) v)
      END AS reviews,
      CASE WHEN ${withHistory} THEN
        (SELECT coalesce(json_agg(json_build_object('attemptId', x."attemptId", 'score', x.score, 'passed', x.passed, 'releasedAt', x."releasedAt", 'fileName', x."fileName")
                                  ORDER BY x."releasedAt" DESC, x."attemptId" DESC), '[]')
           FROM (SELECT r."attemptId", r.score, r.passed, floor(extract(epoch FROM r."releasedAt") * 1000) AS "releasedAt", tr."fileName"
                   FROM "Review" r
                   JOIN "Attempt" a ON a.id = r."attemptId"
                   LEFT JOIN "Transcript" tr ON tr."attemptId" = a.id AND tr."orgId" = ${org}
                  WHERE r."orgId" = ${org} AND r.state = 'RELEASED' AND a."userId" = ${me} AND a."orgId" = ${org} AND a.kind = 'REAL_CALL'
                  ORDER BY r."releasedAt" DESC, r."attemptId" DESC LIMIT ${REAL_CALLS_PAGE + 1}) x)
      END AS "realCalls",
      CASE WHEN ${withHistory} THEN
        (SELECT coalesce(json_agg(json_build_object('grp', c.grp, 'technique', c.technique, 'n', c.n)), '[]')
           FROM (WITH mine AS (
                   SELECT CASE WHEN t.kind = 'REAL_CALL' THEN 'real' ELSE 'practice' END AS grp, t.techniques
                     FROM "Attempt" t
                     LEFT JOIN "Review" r ON r."attemptId" = t.id
                    WHERE t."orgId" = ${org} AND t."userId" = ${me} AND t.status = 'COMPLETED'
                      AND (t.kind IN ('ROLEPLAY', 'BRANCHING') OR (t.kind = 'REAL_CALL' AND r.state = 'RELEASED')))
                 SELECT grp, NULL AS technique, count(*)::int AS n FROM mine GROUP BY grp
                 UNION ALL
                 SELECT grp, tech AS technique, count(*)::int AS n FROM mine, unnest(techniques) AS tech GROUP BY grp, tech) c)
      END AS "techniqueCounts"`;
  const state: PracticeState = {
    completedLessons: row!.lessons,
    passedQuizzes: row!.quizzes,
    completed: row!.completed.map((a) => ({ ...a, completedAt: date(a.completedAt) })),
    open: row!.open,
    assigned: row!.assigned.map((a) => ({ contentId: a.contentId, dueAt: date(a.dueAt) })),
    authored: row!.authored,
    orgName: row!.orgName,
  };
  if (!withHistory) return state;
  return {
    ...state,
    history: (row!.history ?? []).map((a) => ({ ...a, completedAt: date(a.completedAt) })),
    reviews: (row!.reviews ?? []).map(({ reviewer, contentId, rubricId, rubricVersion, autoScore, releasedAt, ...r }) => ({
      ...r,
      releasedAt: date(releasedAt),
      reviewer: { name: reviewer },
      attempt: { contentId, rubricId, rubricVersion, autoScore },
    })),
    realCalls: row!.realCalls ?? [],
    techniqueCounts: row!.techniqueCounts ?? [],
  };
}
