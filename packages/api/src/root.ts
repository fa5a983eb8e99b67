import { assignmentRouter } from "./routers/assignment";
import { cohortRouter } from "./routers/cohort";
import { dashboardRouter } from "./routers/dashboard";
import { meRouter } from "./routers/me";
import { peopleRouter } from "./routers/people";
import { createCallerFactory, router } from "./trpc";

// One line per domain router: later domains add themselves here.
export const appRouter = router({
  me: meRouter,
  dashboard: dashboardRouter,
  cohort: cohortRouter,
  people: peopleRouter,
  assignment: assignmentRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
