import type { Db, Prisma } from "@defuse/db";
import { catalogue } from "@defuse/content";
import type { SessionUser } from "../../context";
import { isUniqueViolation, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { jsonProblem } from "../../storable";
import { MAX_DOCUMENT_DEPTH, type FieldError } from "./limits";
import { deriveKey } from "./manage";
import { importRubric } from "./rubrics";
import { checkDocument, checkDraft, isBuiltInScenario, type DraftBundle } from "./validate";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/**
 * The bundle JSON (`{ scenario, rubric }`) of a built-in scenario, or of one of the organisation's
 * own: its latest published version, or the draft as saved when it was never published.
 */
export async function exportScenario(db: Db, actor: SessionUser, input: { id: string }) {
  const builtIn = catalogue.scenarios.find((s) => s.id === input.id);
  if (builtIn) return { fileName: `${builtIn.id}.json`, bundle: { scenario: builtIn, rubric: catalogue.rubrics.find((r) => r.id === builtIn.rubricId) } };
  const row = await db.authoredScenario.findFirst({ where: { id: input.id, orgId: actor.orgId }, select: { id: true, key: true, draft: true, publishedVersion: true } });
  if (!row) throw notFound("That scenario");
  if (row.publishedVersion != null) {
    const v = await db.authoredScenarioVersion.findFirst({ where: { orgId: actor.orgId, scenarioId: row.id, version: row.publishedVersion }, select: { bundle: true } });
    if (v) return { fileName: `${row.key}-v${row.publishedVersion}.json`, bundle: v.bundle as unknown as DraftBundle };
  }
  // a valid draft carries the rubric version it names, so the file is complete on its own
  const checked = await checkDraft(db, actor.orgId, row.draft);
  return { fileName: `${row.key}-draft.json`, bundle: checked.ok ? checked.bundle : (row.draft as unknown) };
}

export interface ImportError extends FieldError {
  document: string;
}

/**
 * Imports one or more bundles as new drafts of the organisation. Every document is validated
 * first (the same checks as publishing, and the rubric it carries); one broken document saves none
 * of them, and every error is returned with its document's name and the field's path. A carried
 * rubric that differs from every built-in one becomes an organisation rubric (or reuses the
 * identical one), in the same transaction as the scenarios.
 */
export async function importScenarios(db: Db, actor: SessionUser, input: { files: Array<{ name: string; text: string }> }) {
  const errors: ImportError[] = [];
  const valid: Array<{ name: string; bundle: DraftBundle; carried: boolean }> = [];
  for (const f of input.files) {
    let raw: unknown;
    try {
      raw = JSON.parse(f.text);
    } catch (e) {
      errors.push({ document: f.name, path: "(document)", message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    const problem = jsonProblem(raw, MAX_DOCUMENT_DEPTH);
    if (problem) {
      errors.push({ document: f.name, path: problem.path || "(document)", message: problem.message });
      continue;
    }
    const r = checkDocument(raw, { importing: true });
    if (r.ok) valid.push({ name: f.name, bundle: r.bundle, carried: r.carried === true });
    else errors.push(...r.errors.map((e) => ({ document: f.name, ...e })));
  }
  if (errors.length > 0) return { imported: [] as Array<{ id: string; key: string; title: string }>, errors };
  for (let tries = 0; ; tries++) {
    try {
      const imported = await db.$transaction(async (tx) => {
        const out: Array<{ id: string; key: string; title: string }> = [];
        for (const { name, bundle, carried } of valid) {
          // A rubric that differs from every built-in one becomes (or is found as) an organisation rubric.
          const ref = carried ? await importRubric(tx, actor, bundle.rubric, name) : null;
          const s = { ...bundle.scenario, rubricId: ref ? ref.key : bundle.rubric.id };
          const free = !isBuiltInScenario(s.id) && !(await tx.authoredScenario.findFirst({ where: { orgId: actor.orgId, key: s.id }, select: { id: true } }));
          const key = free ? s.id : await deriveKey(tx, actor.orgId, s.title);
          const row = await tx.authoredScenario.create({
            data: { orgId: actor.orgId, key, title: s.title, draft: json({ scenario: { ...s, id: key, version: 1 }, ...(ref ? { rubricVersion: ref.version } : {}) }), createdById: actor.id },
            select: { id: true, key: true, title: true },
          });
          await recordAudit(tx, {
            orgId: actor.orgId,
            actorId: actor.id,
            action: "scenario.import",
            targetType: "AuthoredScenario",
            targetId: row.id,
            after: { key, title: s.title, rubric: ref ?? s.rubricId },
          });
          out.push(row);
        }
        return out;
      });
      return { imported, errors };
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= 3) throw err;
    }
  }
}
