import { accountRouter } from "./routers/account";
import { assessmentRouter, certificateRouter } from "./routers/assessment";
import { assignmentRouter } from "./routers/assignment";
import { auditRouter } from "./routers/audit";
import { authoringRouter } from "./routers/authoring";
import { cohortRouter } from "./routers/cohort";
import { dashboardRouter } from "./routers/dashboard";
import { emailRouter } from "./routers/email";
import { learnerRouter } from "./routers/learner";
import { ltiRouter } from "./routers/lti";
import { xapiRouter } from "./routers/xapi";
import { meRouter } from "./routers/me";
import { orgRouter } from "./routers/org";
import { peopleRouter } from "./routers/people";
import { qaRouter } from "./routers/qa";
import { reportsRouter } from "./routers/reports";
import { reviewRouter } from "./routers/review";
import { trainerRouter } from "./routers/trainer";
import { createCallerFactory, router } from "./trpc";

// One line per domain router: later domains add themselves here.
export const appRouter = router({
  me: meRouter,
  account: accountRouter,
  dashboard: dashboardRouter,
  cohort: cohortRouter,
  people: peopleRouter,
  assignment: assignmentRouter,
  review: reviewRouter,
  trainer: trainerRouter,
  reports: reportsRouter,
  org: orgRouter,
  audit: auditRouter,
  learner: learnerRouter,
  assessment: assessmentRouter,
  certificate: certificateRouter,
  qa: qaRouter,
  lti: ltiRouter,
  xapi: xapiRouter,
  authoring: authoringRouter,
  email: emailRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
