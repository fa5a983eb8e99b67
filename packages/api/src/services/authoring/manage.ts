import type { Db, Prisma } from "@defuse/db";
import { catalogue } from "@defuse/content";
import type { SessionUser } from "../../context";
import { AppError, conflict, invalid, isUniqueViolation, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { keyBase, keyFromTitle } from "./keys";
import { jsonProblem } from "../../storable";
import { MAX_DOCUMENT_DEPTH, MAX_TITLE_CHARS, type FieldError } from "./limits";
import { blankScenario } from "./template";
import { rubricChoices } from "./rubrics";
import { checkDraft, isBuiltInScenario, type DraftBundle } from "./validate";

/**
 * An organisation's own scenarios (issue 13): a working draft saved as typed, and immutable
 * published versions. Trainers and admins only (the router's rung); every query names the
 * caller's organisation.
 */

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
const precondition = (message: string) => new AppError("PRECONDITION_FAILED", message);

/** A draft that was not even JSON is kept as the text that was typed. */
export type StoredDraft = Record<string, unknown> & { $unparsed?: string };

export async function findMine(db: Db | Prisma.TransactionClient, actor: SessionUser, id: string) {
  const row = await db.authoredScenario.findFirst({ where: { id, orgId: actor.orgId } });
  if (!row) throw notFound("That scenario");
  return row;
}

/** `"The Bill That Tripled (copy)"` → `the-bill-that-tripled-copy`; never a built-in id, unique in the organisation. */
export async function deriveKey(db: Db | Prisma.TransactionClient, orgId: string, title: string): Promise<string> {
  const base = keyBase(title, "scenario");
  const taken = new Set((await db.authoredScenario.findMany({ where: { orgId, key: { startsWith: base } }, select: { key: true } })).map((r) => r.key));
  return keyFromTitle(title, "scenario", taken, isBuiltInScenario);
}

/** Built-in scenarios (to duplicate) and the organisation's own, with status and versions. */
export async function listScenarios(db: Db, actor: SessionUser) {
  const rows = await db.authoredScenario.findMany({
    where: { orgId: actor.orgId },
    select: {
      id: true,
      key: true,
      title: true,
      status: true,
      publishedVersion: true,
      basedOn: true,
      updatedAt: true,
      versions: { where: { orgId: actor.orgId }, select: { version: true, publishedAt: true }, orderBy: { version: "desc" } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return {
    builtIn: catalogue.scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary, customerName: s.persona.name, version: s.version })),
    authored: rows,
  };
}

/** Duplicates a built-in scenario, or starts from the blank template when `from` is absent. */
export async function createScenario(db: Db, actor: SessionUser, input: { from?: string | null; title?: string | null }) {
  const source = input.from ? catalogue.scenarios.find((s) => s.id === input.from) : null;
  if (input.from && !source) throw invalid("Choose one of the built-in scenarios to start from.", "from");
  const title = (input.title?.trim() || (source ? `${source.title} (our version)` : "New scenario")).slice(0, MAX_TITLE_CHARS);
  for (let tries = 0; ; tries++) {
    try {
      return await db.$transaction(async (tx) => {
        const key = await deriveKey(tx, actor.orgId, title);
        const scenario = source ? { ...structuredClone(source), id: key, version: 1, title } : blankScenario(key, title);
        const row = await tx.authoredScenario.create({
          data: { orgId: actor.orgId, key, title, draft: json({ scenario }), basedOn: source?.id ?? null, createdById: actor.id },
          select: { id: true, key: true },
        });
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.id,
          action: "scenario.create",
          targetType: "AuthoredScenario",
          targetId: row.id,
          after: { key, title, basedOn: source?.id ?? null },
        });
        return row;
      });
    } catch (err) {
      // Two creations with the same title at once: the loser derives the next free key.
      if (!isUniqueViolation(err) || tries >= 3) throw err;
    }
  }
}

/** Field errors of a stored draft, as the editor shows them. */
async function draftErrors(db: Db, orgId: string, draft: StoredDraft): Promise<FieldError[]> {
  if (typeof draft.$unparsed === "string") return [{ path: "(document)", message: "not valid JSON yet" }];
  // a draft may name a rubric's draft (to play-test it); publishing refuses that with the reason
  const r = await checkDraft(db, orgId, draft, { playtest: true });
  return r.ok ? [] : r.errors;
}

/** The editor's view: the draft as last saved (valid or not), its errors and the published versions. */
export async function getScenario(db: Db, actor: SessionUser, input: { id: string }) {
  const row = await findMine(db, actor, input.id);
  const versions = await db.authoredScenarioVersion.findMany({
    where: { orgId: actor.orgId, scenarioId: row.id },
    select: { version: true, publishedAt: true, bundle: true },
    orderBy: { version: "desc" },
  });
  const draft = row.draft as StoredDraft;
  const latest = versions[0]?.bundle as unknown as DraftBundle | undefined;
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    status: row.status,
    basedOn: row.basedOn,
    revision: row.draftRevision,
    publishedVersion: row.publishedVersion,
    draft,
    errors: await draftErrors(db, actor.orgId, draft),
    unpublishedChanges: latest ? !(await sameScenario(db, actor.orgId, draft, latest)) : true,
    versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })),
    rubrics: await rubricChoices(db, actor, draft),
  };
}

