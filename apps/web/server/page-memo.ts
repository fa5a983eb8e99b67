import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createCaller, createContextInner, type SessionUser } from "@defuse/api";
import { contentVersion } from "@defuse/content";
import { db } from "./db";
import { READ_HEADER, state, type Caller, type HandedRead, type Kept, type MemoState, type PageRead, type PageReadContext, type Slot } from "./page-memo-state";
import { sessionUser } from "./session";

/**
 * The app's side of scripts/page-memo.cjs: a signed-in page's HTML sent again, without Next's render,
 * when the user, the URL and the page's data read are exactly what it was rendered from (issue 16).
 *
 * A page that has a PageRead reads its data through `pageData` (one read, the page's only input
 * besides the user and the URL). For a GET of such a page the preload calls `lookup` first, which
 * does what the page would: the session (the same 5 s cache as every page), the (app) layout's
 * rules (a signed-in user without a temporary password, the page's roles), then the read through
 * the tRPC caller, with the procedures' own authorisation and organisation scoping. So every request
 * still reads the database; what it saves is the render. The fingerprint is a SHA-256 of the user
 * (id, name, role, organisation...), the URL, the content version and the data read. A page is kept
 * per user and URL (never shared between users: the user's id is part of both the slot and the
 * fingerprint) and is only sent again when the fresh read fingerprints the same, so a change to
 * anything the page shows (a lesson completed, an assignment, a review, a renamed user) is a miss,
 * rendered anew. Nothing is kept across processes or written anywhere.
 *
 * On a miss the read is handed to the page under a random id (the x-defuse-page-read request header,
 * which the preload drops from every client request), so the HTML kept is rendered from the very data
 * that was fingerprinted.
 */

export type { PageRead, PageReadContext } from "./page-memo-state";

const PAGE_MEMO = Symbol.for("defuse.pageMemo");
/**
 * The memory all kept pages of a worker may hold, in bytes (`WEB_PAGE_MEMO_MB`, default 32): their
 * HTML as UTF-8 bytes (a Buffer, outside the JavaScript heap; a string holding any character beyond
 * Latin-1, such as an em dash, takes two bytes a character, twice what was counted), their slot's key
 * and headers. The least recently used page goes first.
 */
const maxBytes = () => Number(process.env.WEB_PAGE_MEMO_MB || 32) * 1024 * 1024;
/**
 * One person's share of it: their own least recently used page goes first once they hold this much,
 * so nobody can push everyone else's pages out by asking for page after page under new query strings
 * (an attacker's pass, sec25). A 32 MB memo keeps at least 16 people's pages whole, 2 MB each (40 to
 * 100 pages).
 */
const maxBytesPerUser = () => maxBytes() / 16;
/** A longer URL is left to Next, never read or kept: no page's own links are near it, and the URL is in the kept page several times. */
const MAX_URL = 2048;
/** What a slot costs besides its HTML: the Map entries, the fingerprint, the objects (an estimate, on the safe side). */
const SLOT_OVERHEAD = 512;

/** A page's data read, registered for the memo. */
export function pageRead<T>(read: PageRead<T>): PageRead<T> {
  const s = state();
  const known = s.reads.find((r) => r.path === read.path);
  if (known) return known as PageRead<T>;
  s.reads.push(read as PageRead<unknown>);
  registerPageMemo();
  return read;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;
/** The params of `path` if it is this read's page (plain segments only: anything encoded goes to Next). */
function matchPath(read: PageRead<unknown>, path: string): Record<string, string> | null {
  const want = read.path.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? "";
    const g = got[i] ?? "";
    if (w.startsWith(":")) {
      const name = w.slice(1);
      if (!SEGMENT.test(g) || read.notParams?.[name]?.includes(g)) return null;
      params[name] = g;
    } else if (w !== g) return null;
  }
  return params;
}

/**
 * A canonical text of a read's result for the fingerprint: plain objects (keys sorted), arrays,
 * dates and primitives. Anything else (a Map, a class instance) throws, and the page goes to Next.
 * Built as one string, appended to as the value is walked (no array and join per object or list).
 */
export function canonical(value: unknown): string {
  return canonicalInto("", value);
}

function canonicalInto(out: string, value: unknown): string {
  if (value === null || typeof value === "number" || typeof value === "boolean" || typeof value === "string") return out + JSON.stringify(value);
  if (value === undefined) return out + "u";
  if (typeof value === "bigint") return `${out}${value}n`;
  if (value instanceof Date) return `${out}d${value.getTime()}`;
  if (Array.isArray(value)) {
    out += "[";
    for (let i = 0; i < value.length; i++) out = canonicalInto(i ? out + "," : out, value[i]);
    return out + "]";
  }
  if (typeof value === "object" && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    out += "{";
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out = canonicalInto(`${i ? out + "," : out}${JSON.stringify(k)}:`, o[k]);
    }
    return out + "}";
  }
  throw new Error(`page memo: cannot fingerprint a ${Object.prototype.toString.call(value)}`);
}

/**
 * What a page shows, as one hash: the content version, the URL, the user (all but the session's id,
 * which no page shows, so that a user's sessions share their pages) and the data read.
 */
export function fingerprint(user: SessionUser, url: string, data: unknown): string {
  const { sessionId: _session, ...shown } = user;
  return createHash("sha256")
    .update(canonical([contentVersion(), url, shown, data]))
    .digest("base64");
}

