import type { Db, Prisma } from "@defuse/db";
import { catalogue, LABEL_IDS, PITFALL_IDS, labelName, type Rubric } from "@defuse/content";
import type { SessionUser } from "../../context";
import { AppError, conflict, invalid, isUniqueViolation, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { keyBase, keyFromTitle } from "./keys";
import { jsonProblem } from "../../storable";
import { MAX_DOCUMENT_DEPTH, MAX_TITLE_CHARS, type FieldError } from "./limits";
import { builtInRubric, checkRubricDocument, isBuiltInRubric, MAX_CRITERIA, MAX_CRITICAL, sameRubric, weightTotal } from "./rubricCheck";
import { rubricIdOf } from "./validate";

/**
 * An organisation's own rubrics (issue 13), versioned like its scenarios: a working draft saved as
 * typed, immutable published versions, archive. A scenario names one exact version, and its
 * published bundle holds that version, so a later edit here never changes existing scenario
 * versions or attempts. Trainers and admins only (the router's rung); every query names the
 * caller's organisation.
 */

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
const precondition = (message: string) => new AppError("PRECONDITION_FAILED", message);
type Tx = Db | Prisma.TransactionClient;
type StoredDraft = Record<string, unknown> & { $unparsed?: string };

async function findMine(db: Tx, actor: SessionUser, id: string) {
  const row = await db.authoredRubric.findFirst({ where: { id, orgId: actor.orgId } });
  if (!row) throw notFound("That rubric");
  return row;
}

/** `"Core de-escalation (our version)"` → `core-de-escalation-our-version`; never a built-in rubric id, unique in the organisation. */
export async function deriveRubricKey(db: Tx, orgId: string, title: string): Promise<string> {
  const base = keyBase(title, "rubric");
  const taken = new Set((await db.authoredRubric.findMany({ where: { orgId, key: { startsWith: base } }, select: { key: true } })).map((r) => r.key));
  return keyFromTitle(title, "rubric", taken, isBuiltInRubric);
}

/** Built-in rubrics (to duplicate) and the organisation's own, with status and versions. */
export async function listRubrics(db: Db, actor: SessionUser) {
  const rows = await db.authoredRubric.findMany({
    where: { orgId: actor.orgId },
    select: { id: true, key: true, title: true, status: true, publishedVersion: true, basedOn: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return {
    builtIn: catalogue.rubrics.map((r) => ({ id: r.id, title: r.title, version: r.version, passMark: r.passMark, criteria: r.criteria.length })),
    authored: rows,
  };
}

/** The document a duplicate starts from: a built-in rubric, or one of the organisation's (its latest published version, else its draft). */
async function sourceOf(db: Tx, actor: SessionUser, from: string): Promise<{ rubric: unknown; title: string } | null> {
  const builtIn = builtInRubric(from);
  if (builtIn) return { rubric: builtIn, title: builtIn.title };
  const row = await db.authoredRubric.findFirst({
    where: { orgId: actor.orgId, key: from },
    select: { title: true, draft: true, publishedVersion: true, versions: { where: { orgId: actor.orgId }, orderBy: { version: "desc" }, take: 1, select: { rubric: true } } },
  });
  if (!row) return null;
  return { rubric: row.versions[0]?.rubric ?? row.draft, title: row.title };
}

/** Duplicates a built-in rubric or one of the organisation's (`from` is its id) as a new draft. */
export async function createRubric(db: Db, actor: SessionUser, input: { from: string; title?: string | null }) {
  const source = await sourceOf(db, actor, input.from);
  if (!source) throw invalid("Choose one of the built-in rubrics or one of your organisation's rubrics to start from.", "from");
  const title = (input.title?.trim() || `${source.title} (our version)`).slice(0, MAX_TITLE_CHARS);
  for (let tries = 0; ; tries++) {
    try {
      return await db.$transaction(async (tx) => {
        const key = await deriveRubricKey(tx, actor.orgId, title);
        const draft = { ...(structuredClone(source.rubric) as Record<string, unknown>), id: key, version: 1, title };
        const row = await tx.authoredRubric.create({
          data: { orgId: actor.orgId, key, title, draft: json(draft), basedOn: input.from, createdById: actor.id },
          select: { id: true, key: true },
        });
        await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "rubric.created", targetType: "AuthoredRubric", targetId: row.id, after: { key, title, basedOn: input.from } });
        return row;
      });
    } catch (err) {
      // Two duplicates with the same title at once: the loser derives the next free key.
      if (!isUniqueViolation(err) || tries >= 3) throw err;
    }
  }
}

function draftErrors(draft: StoredDraft): FieldError[] {
  if (typeof draft.$unparsed === "string") return [{ path: "(document)", message: "not valid JSON yet" }];
  const r = checkRubricDocument(draft);
  return r.ok ? [] : r.errors;
}

/** The labels an author may choose as evidence and as critical triggers, with the names trainers know. */
function labelOptions() {
  return {
    labels: LABEL_IDS.map((id) => ({ id, name: labelName(id) })),
    triggers: [...PITFALL_IDS.map((id) => ({ id: id as string, name: labelName(id) })), { id: "forbidden_promise", name: "Breaking a forbidden policy rule" }],
  };
}

/** The editor's view: the draft as last saved (valid or not), its errors and weight total, and the published versions. */
export async function getAuthoredRubric(db: Db, actor: SessionUser, input: { id: string }) {
  const row = await findMine(db, actor, input.id);
  const versions = await db.authoredRubricVersion.findMany({
    where: { orgId: actor.orgId, rubricId: row.id },
    select: { version: true, publishedAt: true, rubric: true },
    orderBy: { version: "desc" },
  });
  const draft = row.draft as StoredDraft;
  const checked = checkRubricDocument(draft);
  const latest = versions[0]?.rubric as unknown as Rubric | undefined;
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    status: row.status,
    basedOn: row.basedOn,
    revision: row.draftRevision,
    publishedVersion: row.publishedVersion,
    draft,
    errors: draftErrors(draft),
    weightTotal: weightTotal(draft),
    unpublishedChanges: latest ? !(checked.ok && sameRubric(checked.rubric, latest)) : true,
    versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })),
    limits: { criteria: MAX_CRITERIA, critical: MAX_CRITICAL },
    ...labelOptions(),
  };
}

