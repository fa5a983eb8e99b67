import { catalogue, getQuiz, getScenario } from "@defuse/content";
import type { Db, Prisma } from "@defuse/db";
import { buildStatement, profileTerms, statementProblems, type ActivityRef, type Person, type StatementContext, type StatementInput } from "./statements";

/**
 * Reads what people did since the organisation's last sweep and writes the xAPI statements for it
 * into the outbox (XapiStatement). Deriving statements from the database, rather than from calls
 * sprinkled through the services, means no event is lost if a process stops mid-request and the
 * learning services know nothing of xAPI. Every statement id is derived from its event, so
 * overlapping windows and re-runs never double a statement.
 *
 * Statements: lesson launched / completed; each question answered, knowledge check passed or
 * failed; role-play initialized, each turn interacted (techniques, pitfalls and tension as result
 * extensions), completed with score and success; review released; certificate earned.
 */

/** Rows committed a little before the watermark may appear late: read with this overlap. */
const OVERLAP_MS = 60_000;
const BATCH = 2000;

const lessons = new Map(catalogue.modules.flatMap((m) => m.lessons.map((l) => [l.id, { module: m, lesson: l }] as const)));
const lessonOfQuiz = new Map(catalogue.modules.flatMap((m) => m.lessons.map((l) => [l.quizId, { module: m, lesson: l }] as const)));

function refs(base: string) {
  return {
    lesson: (moduleId: string, lessonId: string): ActivityRef => ({ id: `${base}/courses/${moduleId}/${lessonId}`, type: "lesson", name: lessons.get(lessonId)?.lesson.title ?? lessonId }),
    check: (quizId: string): ActivityRef => {
      const l = lessonOfQuiz.get(quizId);
      return { id: l ? `${base}/courses/${l.module.id}/${l.lesson.id}/check` : `${base}/checks/${quizId}`, type: "check", name: getQuiz(quizId)?.title ?? quizId };
    },
    scenario: (scenarioId: string): ActivityRef => ({ id: `${base}/practice/${scenarioId}`, type: "scenario", name: getScenario(scenarioId)?.title ?? scenarioId }),
  };
}

