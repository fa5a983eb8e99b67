import type { Db, Prisma } from "@defuse/db";
import { getRubric } from "@defuse/content";
import { scoreTranscript, type TranscriptScore } from "@defuse/roleplay";
import type { SessionUser } from "../../context";
import { AppError, invalid, isUniqueViolation, notFound } from "../../errors";
import { unstorableIn, unstorableMessage } from "../../storable";
import { recordAudit, recordAuditMany } from "../audit/recordAudit";
import { maskSummary, maskText, type MaskKind } from "./mask";
import { parseTranscript, type CsvMapping, type ParseResult } from "./parseTranscript";
import { emailFromFileName, MAX_UPLOAD_BYTES, readUpload } from "./readUpload";

/**
 * Real-call transcripts in: preview first (every file parsed, matched to an agent, masked and
 * scored, every problem named by file and line), then an all-or-nothing import that runs the same
 * preview inside the transaction. Each call becomes an Attempt of kind REAL_CALL waiting for review,
 * with its masked transcript beside it. Nothing unmasked is stored or audited.
 */

export const REAL_CALL_CONTENT_ID = "real-call";

export interface TranscriptUpload {
  fileName: string;
  /** The file's bytes, base64. */
  data: string;
  rubricId: string;
  /** The agent for files that name none (no email in the file name or email column). */
  agentId?: string | null;
  /** CSV column mapping chosen in the preview; guessed from the header when absent. */
  mapping?: CsvMapping | null;
}

export interface FileProblem {
  file: string;
  line: number | null;
  message: string;
}

type Tx = Db | Prisma.TransactionClient;

interface Agent {
  id: string;
  name: string;
  email: string;
}

interface PreparedFile {
  name: string;
  format: ParseResult["format"];
  agent: Agent | null;
  turns: { speaker: "agent" | "customer"; text: string; at?: string }[];
  masked: Partial<Record<MaskKind, number>>;
  maskedShown: string[];
  csv: ParseResult["csv"] | null;
  score: TranscriptScore | null;
  problems: FileProblem[];
}

