export { appRouter, createCaller, type AppRouter } from "./root";
export { createContextInner, loadSessionUser, type Context, type SessionUser, type Role } from "./context";
export { AppError, isDatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE } from "./errors";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { authenticate } from "./services/people/authenticate";
export { startSignInSession, revokeSignInSession, revokeAllSignInSessions, SESSION_TTL_MS, type SessionRef } from "./services/account/sessions";
export { recordSignInEvent, recordAccessDenied } from "./services/account/signInAudit";
export { SESSIONS_CHANGED } from "./services/account/sessionNotice";
export { certificatePdf } from "./services/assessment/certificates";
export {
  LaunchError,
  isKeySetRefusal,
  startLogin,
  verifyLaunch,
  signInFromLaunch,
  launchTarget,
  launchedAsInstructor,
  LTI,
  maxOutstandingLoginStates,
  type VerifiedLaunch,
} from "./services/lti/launch";
export { publicJwks } from "./services/lti/keys";
export { completeDynamicRegistration, DynamicRegistrationError } from "./services/lti/registrations";
export { ltiConfig, ltiLoginLimits } from "./services/lti/config";
export {
  builtInDeepLinkItems,
  deepLinkItems,
  sealDeepLinkContext,
  buildDeepLinkResponse,
  DEEP_LINK_ERRORS,
  deepLinkErrorKey,
  type DeepLinkItem,
  type DeepLinkErrorKey,
} from "./services/lti/deepLinking";
export { captureGradeTarget } from "./services/lti/gradeTargets";
export { captureContext } from "./services/lti/roster";
export { startJobQueue, startWorkers, QUEUES } from "./jobs/queue";
export { activityProfile } from "./services/xapi/profile";
export { setJobQueue } from "./jobs/handle";