export async function sweepOrg(db: Db, orgId: string, now = new Date()) {
  const cfg = await db.xapiConfig.findUnique({ where: { orgId }, select: { enabled: true, homePage: true, actorMode: true, sweptUntil: true } });
  if (!cfg?.enabled) return { written: 0 };
  const ctx: StatementContext = { base: cfg.homePage.replace(/\/$/, ""), actorMode: cfg.actorMode === "email" ? "email" : "account" };
  const since = new Date(cfg.sweptUntil.getTime() - OVERLAP_MS);
  const window = { gt: since, lte: now };
  const r = refs(ctx.base);
  const terms = profileTerms(ctx.base);
  const out: StatementInput[] = [];
  const who = { select: { id: true, name: true, email: true } } as const;

  const [progress, attempts, turns, reviews, certificates] = await Promise.all([
    db.lessonProgress.findMany({
      where: { orgId, OR: [{ lastViewedAt: window }, { completedAt: window }] },
      select: { id: true, moduleId: true, lessonId: true, completedAt: true, lastViewedAt: true, contentVersion: true, user: who },
      take: BATCH,
    }),
    db.attempt.findMany({
      where: { orgId, kind: { in: ["QUIZ", "ROLEPLAY", "BRANCHING"] }, OR: [{ startedAt: window }, { completedAt: window }] },
      select: { id: true, kind: true, contentId: true, contentVersion: true, status: true, startedAt: true, completedAt: true, answers: true, autoScore: true, autoPassed: true, outcome: true, user: who },
      take: BATCH,
    }),
    db.attemptTurn.findMany({
      where: { createdAt: window, attempt: { orgId, kind: { in: ["ROLEPLAY", "BRANCHING"] } } },
      select: { id: true, index: true, techniques: true, pitfalls: true, tensionAfter: true, createdAt: true, attempt: { select: { id: true, contentId: true, user: who } } },
      take: BATCH,
    }),
    db.review.findMany({
      where: { orgId, state: "RELEASED", releasedAt: window },
      select: { id: true, score: true, passed: true, releasedAt: true, attempt: { select: { id: true, kind: true, contentId: true, user: who } } },
      take: BATCH,
    }),
    db.certificate.findMany({ where: { orgId, issuedAt: window }, select: { id: true, code: true, moduleTitle: true, score: true, issuedAt: true, userId: true }, take: BATCH }),
  ]);

  for (const p of progress) {
    const lesson = r.lesson(p.moduleId, p.lessonId);
    const u: Person = p.user;
    out.push({ eventKey: `lesson-launched:${p.id}`, verb: "launched", person: u, object: lesson, timestamp: p.lastViewedAt, contextExtensions: { [terms.contentVersion]: p.contentVersion } });
    if (p.completedAt) out.push({ eventKey: `lesson-completed:${p.id}`, verb: "completed", person: u, object: lesson, timestamp: p.completedAt, result: { completion: true } });
  }

  for (const a of attempts) {
    const u: Person = a.user;
    if (a.kind === "QUIZ") {
      if (a.status !== "COMPLETED" || !a.completedAt) continue;
      const quiz = getQuiz(a.contentId);
      const check = r.check(a.contentId);
      const answers = (a.answers ?? {}) as Record<string, string>;
      for (const [questionId, optionId] of Object.entries(answers)) {
        const q = quiz?.questions.find((x) => x.id === questionId);
        if (!q) continue;
        const correct = q.options.find((o) => o.correct)?.id;
        out.push({
          eventKey: `answered:${a.id}:${questionId}`,
          verb: "answered",
          person: u,
          object: { id: `${check.id}#${questionId}`, type: "question", name: q.prompt, choices: q.options.map((o) => ({ id: o.id, text: o.text })), correct },
          timestamp: a.completedAt,
          result: { response: optionId, success: optionId === correct },
          attemptId: a.id,
          parent: check,
        });
      }
      const passed = a.autoPassed === true;
      out.push({
        eventKey: `check-${passed ? "passed" : "failed"}:${a.id}`,
        verb: passed ? "passed" : "failed",
        person: u,
        object: check,
        timestamp: a.completedAt,
        result: { score: { raw: a.autoScore ?? 0 }, success: passed, completion: true },
        attemptId: a.id,
      });
      continue;
    }
    const scenario = r.scenario(a.contentId);
    out.push({ eventKey: `initialized:${a.id}`, verb: "initialized", person: u, object: scenario, timestamp: a.startedAt, attemptId: a.id, contextExtensions: { [terms.contentVersion]: a.contentVersion } });
    if (a.status === "COMPLETED" && a.completedAt) {
      out.push({
        eventKey: `roleplay-completed:${a.id}`,
        verb: "completed",
        person: u,
        object: scenario,
        timestamp: a.completedAt,
        result: { score: { raw: a.autoScore ?? 0 }, success: a.autoPassed === true, completion: true, extensions: { [terms.outcome]: a.outcome ?? "ongoing" } },
        attemptId: a.id,
      });
    }
  }

  for (const t of turns) {
    out.push({
      eventKey: `interacted:${t.id}`,
      verb: "interacted",
      person: t.attempt.user,
      object: r.scenario(t.attempt.contentId),
      timestamp: t.createdAt,
      result: { extensions: { [terms.turn]: t.index + 1, [terms.techniques]: t.techniques, [terms.pitfalls]: t.pitfalls, [terms.tension]: t.tensionAfter } },
      attemptId: t.attempt.id,
    });
  }

  for (const rv of reviews) {
    const a = rv.attempt;
    const object = a.kind === "QUIZ" ? r.check(a.contentId) : a.kind === "REAL_CALL" ? { id: `${ctx.base}/reviews/${a.id}`, type: "review" as const, name: "Real call review" } : r.scenario(a.contentId);
    out.push({
      eventKey: `review-released:${rv.id}`,
      verb: "reviewReleased",
      person: a.user,
      object,
      timestamp: rv.releasedAt!,
      result: { score: { raw: rv.score }, success: rv.passed, completion: true },
      attemptId: a.id,
    });
  }

  if (certificates.length) {
    const users = await db.user.findMany({ where: { orgId, id: { in: certificates.map((c) => c.userId) } }, select: { id: true, name: true, email: true } });
    const byId = new Map(users.map((u) => [u.id, u]));
    for (const c of certificates) {
      const u = byId.get(c.userId);
      if (!u) continue;
      out.push({
        eventKey: `certificate:${c.id}`,
        verb: "earned",
        person: u,
        object: { id: `${ctx.base}/verify/${c.code}`, type: "certificate", name: `Certificate: ${c.moduleTitle}` },
        timestamp: c.issuedAt,
        result: { score: { raw: c.score }, success: true, completion: true },
      });
    }
  }

  const rows: Prisma.XapiStatementCreateManyInput[] = [];
  const invalid: string[] = [];
  for (const s of out) {
    const statement = buildStatement(ctx, s);
    const problems = statementProblems(statement);
    if (problems.length) {
      invalid.push(`${s.eventKey}: ${problems.join("; ")}`);
      continue;
    }
    rows.push({ id: statement.id, orgId, userId: s.person.id, verb: statement.verb.id, statement: statement as unknown as Prisma.InputJsonValue });
  }
  const { count } = rows.length ? await db.xapiStatement.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
  await db.xapiConfig.update({ where: { orgId }, data: { sweptUntil: now } });
  return { written: count, invalid };
}

/** Every organisation with a learning record store switched on. */
export async function sweepAll(db: Db, now = new Date()) {
  const orgs = await db.xapiConfig.findMany({ where: { enabled: true }, select: { orgId: true } });
  let written = 0;
  for (const o of orgs) written += (await sweepOrg(db, o.orgId, now)).written;
  return { written };
}
