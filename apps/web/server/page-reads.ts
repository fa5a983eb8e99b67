import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { createCaller, createContextInner, type Role } from "@defuse/api";
import { db } from "./db";
import { pageData, pageRead, type PageRead } from "./page-memo";
import { requireUser, serverApi } from "./session";

/**
 * The data reads of the pages scripts/page-memo.cjs may send again without a render (see
 * page-memo.ts): each page's one input besides the user and the URL. A page calls `loadPage` with
 * its read; the memo runs the same read before Next does, so both ways run this code.
 */

/** A dynamic segment of the page's path (every read's path names the ones it asks for). */
function need(params: Record<string, string>, name: string): string {
  const v = params[name];
  if (v === undefined) throw new Error(`page read: no ${name} in the path`);
  return v;
}

const STAFF: Role[] = ["TRAINER", "ADMIN"];

/** For a read's `.catch`: a procedure's NOT_FOUND as null (the page then answers 404); anything else thrown on. */
function nullOnNotFound(err: unknown): null {
  if (err instanceof TRPCError && err.code === "NOT_FOUND") return null;
  throw err;
}

export const DASHBOARD = pageRead({
  path: "/dashboard",
  read: async (api, { search, user }) => {
    if (user.role === "ADMIN") return { role: "ADMIN" as const, admin: await api.dashboard.admin() };
    if (user.role === "TRAINER") return { role: "TRAINER" as const, trainer: await api.dashboard.trainer({ scope: search.get("scope") === "all" ? "all" : "mine" }) };
    return { role: "LEARNER" as const, learner: await api.dashboard.learner() };
  },
});
export const CATALOGUE = pageRead({ path: "/courses", read: (api) => api.learner.catalogue() });
export const COURSE = pageRead({ path: "/courses/:moduleId", read: (api, { params }) => api.learner.module({ id: need(params, "moduleId") }) });
export const LESSON = pageRead({
  path: "/courses/:moduleId/:lessonId",
  notParams: { lessonId: ["assessment"] },
  read: (api, { params }) => api.learner.openLesson({ moduleId: need(params, "moduleId"), lessonId: need(params, "lessonId") }),
});
export const KNOWLEDGE_CHECK = pageRead({
  path: "/courses/:moduleId/:lessonId/check",
  read: (api, { params }) => api.learner.quiz({ moduleId: need(params, "moduleId"), lessonId: need(params, "lessonId") }),
});
export const PRACTICE = pageRead({ path: "/practice", read: (api) => api.learner.scenarios() });
/** A scenario's page: its brief, the learner's attempts in progress and recent ones. */
export const SCENARIO = pageRead({ path: "/practice/:scenarioId", read: (api, { params }) => api.learner.scenario({ id: need(params, "scenarioId") }) });
/** A role-play: the call in progress (every stored turn) or its scorecard, review and reflection. */
export const ATTEMPT = pageRead({ path: "/practice/:scenarioId/:attemptId", read: (api, { params }) => api.learner.attempt({ attemptId: need(params, "attemptId") }) });
/** A released review of a real call and its dispute; `review` null when there is none to show (the page is a 404). */
export const CALL_REVIEW = pageRead({
  path: "/progress/calls/:attemptId",
  read: async (api, { params }) => {
    const attemptId = need(params, "attemptId");
    const [review, dispute] = await Promise.all([api.review.releasedForAttempt({ attemptId }).catch(nullOnNotFound), api.qa.dispute({ attemptId })]);
    return { review, dispute };
  },
});
export const PROGRESS = pageRead({ path: "/progress", read: (api) => api.learner.progress() });
export const TRAINER_HOME = pageRead({
  path: "/trainer",
  roles: STAFF,
  // Admins look after the whole organisation; trainers start from the cohorts they belong to.
  read: (api, { search, user }) => {
    const scope = search.get("scope");
    return api.dashboard.trainer({ scope: scope === "all" || (user.role === "ADMIN" && scope !== "mine") ? "all" : "mine" });
  },
});

type ReviewView = "PENDING" | "RELEASED" | "ABANDONED";
export const REVIEW_QUEUE = pageRead({
  path: "/trainer/reviews",
  roles: STAFF,
  read: async (api, { search: sp }) => {
    const s = sp.get("state");
    const state: ReviewView = s === "RELEASED" || s === "ABANDONED" ? s : "PENDING";
    const src = sp.get("source");
    const source = src === "practice" || src === "real" ? src : null;
    const [queue, filters] = await Promise.all([
      api.review.queue({ state, scenarioId: sp.get("scenarioId") || null, cohortId: sp.get("cohortId") || null, failedOnly: sp.get("failedOnly") === "1", source, cursor: sp.get("cursor") || null }),
      api.review.queueFilters(),
    ]);
    return { state, source, queue, filters };
  },
});

