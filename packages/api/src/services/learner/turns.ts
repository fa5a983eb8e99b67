import { randomUUID } from "node:crypto";
import { isPitfall } from "@defuse/content";
import { type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, isUniqueViolation, notFound, precondition } from "../../errors";
import { isAssessedRoleplay, NO_HINTS_IN_ASSESSMENT } from "../assessment/assessedRoleplay";
import { scenarioOf } from "../authoring/resolve";
import { json, parseStoredMemo, storedMemo, storedMemoJson, type RoleplayMemo } from "./attemptMemo";
import { branchChoices, mine, turnView, type StoredTurn, type TurnView } from "./attemptView";
import type { ScenarioT } from "./content";
import * as engine from "./engine";

// The turn writer: a learner's reply (takeTurn) and a hint, each written to the attempt with a
// compare-and-set on Attempt.version, so the memo, the attempt's columns and the turn rows agree.

function splitLabels(turn: engine.EngineTurn, choiceLabels?: string[]) {
  const ids = new Set<string>(choiceLabels ?? []);
  for (const s of engine.spansOf(turn.labels)) ids.add(s.label);
  const all = [...ids];
  return { techniques: all.filter((l) => !isPitfall(l)), pitfalls: all.filter(isPitfall) };
}

/** How often a write retries after a concurrent write changed the attempt's version first. */
export const MAX_RETRIES = 8;
/**
 * The most turns one practice call takes. Real calls are 4 to 15 turns; without a limit a call nobody ends
 * (the customer neither calmed nor gone) could run for hundreds of turns, each storing a longer memo than the
 * last, which a 10-minute 500-learner soak showed as turns slowing from tens of milliseconds to seconds.
 */
export const MAX_CALL_TURNS = 40;

/**
 * One agent turn. Idempotent on (attemptId, clientTurnId): a re-sent turn returns what was stored
 * the first time, so a retry after a lost response never doubles a turn.
 *
 * The attempt row is the one truth for the engine: its memo, tension and outcome columns and the
 * new AttemptTurn row are written by one statement that only applies while the attempt is still in
 * progress at the version this request read (compare-and-set on Attempt.version). A hint that
 * landed in between makes it read again and retry; another turn or a finish in between refuses it.
 *
 * When this process wrote the attempt's last turn itself, it starts from what it wrote instead of
 * reading it back (recentAttempts below): the same compare-and-set then decides, so a memory that
 * is out of date (a hint, a finish, a turn served by another worker since) writes nothing and the
 * turn goes the usual way, read first. A turn is then one statement instead of two.
 */
export async function takeTurn(db: Db, user: SessionUser, input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string }) {
  const known = recentAttempts.get(input.attemptId);
  if (known && known.userId === user.id && known.orgId === user.orgId) {
    // Anything short of a stored turn (a stale memory, a choice the stale state does not offer, a
    // re-sent turn's unique clash) is left to the usual path, which answers it from the database.
    const r = await continueTurn(db, user, fromMemory(known), input).catch(() => null);
    if (r?.done) return r.result;
  }
  let firstTurnCount: number | null = null;
  for (let tries = 0; ; tries++) {
    const r = await tryTurn(db, user, input);
    if (r.done) return r.result;
    firstTurnCount ??= r.turnCount;
    if (r.turnCount !== firstTurnCount || tries >= MAX_RETRIES) {
      throw new AppError("CONFLICT", "Another reply was saved at the same moment. Reload the page to see the conversation, then try again.");
    }
  }
}

type TurnResult = { turn: TurnView; duplicate: boolean; tension: number; ended: boolean; outcome: string; choices: Array<{ id: string; text: string }> };
type TryResult = { done: true; result: TurnResult } | { done: false; turnCount: number };

/** What a turn needs of its attempt: the row as the turn's read gives it. */
interface AttemptForTurn {
  id: string;
  kind: "ROLEPLAY" | "BRANCHING";
  status: string;
  contentId: string;
  contentVersion: number | null;
  answers: unknown;
  version: number;
  turnCount: number;
}

/**
 * The attempts whose last turn this process wrote (or which it started), as the database holds them
 * after that write (Attempt.version included), so the next turn can start without reading the row back. Bounded;
 * an attempt that is not here (or not current) is read as before. The memo is kept as the JSON
 * text the turn wrote (keys in jsonb's order, storedMemoJson), so parsing it gives the very value
 * a read of the row would, and an entry is that text (a few KB) rather than its parsed objects.
 */
const RECENT_ATTEMPTS_MAX = 500;
type Remembered = Omit<AttemptForTurn, "answers"> & { memoJson: string; userId: string; orgId: string };
const recentAttempts = new Map<string, Remembered>();

function rememberAttempt(user: SessionUser, attempt: AttemptForTurn, memoJson: string, ended: boolean) {
  if (ended) return forgetAttempt(attempt.id); // the next turn is refused whichever way it is read
  const { answers: _, ...row } = attempt;
  rememberStarted(user, { ...row, status: "IN_PROGRESS", version: attempt.version + 1, turnCount: attempt.turnCount + 1 }, memoJson);
}

