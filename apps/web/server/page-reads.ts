import "server-only";
import { headers } from "next/headers";
import { TRPCError } from "@trpc/server";
import type { Role } from "@defuse/api";
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

type SearchParams = Record<string, string | string[] | undefined>;
/** Next's searchParams object as the URLSearchParams the memo reads from the URL (the first of a repeated name, as `get` takes). */
function toSearch(sp: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, x);
  return out;
}

/** A page's data: the signed-in user (with the read's roles, as requireUser checks them), then the read. */
export async function loadPage<T>(read: PageRead<T>, params: Record<string, string> = {}, searchParams: SearchParams = {}): Promise<T> {
  const user = await requireUser(read.roles);
  const api = await serverApi();
  return pageData(read, await headers(), api, { params, search: toSearch(searchParams), user });
}