/** A date filter's `YYYY-MM-DD` as UTC midnight, as the trainer and admin pages read `from` and `to`; else null. */
function day(s: string | null): Date | null {
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : null;
}
/** The day after `d` (a `to` date includes its whole day). */
const dayAfter = (d: Date | null) => (d ? new Date(d.getTime() + 86_400_000) : null);
/** `d` at the start of its UTC day. */
const startOfDay = (d: Date) => new Date(Math.floor(d.getTime() / 86_400_000) * 86_400_000);

// ---- Trainer pages (trainers and admins) ----

/** A cohort's "where each learner stands" filter: the statuses the page offers. */
export const COHORT_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "RETRY_REQUIRED", "COMPLETED"] as const;
/**
 * A cohort's page: its analytics (optionally one learner's results, in a date window), assignments,
 * members, where each learner stands, the learners' results, the LMS courses it can sync with and
 * the organisation's scenarios for the assign form. A cohort that is not the organisation's is the
 * procedures' NOT_FOUND (the page's 404).
 */
export const COHORT = pageRead({
  path: "/trainer/cohorts/:cohortId",
  roles: STAFF,
  read: async (api, { params, search }) => {
    const cohortId = need(params, "cohortId");
    const from = day(search.get("from"));
    const to = dayAfter(day(search.get("to")));
    const status = COHORT_STATUSES.find((s) => s === search.get("status")) ?? null;
    const [dashboard, assignments, members, progress, statuses, lmsCourses, scenarios] = await Promise.all([
      api.trainer.cohortDashboard({ cohortId, learnerId: search.get("learnerId") || null, from, to }),
      api.assignment.list({ cohortId, limit: 100 }),
      api.cohort.members({ cohortId, limit: 100 }),
      api.trainer.cohortProgress({ cohortId, from, to, cursor: search.get("cursor") || null }),
      api.trainer
        .assignmentStatus({ cohortId, status, assignmentId: search.get("assignmentId") || null, overdueOnly: search.get("overdue") === "1", cursor: search.get("scursor") || null })
        .catch((err: unknown) => {
          if (err instanceof TRPCError && err.code === "BAD_REQUEST") return { items: [], nextCursor: null };
          throw err;
        }),
      api.lti.contexts(),
      api.authoring.list(),
    ]);
    // Without a date filter the window ends now, to the millisecond; the page shows its days only, so
    // the read keeps its days and a reload within the day can be a hit (the results themselves are
    // read afresh each time: a call finished since is a change).
    const window = { from: startOfDay(dashboard.window.from), to: startOfDay(dashboard.window.to) };
    return {
      status,
      dashboard: { ...dashboard, window },
      assignments,
      members,
      progress,
      statuses,
      lmsCourses,
      // the organisation's published scenarios (archived ones are not offered for new assignments)
      ownScenarios: scenarios.authored.filter((s) => s.status === "PUBLISHED").map((s) => ({ id: s.key, title: s.title })),
    };
  },
});

/** One attempt (or real call) to review: transcript, scores, the review so far. */
export const REVIEW = pageRead({ path: "/trainer/reviews/:attemptId", roles: STAFF, read: (api, { params }) => api.review.get({ attemptId: need(params, "attemptId") }) });

/** Who holds which certificate; admins may revoke one. */
export const CERTIFICATES = pageRead({
  path: "/trainer/certificates",
  roles: STAFF,
  read: async (api, { user }) => ({ certificates: await api.certificate.list({}), canRevoke: user.role === "ADMIN" }),
});

/** Real calls: disputes waiting, calibration sessions (a page of them), the calibration report and the disputes' counts. */
export const QA = pageRead({
  path: "/trainer/qa",
  roles: STAFF,
  read: async (api, { search }) => {
    const [disputes, sessions, report, summary] = await Promise.all([
      api.qa.disputeQueue({}),
      api.qa.calibrations({ cursor: search.get("cursor") || null }),
      api.qa.calibrationReport(),
      api.qa.disputeSummary(),
    ]);
    return { disputes, sessions, report, summary };
  },
});

/** A calibration session and the call it calibrates. */
export const CALIBRATION = pageRead({
  path: "/trainer/qa/calibration/:sessionId",
  roles: STAFF,
  read: async (api, { params }) => {
    const session = await api.qa.calibration({ sessionId: need(params, "sessionId") });
    return { session, review: await api.review.get({ attemptId: session.attemptId }) };
  },
});

