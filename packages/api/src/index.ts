export { appRouter, createCaller, type AppRouter } from "./root";
export { createContextInner, loadSessionUser, type Context, type SessionUser, type Role } from "./context";
export { AppError, isDatabaseUnavailable, DATABASE_UNAVAILABLE_MESSAGE } from "./errors";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { authenticate } from "./services/people/authenticate";
export { startSignInSession, revokeSignInSession, revokeAllSignInSessions, SESSION_TTL_MS, type SessionRef } from "./services/account/sessions";
export { recordSignInEvent, recordAccessDenied } from "./services/account/signInAudit";
export { certificatePdf } from "./services/assessment/certificates";
