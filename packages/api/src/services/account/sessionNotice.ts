/**
 * Tells whoever keeps signed-in users in memory (the web app's short per-process cache,
 * apps/web/server/session-user-cache.ts) that what a person's sessions resolve to has changed:
 * a session revoked, a password changed or reset, a role changed, an account deactivated.
 *
 * It is an event on `process`, not on a module-level emitter, because Next.js may load this
 * module more than once in one process (one copy per route bundle) and every copy must reach the
 * same listeners. Under `pnpm start`'s node:cluster supervisor it also goes to the primary, which
 * relays it to the other workers (whether or not this worker has a cache yet: the worker that
 * handles a sign-out may never have served a page).
 */
export const SESSIONS_CHANGED = "defuse:sessions-changed";

export function noticeSessionsChanged(userId: string): void {
  process.emit(SESSIONS_CHANGED as "warning", userId as unknown as Error);
  process.send?.({ type: SESSIONS_CHANGED, userId });
}