function decode(data: string): Uint8Array {
  // base64 is 4 characters per 3 bytes: refuse by length before decoding anything
  if ((data.length * 3) / 4 > MAX_UPLOAD_BYTES + 3) throw invalid(`The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, "file");
  return new Uint8Array(Buffer.from(data, "base64"));
}

async function prepare(tx: Tx, actor: SessionUser, input: TranscriptUpload) {
  const rubric = getRubric(input.rubricId);
  if (!rubric) throw invalid(`Unknown rubric “${input.rubricId}”.`, "rubricId");
  const upload = readUpload(input.fileName, decode(input.data));
  if (!upload.ok) return { rubric, files: [] as PreparedFile[], problems: [{ file: input.fileName, line: null, message: upload.problem }] };

  const defaultAgent = input.agentId ? await tx.user.findFirst({ where: { id: input.agentId, orgId: actor.orgId, active: true }, select: { id: true, name: true, email: true } }) : null;
  if (input.agentId && !defaultAgent) throw notFound("That agent");

  // First pass: parse with whatever agent the file name or default gives, to read any email column.
  const first = upload.files.map((f) => {
    const email = emailFromFileName(f.name);
    return { f, email, parsed: null as ParseResult | null };
  });
  for (const x of first) {
    if (x.f.name.toLowerCase().endsWith(".csv")) {
      x.parsed = parseTranscript(x.f.name, x.f.content, {}, input.mapping ?? undefined);
      x.email = x.parsed.csv?.agentEmail ?? x.email;
    }
  }
  // (an email cell holding NUL would fail the query itself; that file's problem is named below)
  const emails = [...new Set(first.map((x) => x.email).filter((e): e is string => !!e && !unstorableIn(e)))];
  const found = emails.length ? await tx.user.findMany({ where: { orgId: actor.orgId, active: true, email: { in: emails } }, select: { id: true, name: true, email: true } }) : [];
  const byEmail = new Map(found.map((u) => [u.email, u]));

  // Scoring is synchronous and a zip may hold hundreds of long calls (half a second each): hand the
  // event loop to other requests between files, or one upload freezes the worker for everyone.
  const files: PreparedFile[] = [];
  for (const { f, email, parsed: pre } of first) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    files.push(prepareFile(rubric, f, email, pre));
  }
  return { rubric, files, problems: files.flatMap((f) => f.problems) };

  function prepareFile(rubric: NonNullable<ReturnType<typeof getRubric>>, f: (typeof first)[number]["f"], email: string | null, pre: ParseResult | null): PreparedFile {
    const problems: FileProblem[] = [];
    const agent = email ? (byEmail.get(email) ?? null) : defaultAgent;
    if (email && !agent) problems.push({ file: f.name, line: null, message: `no active person with the email ${email} in your organisation` });
    if (!email && !agent) {
      problems.push({ file: f.name, line: null, message: "no agent: name the file after the agent's email (sam@example.com-call.txt) or choose an agent for files without one" });
    }
    const parsed = pre && !agent ? pre : parseTranscript(f.name, f.content, { agent: agent?.name }, input.mapping ?? undefined);
    for (const p of parsed.problems) problems.push({ file: f.name, line: p.line, message: p.message });
    // What PostgreSQL cannot store (a NUL byte, a JSON escape of half a surrogate pair) is named by file and line, never a 500.
    const badName = unstorableIn(f.name);
    if (badName) problems.push({ file: f.name, line: null, message: `the file name ${unstorableMessage(badName)}` });
    const badTurn = parsed.turns.find((t) => unstorableIn(t.text) ?? (t.at ? unstorableIn(t.at) : null));
    if (badTurn) problems.push({ file: f.name, line: badTurn.line, message: unstorableMessage((unstorableIn(badTurn.text) ?? unstorableIn(badTurn.at ?? ""))!) });
    const shown: string[] = [];
    const all: ReturnType<typeof maskText>["masked"] = [];
    const turns = parsed.turns.map((t) => {
      const m = maskText(t.text);
      all.push(...m.masked);
      for (const x of m.masked) if (shown.length < 20) shown.push(`line ${t.line}: ${x.shown}`);
      return { speaker: t.speaker, text: m.text, ...(t.at ? { at: t.at } : {}) };
    });
    const score = problems.length === 0 ? scoreTranscript(rubric, turns) : null;
    return { name: f.name, format: parsed.format, agent, turns, masked: maskSummary(all), maskedShown: shown, csv: parsed.csv ?? null, score, problems };
  }
}

/** What the trainer sees before importing: per file, its agent, turns (masked), what was masked, the score, and problems. */
export async function previewTranscripts(db: Db, actor: SessionUser, input: TranscriptUpload) {
  const { files, problems } = await prepare(db, actor, input);
  return {
    ok: problems.length === 0 && files.length > 0,
    problems,
    files: files.map((f) => ({
      name: f.name,
      format: f.format,
      agent: f.agent,
      turnCount: f.turns.length,
      firstTurns: f.turns.slice(0, 6),
      masked: f.masked,
      maskedShown: f.maskedShown,
      csv: f.csv,
      score: f.score ? { score: f.score.score, passed: f.score.passed, verdict: f.score.verdict } : null,
      problems: f.problems,
    })),
  };
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/**
 * Imports every file or none. `key` (chosen by the form once per upload) makes a repeated
 * submission return the first import's result.
 */
export async function importTranscripts(db: Db, actor: SessionUser, input: TranscriptUpload & { key: string }) {
  const existing = await db.transcriptImport.findFirst({
    where: { orgId: actor.orgId, key: input.key },
    select: { id: true, transcripts: { select: { attemptId: true }, orderBy: { fileName: "asc" } } },
  });
  if (existing) return { importId: existing.id, attemptIds: existing.transcripts.map((t) => t.attemptId), duplicate: true };
  try {
    return await db.$transaction(
      async (tx) => {
        const { rubric, files, problems } = await prepare(tx, actor, input);
        if (problems.length > 0 || files.length === 0) {
          const p = problems[0];
          const where = p ? `${p.file}${p.line ? `, line ${p.line}` : ""}: ${p.message}` : "the upload holds no transcripts";
          throw new AppError("INVALID_INPUT", `Nothing was imported: ${problems.length || 1} problem${problems.length === 1 ? "" : "s"} to fix first. ${where}`, { field: "file" });
        }
        const batch = await tx.transcriptImport.create({
          data: { orgId: actor.orgId, createdById: actor.id, key: input.key, fileName: input.fileName, fileCount: files.length },
          select: { id: true },
        });
        const now = new Date();
        const attemptIds: string[] = [];
        for (const f of files) {
          const s = f.score!;
          const agentTurns = s.turns.filter((t) => t.speaker === "agent");
          const { turns: perTurn, ...card } = s;
          const attempt = await tx.attempt.create({
            data: {
              orgId: actor.orgId,
              userId: f.agent!.id,
              kind: "REAL_CALL",
              contentId: REAL_CALL_CONTENT_ID,
              contentVersion: 1,
              rubricId: rubric.id,
              rubricVersion: rubric.version,
              status: "COMPLETED",
              completedAt: now,
              autoScore: s.score,
              autoPassed: s.passed,
              autoResult: json({ ...card, turns: perTurn }),
              score: s.score,
              passed: s.passed,
              techniques: [...new Set(agentTurns.flatMap((t) => t.techniques))],
              pitfalls: [...new Set(agentTurns.flatMap((t) => t.pitfalls))],
              officialLevels: Object.fromEntries(s.criteria.map((c) => [c.id, c.level])),
              tension: s.tensionTimeline.at(-1) ?? null,
              reviewState: "PENDING",
            },
            select: { id: true },
          });
          await tx.transcript.create({
            data: {
              orgId: actor.orgId,
              attemptId: attempt.id,
              agentId: f.agent!.id,
              importId: batch.id,
              fileName: f.name,
              format: f.format,
              turns: json(f.turns),
              masked: json(f.masked),
            },
          });
          await tx.criterionScore.createMany({
            data: s.criteria.map((c) => ({
              orgId: actor.orgId,
              attemptId: attempt.id,
              contentId: REAL_CALL_CONTENT_ID,
              criterionId: c.id,
              source: "auto",
              level: c.level,
              points: c.points,
            })),
            skipDuplicates: true,
          });
          attemptIds.push(attempt.id);
        }
        await recordAuditMany(
          tx,
          files.map((f, i) => ({
            orgId: actor.orgId,
            actorId: actor.id,
            action: "transcript.import",
            targetType: "Attempt",
            targetId: attemptIds[i]!,
            after: { fileName: f.name, agentId: f.agent!.id, rubricId: rubric.id, score: f.score!.score, masked: f.masked },
          })),
        );
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.id,
          action: "transcripts.import",
          targetType: "TranscriptImport",
          targetId: batch.id,
          after: { fileName: input.fileName, files: files.length },
        });
        return { importId: batch.id, attemptIds, duplicate: false };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    // the same upload submitted twice at once: the second waits on the key and returns the first
    if (isUniqueViolation(e)) return importTranscripts(db, actor, input);
    throw e;
  }
}