/** An agent's dispute of a released score and the call; `dispute` null when there is none (the page's 404). */
export const DISPUTE = pageRead({
  path: "/trainer/qa/disputes/:attemptId",
  roles: STAFF,
  read: async (api, { params }) => {
    const attemptId = need(params, "attemptId");
    const [dispute, review] = await Promise.all([api.qa.dispute({ attemptId }), api.review.get({ attemptId })]);
    return { dispute, review };
  },
});

/** Pages that read nothing but the user, the URL and the curriculum (the content version is in every fingerprint). */
const NOTHING = async () => null;
export const QA_IMPORT = pageRead({ path: "/trainer/qa/import", roles: STAFF, read: NOTHING });
export const TRAINER_PACK = pageRead({ path: "/trainer/pack", roles: STAFF, read: NOTHING });
export const JOB_AID = pageRead({ path: "/trainer/pack/:aidId", roles: STAFF, read: NOTHING });

/** Automatic against trainer scoring, with its filters' lists and the disputes' counts. */
export const AGREEMENT = pageRead({
  path: "/trainer/agreement",
  roles: STAFF,
  read: async (api, { search }) => {
    const [report, cohorts, disputes, scenarios] = await Promise.all([
      api.reports.agreement({ cohortId: search.get("cohortId") || null, scenarioId: search.get("scenarioId") || null }),
      api.cohort.list({ scope: "all" }),
      api.qa.disputeSummary(),
      api.authoring.list(),
    ]);
    return { report, cohorts, disputes, scenarios };
  },
});

export const SCENARIOS = pageRead({ path: "/trainer/scenarios", roles: STAFF, read: (api) => api.authoring.list() });
/** A scenario's editor, from its saved draft (each save is a change: a new revision). */
export const SCENARIO_EDITOR = pageRead({ path: "/trainer/scenarios/:id", roles: STAFF, read: (api, { params }) => api.authoring.get({ id: need(params, "id") }) });
/** A trainer's play-test of a draft: the call in progress or its scorecard (their own only). */
export const PLAYTEST = pageRead({
  path: "/trainer/scenarios/:id/playtest/:sessionId",
  roles: STAFF,
  read: (api, { params }) => api.authoring.playtest({ sessionId: need(params, "sessionId") }),
});
export const RUBRICS = pageRead({ path: "/trainer/rubrics", roles: STAFF, read: (api) => api.authoring.rubrics() });
/** A rubric's editor, from its saved draft. */
export const RUBRIC_EDITOR = pageRead({ path: "/trainer/rubrics/:id", roles: STAFF, read: (api, { params }) => api.authoring.rubric({ id: need(params, "id") }) });

// ---- Admin pages ----

const ADMIN: Role[] = ["ADMIN"];
export const PEOPLE_PAGE_SIZE = 25;
/** People, searched and filtered from the URL, a page at a time, with the cohorts to add them to. */
export const PEOPLE = pageRead({
  path: "/admin/people",
  roles: ADMIN,
  read: async (api, { search }) => {
    const r = search.get("role");
    const role = r === "LEARNER" || r === "TRAINER" || r === "ADMIN" ? r : null;
    const st = search.get("status");
    const active = st === "active" ? true : st === "inactive" ? false : null;
    const [people, cohorts] = await Promise.all([
      api.people.list({ search: search.get("q") || null, role, active, cursor: search.get("cursor") || null, limit: PEOPLE_PAGE_SIZE }),
      api.cohort.list({ scope: "all" }),
    ]);
    return { people, cohorts };
  },
});

/** Cohorts (archived ones on request), the active people to add, and the members of the one opened (`open`; null when not the organisation's). */
export const ADMIN_COHORTS = pageRead({
  path: "/admin/cohorts",
  roles: ADMIN,
  read: async (api, { search }) => {
    const openId = search.get("open");
    const [cohorts, people, open] = await Promise.all([
      api.cohort.listAll({ includeArchived: search.get("archived") === "1", cursor: search.get("cursor") || null, limit: 50 }),
      api.people.list({ active: true, limit: 100 }),
      openId ? api.cohort.members({ cohortId: openId, includeRemoved: true, limit: 100 }).catch(() => null) : null,
    ]);
    return { cohorts, people, open };
  },
});

