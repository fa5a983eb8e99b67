export { appRouter, createCaller, type AppRouter } from "./root";
export { createContextInner, loadSessionUser, type Context, type SessionUser, type Role } from "./context";
export { AppError } from "./errors";
export type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
export { authenticate } from "./services/people/authenticate";
export { certificatePdf } from "./services/assessment/certificates";