/** Drops what this process remembers of an attempt (one abandoned by a restart). */
export function forgetAttempt(attemptId: string) {
  recentAttempts.delete(attemptId);
}

/** An attempt as the database now holds it: after a turn's write, or as startAttempt inserted it (no turns yet, so its first turn is one statement too). */
export function rememberStarted(user: SessionUser, row: Omit<AttemptForTurn, "answers">, memoJson: string) {
  recentAttempts.delete(row.id);
  if (recentAttempts.size >= RECENT_ATTEMPTS_MAX) recentAttempts.delete(recentAttempts.keys().next().value!);
  recentAttempts.set(row.id, { ...row, userId: user.id, orgId: user.orgId, memoJson });
}

function fromMemory(known: Remembered): AttemptForTurn {
  const { memoJson, userId: _u, orgId: _o, ...row } = known;
  return { ...row, answers: parseStoredMemo(memoJson) };
}

/** What this process remembers of an attempt for its next turn (tests compare it with the row). */
export function rememberedAttempt(attemptId: string): Readonly<AttemptForTurn> | undefined {
  const known = recentAttempts.get(attemptId);
  return known && fromMemory(known);
}

async function tryTurn(db: Db, user: SessionUser, input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string }): Promise<TryResult> {
  // The hottest path in Defuse (every reply in every role-play), so it is two SQL statements at
  // most: this read (the attempt, its turn count and this turn if a retry already stored it) and
  // one write (continueTurn), both PREPARED (named, and sent by @defuse/db straight to pg); the
  // read is skipped when this process wrote the attempt last (takeTurn).
  const [attempt] = await db.$queryRaw<Array<AttemptForTurn & { again: StoredTurn | null }>>`${PREPARED}
    SELECT t.id, t.kind::text AS kind, t.status::text AS status, t."contentId", t."contentVersion", t.answers, t.version,
      (SELECT count(*)::int FROM "AttemptTurn" x WHERE x."attemptId" = t.id) AS "turnCount",
      (SELECT row_to_json(x) FROM "AttemptTurn" x WHERE x."attemptId" = t.id AND x."clientTurnId" = ${input.clientTurnId}) AS again
    FROM "Attempt" t
    WHERE t.id = ${input.attemptId} AND t."orgId" = ${user.orgId} AND t."userId" = ${user.id} AND t.kind IN ('ROLEPLAY', 'BRANCHING')`;
  if (!attempt) throw notFound("That practice attempt");
  if (attempt.again) {
    const scenario = await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion);
    return { done: true, result: { turn: turnView(attempt.again, scenario), duplicate: true, ...(await afterState(db, user, attempt.id)) } };
  }
  const { again: _, ...row } = attempt;
  return continueTurn(db, user, row, input);
}

/** The engine step and the write, from the attempt as read (or as this process last wrote it). */
async function continueTurn(db: Db, user: SessionUser, attempt: AttemptForTurn, input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string }): Promise<TryResult> {
  const scenario = await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion);
  if (attempt.status !== "IN_PROGRESS") throw precondition("This attempt has already finished. Start a new one to practise again.");

  const memo = attempt.answers as unknown as RoleplayMemo | null;
  if (!memo?.state) throw precondition("This attempt cannot be continued. Start a new one to practise again.");
  if (engine.summary(memo.state).ended) throw precondition("The call has ended. Finish the attempt to see your scorecard.");
  if (attempt.turnCount >= MAX_CALL_TURNS) throw precondition(`This call has reached ${MAX_CALL_TURNS} replies, the most one practice call takes. Finish the attempt to see your scorecard.`);

  const { turn, s, techniques, pitfalls, agentText, next } = stepRoleplay(attempt.kind, scenario, memo, attempt.id, input);
  const memoJson = storedMemoJson(next);
  try {
    // One statement: the attempt's new state and the turn land together or not at all, and only
    // if nobody changed the attempt since the read above (same version, still in progress).
    const [saved] = await db.$queryRaw<StoredTurn[]>`${PREPARED}
      WITH upd AS (
        UPDATE "Attempt" SET answers = ${memoJson}::jsonb, tension = ${s.tension}::int, outcome = ${s.outcome},
          version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE id = ${attempt.id} AND version = ${attempt.version}::int AND status = 'IN_PROGRESS'
        RETURNING id
      )
      INSERT INTO "AttemptTurn" (id, "attemptId", index, "clientTurnId", "agentText", "choiceId", techniques, pitfalls, labels,
        "customerLine", "tensionBefore", "tensionAfter", reason, hinted, "createdAt")
      SELECT ${randomUUID()}, upd.id, ${attempt.turnCount}::int, ${input.clientTurnId}, ${agentText}, ${input.choiceId ?? null}::text,
        ${techniques}::text[], ${pitfalls}::text[], ${JSON.stringify(json(turn.labels))}::jsonb, ${turn.customerLine},
        ${turn.tensionBefore}::int, ${turn.tensionAfter}::int, ${turn.reason}, ${!!memo.hintPending}::boolean, now() AT TIME ZONE 'UTC'
      FROM upd
      RETURNING index, "clientTurnId", "agentText", "choiceId", techniques, pitfalls, labels, "customerLine", "tensionBefore", "tensionAfter", reason, hinted`;
    if (!saved) return { done: false, turnCount: attempt.turnCount };
    rememberAttempt(user, attempt, memoJson, s.ended);
    return {
      done: true,
      result: { turn: turnView(saved, scenario), duplicate: false, tension: s.tension, ended: s.ended, outcome: s.outcome, choices: branchAfter(attempt.kind, scenario, s, attempt.id) },
    };
  } catch (err) {
    // A turn row with this index or clientTurnId already exists: read again, which either finds
    // this very turn (a concurrent retry stored it) or sees that another turn took the slot.
    if (!isUniqueViolation(err)) throw err;
    return { done: false, turnCount: attempt.turnCount };
  }
}

