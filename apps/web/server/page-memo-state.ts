import type { createCaller, Role, SessionUser } from "@defuse/api";

/**
 * The page memo's per-process state (page-memo.ts), apart so that session.ts can take the user the
 * memo already resolved for a request without importing the memo (which imports session.ts).
 */

export type Caller = ReturnType<typeof createCaller>;
export interface PageReadContext {
  params: Record<string, string>;
  search: URLSearchParams;
  user: SessionUser;
}
export interface PageRead<T> {
  /** The path, with `:name` for a dynamic segment. */
  path: string;
  /** Static routes beside a dynamic segment, which Next serves instead (e.g. a course's `assessment`). */
  notParams?: Record<string, string[]>;
  /** Roles the page accepts (requireUser's list); absent: any signed-in user, as the (app) layout. */
  roles?: Role[];
  /**
   * The page is open to someone with a temporary password (requireUser's option of that name: the
   * password page). The memo itself still leaves such a person's views to Next.
   */
  allowPendingPasswordChange?: boolean;
  read: (api: Caller, ctx: PageReadContext) => Promise<T>;
}

/** The request header that names the read handed to a page (scripts/page-memo.cjs drops it from every client request). */
export const READ_HEADER = "x-defuse-page-read";

export interface Kept {
  /** The page's HTML as UTF-8. */
  body: Buffer;
  nonce: string;
  /**
   * The byte offsets of `nonce` in `body`, found once when the page is kept, so that a hit writes
   * the response's own nonce there without searching the page again (scripts/page-memo.cjs).
   */
  nonceAt: number[];
  headers: [string, unknown][];
}
export interface Slot extends Kept {
  fingerprint: string;
  userId: string;
  /** What it counts against the memo's and its person's budget. */
  size: number;
}
export interface HandedRead {
  read: PageRead<unknown>;
  /** The signed-in user the memo resolved for this request (session checked, roles allowed, no temporary password). */
  user: SessionUser;
  data: unknown;
  used: boolean;
}

/** Per process (one object whichever bundle's copy of this module runs, as the session cache). */
export interface MemoState {
  reads: PageRead<unknown>[];
  /** Every kept page by slot key, least recently used first. */
  slots: Map<string, Slot>;
  bytes: number;
  /** Each person's slot keys, least recently used first, and the bytes they hold. */
  users: Map<string, { keys: Set<string>; bytes: number }>;
  handed: Map<string, HandedRead>;
}
const STATE = Symbol.for("defuse.pageMemoState");
export function state(): MemoState {
  const g = globalThis as Record<symbol, MemoState | undefined>;
  return (g[STATE] ??= { reads: [], slots: new Map(), bytes: 0, users: new Map(), handed: new Map() });
}

/**
 * The user the memo resolved for this very request, when it handed the page a read (a miss): the
 * session and user were read once, by the memo, and the page's layout takes them from here instead of
 * reading the cookie and the session again. The header's id is random (144 bits), set by the preload
 * on this request only (a client's own is dropped) and forgotten when the response closes; without
 * one, null (the caller reads the session as always).
 */
export function handedUser(requestHeaders: Headers): SessionUser | null {
  const id = requestHeaders.get(READ_HEADER);
  return (id && state().handed.get(id)?.user) || null;
}