/**
 * Saves the draft exactly as typed (`text`, size-checked by the router before it is parsed), even
 * when invalid, and returns its field errors and weight total. `revision` is the one the editor
 * loaded: a save over a newer save from another window is refused. The id and version are the
 * rubric's own, whatever the text says.
 */
export async function saveRubricDraft(db: Db, actor: SessionUser, input: { id: string; revision: number; text: string }) {
  const row = await findMine(db, actor, input.id);
  let draft: StoredDraft;
  try {
    const parsed: unknown = JSON.parse(input.text);
    draft = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? { ...(parsed as StoredDraft), id: row.key, version: (row.publishedVersion ?? 0) + 1 } : { $unparsed: input.text };
  } catch {
    draft = { $unparsed: input.text };
  }
  // As for scenario drafts: escapes JSON allows but PostgreSQL cannot store (\u0000, half a
  // surrogate pair) used to answer 500 from the write, and nesting no rubric needs is refused too.
  const problem = jsonProblem(draft, MAX_DOCUMENT_DEPTH);
  if (problem) throw invalid(`${problem.path || "(document)"}: ${problem.message}`, "text");
  const title = typeof draft.title === "string" && draft.title.trim() ? draft.title.trim().slice(0, MAX_TITLE_CHARS) : row.title;
  const next = await db.$transaction(async (tx) => {
    const updated = await tx.authoredRubric.updateMany({
      where: { id: row.id, orgId: actor.orgId, draftRevision: input.revision },
      data: { draft: json(draft), title, draftRevision: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "rubric.edited", targetType: "AuthoredRubric", targetId: row.id, after: { revision: input.revision + 1, title } });
    return input.revision + 1;
  });
  if (next === null) throw conflict("This rubric was saved from another window since you opened it. Copy your changes, reload, and apply them again.", "revision");
  return { revision: next, title, errors: draftErrors(draft), weightTotal: weightTotal(draft) };
}

/**
 * Publishes the draft as the next immutable version after full validation (refused with every
 * reason otherwise). A draft identical to the latest version returns that version.
 */
export async function publishRubric(db: Db, actor: SessionUser, input: { id: string }) {
  const row = await findMine(db, actor, input.id);
  const draft = row.draft as StoredDraft;
  const checked = typeof draft.$unparsed === "string" ? null : checkRubricDocument(draft);
  if (!checked || !checked.ok) {
    const errors = checked && !checked.ok ? checked.errors : [{ path: "(document)", message: "not valid JSON" }];
    throw precondition(`This rubric cannot be published yet: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  if (row.publishedVersion != null) {
    const latest = await db.authoredRubricVersion.findFirst({ where: { orgId: actor.orgId, rubricId: row.id, version: row.publishedVersion }, select: { rubric: true } });
    if (latest && sameRubric(checked.rubric, latest.rubric as unknown as Rubric)) {
      if (row.status === "DRAFT") await db.authoredRubric.updateMany({ where: { id: row.id, orgId: actor.orgId }, data: { status: "PUBLISHED" } });
      return { version: row.publishedVersion, created: false };
    }
  }
  const version = (row.publishedVersion ?? 0) + 1;
  const rubric: Rubric = { ...checked.rubric, id: row.key, version };
  try {
    await db.$transaction(async (tx) => {
      const moved = await tx.authoredRubric.updateMany({
        where: { id: row.id, orgId: actor.orgId, publishedVersion: row.publishedVersion },
        data: { publishedVersion: version, status: row.status === "ARCHIVED" ? "ARCHIVED" : "PUBLISHED", title: rubric.title, draft: json({ ...rubric, version: version + 1 }) },
      });
      if (moved.count === 0) throw conflict("Someone published this rubric at the same moment. Reload to see the new version.");
      await tx.authoredRubricVersion.create({ data: { orgId: actor.orgId, rubricId: row.id, version, rubric: json(rubric), publishedById: actor.id } });
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "rubric.published", targetType: "AuthoredRubric", targetId: row.id, after: { key: row.key, version } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("Someone published this rubric at the same moment. Reload to see the new version.");
    throw err;
  }
  return { version, created: true };
}

/** Archive hides it from new choices in the scenario editor; scenario versions and attempts that use it keep it. */
export async function setRubricArchived(db: Db, actor: SessionUser, input: { id: string; archived: boolean }) {
  const row = await findMine(db, actor, input.id);
  const status: "ARCHIVED" | "PUBLISHED" | "DRAFT" = input.archived ? "ARCHIVED" : row.publishedVersion != null ? "PUBLISHED" : "DRAFT";
  if (row.status === status) return { status };
  await db.$transaction(async (tx) => {
    await tx.authoredRubric.updateMany({ where: { id: row.id, orgId: actor.orgId }, data: { status } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: input.archived ? "rubric.archived" : "rubric.unarchived",
      targetType: "AuthoredRubric",
      targetId: row.id,
      before: { status: row.status },
      after: { status },
    });
  });
  return { status };
}

/**
 * The scenario editor's rubric choice: built-in rubrics, then each published version of the
 * organisation's rubrics that are not archived, and each valid draft (play-test only). The rubric
 * the draft already names stays listed even when archived, so opening the editor changes nothing.
 * `value` is `<id>` for a built-in and `<id>@<version>` (or `@draft`) for the organisation's.
 */
export async function rubricChoices(db: Db, actor: SessionUser, draft: unknown) {
  const current = rubricIdOf(draft);
  const rows = await db.authoredRubric.findMany({
    where: { orgId: actor.orgId, OR: [{ status: { not: "ARCHIVED" } }, ...(current ? [{ key: current }] : [])] },
    select: { key: true, title: true, draft: true, versions: { where: { orgId: actor.orgId }, select: { version: true, rubric: true }, orderBy: { version: "desc" } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 200,
  });
  const out: Array<{ value: string; id: string; version: number | "draft"; label: string }> = catalogue.rubrics.map((r) => ({
    value: r.id,
    id: r.id,
    version: r.version,
    label: `${r.title} (built-in, version ${r.version})`,
  }));
  for (const r of rows) {
    for (const v of r.versions) out.push({ value: `${r.key}@${v.version}`, id: r.key, version: v.version, label: `${r.title} (version ${v.version})` });
    // the draft is offered only while it differs from the latest version (or nothing is published yet)
    const draft = checkRubricDocument(r.draft);
    const latest = r.versions[0]?.rubric as unknown as Rubric | undefined;
    if (draft.ok && !(latest && sameRubric(draft.rubric, latest))) out.push({ value: `${r.key}@draft`, id: r.key, version: "draft", label: `${r.title} (draft: play-test only)` });
  }
  return out;
}

/**
 * For an import: the organisation's rubric identical to `rubric` (its latest version with the same
 * content), or a new organisation rubric published as version 1, with a `rubric.imported` audit entry.
 * Runs inside the import's transaction, so a failed import leaves no rubric behind.
 */
export async function importRubric(tx: Prisma.TransactionClient, actor: SessionUser, rubric: Rubric, fileName: string): Promise<{ key: string; version: number }> {
  const candidates = await tx.authoredRubricVersion.findMany({
    where: { orgId: actor.orgId },
    select: { version: true, rubric: true, authored: { select: { key: true } } },
    orderBy: { publishedAt: "desc" },
    take: 500,
  });
  const same = candidates.find((c) => sameRubric(c.rubric as unknown as Rubric, rubric));
  if (same) return { key: same.authored.key, version: same.version };
  const free = !isBuiltInRubric(rubric.id) && !(await tx.authoredRubric.findFirst({ where: { orgId: actor.orgId, key: rubric.id }, select: { id: true } }));
  const key = free ? rubric.id : await deriveRubricKey(tx, actor.orgId, rubric.title);
  const doc: Rubric = { ...rubric, id: key, version: 1 };
  const title = rubric.title.slice(0, MAX_TITLE_CHARS);
  const row = await tx.authoredRubric.create({
    data: { orgId: actor.orgId, key, title, status: "PUBLISHED", publishedVersion: 1, draft: json({ ...doc, version: 2 }), createdById: actor.id },
    select: { id: true },
  });
  await tx.authoredRubricVersion.create({ data: { orgId: actor.orgId, rubricId: row.id, version: 1, rubric: json(doc), publishedById: actor.id } });
  await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "rubric.imported", targetType: "AuthoredRubric", targetId: row.id, after: { key, title, version: 1, file: fileName } });
  return { key, version: 1 };
}