/** Where `nonce` is in `body` (byte offsets), found once when a page is kept. */
export function nonceOffsets(body: Buffer, nonce: string): number[] {
  const needle = Buffer.from(nonce);
  const at: number[] = [];
  if (!needle.length) return at;
  for (let i = body.indexOf(needle); i !== -1; i = body.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

function drop(s: MemoState, slotKey: string) {
  const slot = s.slots.get(slotKey);
  if (!slot) return;
  s.slots.delete(slotKey);
  s.bytes -= slot.size;
  const mine = s.users.get(slot.userId);
  if (!mine) return;
  mine.keys.delete(slotKey);
  mine.bytes -= slot.size;
  if (mine.keys.size === 0) s.users.delete(slot.userId);
}

/** Marks a slot most recently used, in the whole memo and among its person's. */
function touch(s: MemoState, slotKey: string, slot: Slot) {
  s.slots.delete(slotKey);
  s.slots.set(slotKey, slot);
  const mine = s.users.get(slot.userId);
  if (mine) {
    mine.keys.delete(slotKey);
    mine.keys.add(slotKey);
  }
}

/** What a kept page costs in memory: its HTML, its key and headers (two bytes a character), and the rest. */
function sizeOf(slotKey: string, page: Kept): number {
  let size = page.body.length + 2 * (slotKey.length + page.nonce.length) + 8 * page.nonceAt.length + SLOT_OVERHEAD;
  for (const [name, value] of page.headers) size += 2 * (name.length + String(value).length);
  return size;
}

function keep(slotKey: string, page: Kept, fingerprint: string, userId: string) {
  const s = state();
  const size = sizeOf(slotKey, page);
  const perUser = maxBytesPerUser();
  drop(s, slotKey);
  if (size > perUser) return;
  const slot: Slot = { ...page, fingerprint, userId, size };
  let mine = s.users.get(userId);
  if (!mine) s.users.set(userId, (mine = { keys: new Set(), bytes: 0 }));
  // This person's own oldest pages first, then everyone's.
  for (const k of mine.keys) {
    if (mine.bytes + size <= perUser) break;
    drop(s, k);
  }
  if (!s.users.has(userId)) s.users.set(userId, mine);
  s.slots.set(slotKey, slot);
  s.bytes += size;
  mine.keys.add(slotKey);
  mine.bytes += size;
  const max = maxBytes();
  for (const k of s.slots.keys()) {
    if (s.bytes <= max) break;
    drop(s, k);
  }
}

/** A page handed to `keep`: its HTML as Next wrote it (a Buffer, copied here), or a string. */
export interface PageToKeep {
  body: Buffer | string;
  nonce: string;
  headers: [string, unknown][];
}
export type Lookup = null | { hit: Kept } | { readId: string; done: () => void; keep: (page: PageToKeep) => void };

/** What scripts/page-memo.cjs asks for each page GET (see the file's comment). */
export async function lookup(req: Pick<IncomingMessage, "url" | "headers">): Promise<Lookup> {
  const s = state();
  const url = req.url ?? "/";
  if (url.length > MAX_URL) return null;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  let read: PageRead<unknown> | undefined;
  let params: Record<string, string> | null = null;
  for (const r of s.reads)
    if ((params = matchPath(r, path))) {
      read = r;
      break;
    }
  if (!read || !params) return null;
  const cookie = req.headers.cookie;
  if (typeof cookie !== "string") return null;
  const user = await sessionUser(new Headers({ cookie }));
  if (!user || user.mustChangePassword || (read.roles && !read.roles.includes(user.role))) return null;
  const ctx = { params, search: new URLSearchParams(q === -1 ? "" : url.slice(q + 1)), user };
  const data = await read.read(createCaller(createContextInner({ db: db(), user })), ctx);
  const print = fingerprint(user, url, data);
  // The slot is the user's own: their id first, then the URL.
  const slotKey = `${user.id}\n${url}`;
  const slot = s.slots.get(slotKey);
  if (slot && slot.fingerprint === print) {
    touch(s, slotKey, slot);
    return { hit: slot };
  }
  const readId = randomBytes(18).toString("base64url");
  const handed: HandedRead = { read, user, data, used: false };
  s.handed.set(readId, handed);
  return {
    readId,
    done: () => s.handed.delete(readId),
    keep: (page) => {
      if (!handed.used) return;
      // A copy: the memo owns its bytes (not a view of a larger buffer the response may share).
      const body = Buffer.from(page.body);
      keep(slotKey, { body, nonce: page.nonce, nonceAt: nonceOffsets(body, page.nonce), headers: page.headers }, print, user.id);
    },
  };
}

/**
 * A page's data: the read the memo handed it for this request (same page, same user), else the
 * read run here. Pages call this instead of the procedure, so both ways run the same code.
 */
export async function pageData<T>(read: PageRead<T>, requestHeaders: Headers, api: Caller, ctx: PageReadContext): Promise<T> {
  const id = requestHeaders.get(READ_HEADER);
  const handed = id ? state().handed.get(id) : undefined;
  if (handed && handed.read === read && handed.user.id === ctx.user.id) {
    handed.used = true;
    return handed.data as T;
  }
  return read.read(api, ctx);
}

/** Makes this worker's page GETs go through `lookup` (production only; DEFUSE_PAGE_MEMO=off keeps every page to Next). */
export function registerPageMemo() {
  if (process.env.NODE_ENV !== "production" || process.env.DEFUSE_PAGE_MEMO === "off") return;
  (globalThis as Record<symbol, unknown>)[PAGE_MEMO] ??= lookup;
}

/** For tests: forget every kept page and read. */
export function resetPageMemo() {
  const s = state();
  s.slots.clear();
  s.users.clear();
  s.handed.clear();
  s.bytes = 0;
}