export const AUDIT_PAGE_SIZE = 50;
/** The audit log, filtered from the URL, newest first, with the filters' lists. */
export const AUDIT = pageRead({
  path: "/admin/audit",
  roles: ADMIN,
  read: async (api, { search }) => {
    const [log, actions, people] = await Promise.all([
      api.audit.list({
        action: search.get("action") || null,
        actorId: search.get("person") || null,
        from: day(search.get("from")),
        to: dayAfter(day(search.get("to"))),
        cursor: search.get("cursor") || null,
        limit: AUDIT_PAGE_SIZE,
      }),
      api.audit.actionOptions(),
      api.audit.actors(),
    ]);
    return { log, actions, people };
  },
});

/** The organisation's emails, a page at a time, and the one opened (`id`; null when not found). */
export const OUTBOX = pageRead({
  path: "/admin/outbox",
  roles: ADMIN,
  read: async (api, { search }) => {
    const id = search.get("id");
    const [page, message] = await Promise.all([api.email.outbox({ cursor: search.get("cursor") || null }), id ? api.email.message({ id }).catch(() => null) : null]);
    return { page, message };
  },
});

/** The organisation's settings, reminder schedule and transcript retention. */
export const ORG_SETTINGS = pageRead({
  path: "/admin/settings",
  roles: ADMIN,
  read: async (api) => {
    const [org, reminders, retention] = await Promise.all([api.org.get(), api.email.reminderSchedule(), api.qa.retention()]);
    return { org, reminders, retention };
  },
});

/** LTI platforms, grades not yet delivered, the xAPI store and the statements it refused. */
export const INTEGRATIONS = pageRead({
  path: "/admin/integrations",
  roles: ADMIN,
  read: async (api) => {
    const [registrations, gradeJobs, xapi, dead] = await Promise.all([api.lti.listRegistrations(), api.lti.gradeJobs(), api.xapi.config(), api.xapi.statements({ status: "DEAD", limit: 25 })]);
    return { registrations, gradeJobs, xapi, dead };
  },
});

export const ASSESSMENT_RULES = pageRead({ path: "/admin/assessments", roles: ADMIN, read: (api) => api.assessment.rules() });

// ---- A learner's final assessment, and the account pages ----

/** A course's final assessment: its rules, the sittings, the open one, whether one may start now. */
export const ASSESSMENT = pageRead({ path: "/courses/:moduleId/assessment", read: (api, { params }) => api.assessment.forModule({ moduleId: need(params, "moduleId") }) });
export const NOTIFICATIONS = pageRead({ path: "/account/notifications", read: (api) => api.email.notificationSettings() });
/**
 * The password form: the user's email and whether their password is temporary (the one page such a
 * person may open, `allowPendingPasswordChange`; the memo itself leaves their views to Next).
 */
export const CHANGE_PASSWORD = pageRead({
  path: "/account/password",
  allowPendingPasswordChange: true,
  read: async (_api, { user }) => ({ email: user.email, forced: !!user.mustChangePassword }),
});

/*
 * Signed-in pages left to Next, and why:
 * - /lti/deep-link: the LMS's picker, opened once per deep-linking request; its `ctx` is a signed,
 *   short-lived token unique to each request, so no view would ever be seen again, and it reads the
 *   organisation's items straight from the database rather than through a procedure.
 * (Every page under (app) and (account) has a read above.)
 */

type SearchParams = Record<string, string | string[] | undefined>;
/** Next's searchParams object as the URLSearchParams the memo reads from the URL (the first of a repeated name, as `get` takes). */
function toSearch(sp: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, x);
  return out;
}

/**
 * A page's data: the signed-in user (with the read's roles, as requireUser checks them), then the read.
 * A read that refuses what the URL asks for (a crafted or stale cursor or filter, a NUL, an id that is
 * not the organisation's: the procedures' BAD_REQUEST or NOT_FOUND) is the page's 404, the same answer
 * for every such URL; before, a link with `?cursor=anything` showed trainers and admins a 500.
 */
export async function loadPage<T>(read: PageRead<T>, params: Record<string, string> = {}, searchParams: SearchParams = {}): Promise<T> {
  const user = await requireUser(read.roles, { allowPendingPasswordChange: read.allowPendingPasswordChange });
  // serverApi sends a temporary password to the password page, which is this one: its caller is made as the memo's is.
  const api = read.allowPendingPasswordChange ? createCaller(createContextInner({ db: db(), user })) : await serverApi();
  try {
    return await pageData(read, await headers(), api, { params, search: toSearch(searchParams), user });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "BAD_REQUEST" || err.code === "NOT_FOUND")) notFound();
    throw err;
  }
}