/** The draft and a published bundle describe the same scenario (ignoring the version number the publish stamps). */
async function sameScenario(db: Db, orgId: string, draft: StoredDraft, bundle: DraftBundle): Promise<boolean> {
  const checked = await checkDraft(db, orgId, draft);
  if (!checked.ok) return false;
  return canonical({ ...checked.bundle.scenario, version: 0 }) === canonical({ ...bundle.scenario, version: 0 }) && canonical(checked.bundle.rubric) === canonical(bundle.rubric);
}

/** JSON with object keys sorted: jsonb columns do not keep the order keys were written in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * Saves the draft exactly as typed (`text` is the document's JSON, at most MAX_DOCUMENT_CHARS,
 * checked by the router before anything is parsed), even when it is invalid, and returns its field
 * errors. `revision` is the one the editor loaded: a save over someone else's newer save is refused.
 */
export async function saveDraft(db: Db, actor: SessionUser, input: { id: string; revision: number; text: string }) {
  const row = await findMine(db, actor, input.id);
  let draft: StoredDraft;
  try {
    const parsed: unknown = JSON.parse(input.text);
    draft = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as StoredDraft) : { $unparsed: input.text };
  } catch {
    draft = { $unparsed: input.text };
  }
  // Escapes JSON allows but PostgreSQL cannot store (\u0000, half a surrogate pair), and nesting no
  // scenario needs (which overflowed the stack): refused with the field, before anything is written.
  const problem = jsonProblem(draft, MAX_DOCUMENT_DEPTH);
  if (problem) throw invalid(`${problem.path || "(document)"}: ${problem.message}`, "text");
  const scenario = (draft.scenario ?? null) as { title?: unknown } | null;
  const title = typeof scenario?.title === "string" && scenario.title.trim() ? scenario.title.trim().slice(0, MAX_TITLE_CHARS) : row.title;
  const next = await db.$transaction(async (tx) => {
    const updated = await tx.authoredScenario.updateMany({
      where: { id: row.id, orgId: actor.orgId, draftRevision: input.revision },
      data: { draft: json(draft), title, draftRevision: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "scenario.edit", targetType: "AuthoredScenario", targetId: row.id, after: { revision: input.revision + 1, title } });
    return input.revision + 1;
  });
  if (next === null) throw conflict("This scenario was saved from another window since you opened it. Copy your changes, reload, and apply them again.", "revision");
  return { revision: next, title, errors: await draftErrors(db, actor.orgId, draft) };
}

/**
 * Publishes the draft as the next immutable version, after full validation and the check that the
 * engine could finish it (refused with every reason otherwise). Publishing a draft identical to the
 * latest version returns that version (a repeated click makes no new version).
 */
export async function publishScenario(db: Db, actor: SessionUser, input: { id: string }) {
  const row = await findMine(db, actor, input.id);
  const draft = row.draft as StoredDraft;
  const checked = typeof draft.$unparsed === "string" ? null : await checkDraft(db, actor.orgId, draft);
  if (!checked || !checked.ok) {
    const errors = checked && !checked.ok ? checked.errors : [{ path: "(document)", message: "not valid JSON" }];
    throw precondition(`This scenario cannot be published yet: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  if (row.publishedVersion != null) {
    const latest = await db.authoredScenarioVersion.findFirst({ where: { orgId: actor.orgId, scenarioId: row.id, version: row.publishedVersion }, select: { bundle: true } });
    if (latest && (await sameScenario(db, actor.orgId, draft, latest.bundle as unknown as DraftBundle))) {
      if (row.status === "DRAFT") await db.authoredScenario.updateMany({ where: { id: row.id, orgId: actor.orgId }, data: { status: "PUBLISHED" } });
      return { version: row.publishedVersion, created: false };
    }
  }
  const version = (row.publishedVersion ?? 0) + 1;
  const bundle: DraftBundle = { scenario: { ...checked.bundle.scenario, id: row.key, version }, rubric: checked.bundle.rubric };
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.authoredScenario.updateMany({
        where: { id: row.id, orgId: actor.orgId, publishedVersion: row.publishedVersion },
        data: { publishedVersion: version, status: row.status === "ARCHIVED" ? "ARCHIVED" : "PUBLISHED", title: bundle.scenario.title },
      });
      if (moved.count === 0) throw conflict("Someone published this scenario at the same moment. Reload to see the new version.");
      await tx.authoredScenarioVersion.create({ data: { orgId: actor.orgId, scenarioId: row.id, version, bundle: json(bundle), publishedById: actor.id } });
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "scenario.publish", targetType: "AuthoredScenario", targetId: row.id, after: { key: row.key, version } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("Someone published this scenario at the same moment. Reload to see the new version.");
    throw err;
  }
  return { version, created: true };
}

/** Archive hides it from new practice and assignments; attempts and reviews keep showing it. */
export async function setArchived(db: Db, actor: SessionUser, input: { id: string; archived: boolean }) {
  const row = await findMine(db, actor, input.id);
  const status: "ARCHIVED" | "PUBLISHED" | "DRAFT" = input.archived ? "ARCHIVED" : row.publishedVersion != null ? "PUBLISHED" : "DRAFT";
  if (row.status === status) return { status };
  await db.$transaction(async (tx) => {
    await tx.authoredScenario.updateMany({ where: { id: row.id, orgId: actor.orgId }, data: { status } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: input.archived ? "scenario.archive" : "scenario.unarchive",
      targetType: "AuthoredScenario",
      targetId: row.id,
      before: { status: row.status },
      after: { status },
    });
  });
  return { status };
}
