import type { SessionUser } from "@defuse/api";
import type { SessionRef } from "./session-token";

/**
 * How long a worker may answer from its memory who a session cookie belongs to. This is the bound
 * on revocation: a signed-out, revoked or expired session, a deactivated account or a changed role
 * takes effect on every worker within this time, however the change reached the database. Changes
 * made through Defuse itself (sign-out, password change or reset, deactivation, role change) also
 * clear the entry at once, in this worker and, through the supervisor, in the others.
 */
export const SESSION_CACHE_MS = 5_000;
/** A re-read racing a change that has not committed yet could cache the old row: clear it again after this. */
export const LATE_FORGET_MS = 1_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: SessionUser | null;
  userId: string;
  until: number;
}

/**
 * The session lookup (SignInSession + User, one statement) ran on every page view and API call:
 * a few milliseconds of CPU per request between Prisma, the pg driver and the socket write. A
 * short per-process memory of its answer, negative answers included, keyed by the cookie's user
 * and session ids, takes it off most requests.
 */
export function createSessionUserCache(opts: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}) {
  const ttlMs = opts.ttlMs ?? SESSION_CACHE_MS;
  const now = opts.now ?? Date.now;
  const maxEntries = opts.maxEntries ?? MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  // Bumped by every forget: a lookup that started before it may carry the old row and is not kept.
  let generation = 0;

  return {
    async get(ref: SessionRef, load: () => Promise<SessionUser | null>): Promise<SessionUser | null> {
      const key = `${ref.userId}\u0000${ref.sessionId}`;
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.user;
      if (hit) entries.delete(key);
      const started = generation;
      const at = now();
      const user = await load();
      if (started === generation) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!); // oldest first
        entries.set(key, { user, userId: ref.userId, until: at + ttlMs });
      }
      return user;
    },
    /** Drops what is remembered about this person's sessions (everyone's without an id). */
    forget(userId?: string) {
      generation++;
      if (userId === undefined) return entries.clear();
      for (const [key, e] of entries) if (e.userId === userId) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}

export type SessionUserCache = ReturnType<typeof createSessionUserCache>;

/** The message the supervisor (scripts/defuse.mjs) relays between workers (the same name as @defuse/api's SESSIONS_CHANGED). */
export const SESSIONS_CHANGED_MESSAGE = "defuse:sessions-changed";

const shared = globalThis as typeof globalThis & { __defuseSessionUsers?: SessionUserCache };

/**
 * The one cache of this process (on globalThis: Next.js may load this module once per route
 * bundle, and pages, the tRPC route and Auth.js's sign-out must share it), wired to the change
 * notices of @defuse/api and to the other workers.
 */
export function processSessionUserCache(localEvent: string): SessionUserCache {
  if (shared.__defuseSessionUsers) return shared.__defuseSessionUsers;
  const cache = createSessionUserCache();
  shared.__defuseSessionUsers = cache;
  const forget = (userId: string) => {
    cache.forget(userId);
    setTimeout(() => cache.forget(userId), LATE_FORGET_MS).unref();
  };
  // This worker's own changes; noticeSessionsChanged also sends them to the supervisor, which
  // relays them to the other workers (the message below).
  process.on(localEvent, (userId: unknown) => {
    if (typeof userId === "string") forget(userId);
  });
  process.on("message", (msg: unknown) => {
    const m = msg as { type?: unknown; userId?: unknown } | null;
    if (m?.type === SESSIONS_CHANGED_MESSAGE && typeof m.userId === "string") forget(m.userId);
  });
  return cache;
}