/**
 * One engine step of a role-play (free text or a branching choice): the new state, the turn and
 * its labels split into techniques and pitfalls. Shared by learners' attempts and play-tests.
 */
export function stepRoleplay(kind: string, scenario: ScenarioT, memo: RoleplayMemo, attemptId: string, input: { text?: string; choiceId?: string }) {
  let engineInput: { text: string } | { choiceId: string };
  let choiceLabels: string[] | undefined;
  let agentText: string;
  if (kind === "BRANCHING") {
    const { node } = branchChoices(scenario, engine.summary(memo.state).nodeId, attemptId);
    const choice = node?.choices.find((c) => c.id === input.choiceId);
    if (!choice) throw new AppError("INVALID_INPUT", "Pick one of the replies offered.", { field: "choiceId" });
    engineInput = { choiceId: choice.id };
    choiceLabels = choice.labels;
    agentText = choice.text;
  } else {
    if (!input.text) throw new AppError("INVALID_INPUT", "Type what you would say to the customer.", { field: "text" });
    engineInput = { text: input.text };
    agentText = input.text;
  }
  const { state, turn } = engine.step(scenario, memo.state, engineInput);
  const { techniques, pitfalls } = splitLabels(turn, choiceLabels);
  const next: RoleplayMemo = { state, hintPending: false, lastHint: null };
  return { state, turn, s: engine.summary(state), techniques, pitfalls, agentText, next, hinted: !!memo.hintPending };
}

export function branchAfter(kind: string, scenario: ScenarioT, s: ReturnType<typeof engine.summary>, attemptId: string) {
  return kind === "BRANCHING" && !s.ended ? branchChoices(scenario, s.nodeId, attemptId).choices : [];
}

async function afterState(db: Db, user: SessionUser, attemptId: string) {
  const a = await db.attempt.findFirst({ where: mine(user, attemptId), select: { kind: true, contentId: true, contentVersion: true, answers: true } });
  const memo = a?.answers as unknown as RoleplayMemo;
  const s = engine.summary(memo?.state ?? {});
  return { tension: s.tension, ended: s.ended, outcome: s.outcome, choices: a ? branchAfter(a.kind, await scenarioOf(db, user.orgId, a.contentId, a.contentVersion), s, attemptId) : [] };
}

/**
 * A technique to try next (never a full sentence). Counted on the attempt and marked on the next
 * turn. Refused, with the attempt left as it was, in the assessed role-play of a final assessment. A compare-and-set on the attempt's version like takeTurn, so a turn stored in between is
 * never overwritten by a memo read before it: the hint is worked out again from the new state.
 */
export async function hint(db: Db, user: SessionUser, input: { attemptId: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const attempt = await db.attempt.findFirst({
      where: { ...mine(user, input.attemptId), kind: { in: ["ROLEPLAY", "BRANCHING"] } },
      select: { id: true, status: true, contentId: true, contentVersion: true, answers: true, hintsUsed: true, version: true },
    });
    if (!attempt) throw notFound("That practice attempt");
    if (attempt.status !== "IN_PROGRESS") throw precondition("This attempt has already finished.");
    // Asked on every try: the link to a sitting bumps the version, so a hint read before it retries and finds it.
    if (await isAssessedRoleplay(db, user, attempt.id)) throw precondition(NO_HINTS_IN_ASSESSMENT);
    const memo = attempt.answers as unknown as RoleplayMemo | null;
    if (!memo?.state) throw precondition("This attempt cannot be continued. Start a new one to practise again.");
    const h = engine.hint(await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion), memo.state);
    const suggestion = { technique: h.technique, name: h.name, prompt: h.prompt };
    const updated = await db.attempt.updateMany({
      where: { id: attempt.id, version: attempt.version, status: "IN_PROGRESS" },
      data: { hintsUsed: { increment: 1 }, version: { increment: 1 }, answers: storedMemo({ ...memo, hintPending: true, lastHint: suggestion }) },
    });
    if (updated.count === 1) return { ...suggestion, hintsUsed: attempt.hintsUsed + 1 };
  }
  throw new AppError("CONFLICT", "The conversation changed while the hint was being prepared. Please ask again.");
}
