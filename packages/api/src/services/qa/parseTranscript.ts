import Papa from "papaparse";
import { z } from "zod";

/**
 * Reads one transcript file into turns. Formats:
 * - plain text, one utterance per line with a speaker prefix: "Agent:", "Customer:", "A:", "C:" or
 *   the agent's or customer's name; a leading timestamp ("[00:01:23]", "00:01:23", "(01:23)") is
 *   ignored, and a line without a prefix continues the previous utterance;
 * - JSON {"turns":[{"speaker":"agent"|"customer","text":"…","at":"…"}]};
 * - CSV with a speaker column and a text column (named in a mapping, or guessed from the header).
 * Errors name the line (the file's own line numbers, header included) so the trainer can fix them.
 */

export type Speaker = "agent" | "customer";
export interface ParsedTurn {
  speaker: Speaker;
  text: string;
  at?: string;
  /** 1-based line in the file where the turn starts. */
  line: number;
}
export interface ParseProblem {
  line: number | null;
  message: string;
}
export interface CsvMapping {
  speaker: string;
  text: string;
  at?: string;
  email?: string;
}
export interface ParseResult {
  format: "text" | "json" | "csv";
  turns: ParsedTurn[];
  problems: ParseProblem[];
  /** CSV only: the header, the first rows and the mapping used, for the column-mapping preview. */
  csv?: { columns: string[]; sample: string[][]; mapping: CsvMapping | null; agentEmail: string | null };
}
export interface SpeakerNames {
  /** The agent's full name; its first name is accepted as a prefix too. */
  agent?: string;
  customer?: string;
}

/** Largest single transcript accepted, checked before it is parsed. */
export const MAX_TRANSCRIPT_BYTES = 512 * 1024;
export const MAX_TURNS = 600;

const AGENT_WORDS = new Set(["agent", "a", "advisor", "adviser", "rep", "representative", "operator", "staff"]);
const CUSTOMER_WORDS = new Set(["customer", "c", "caller", "client", "member", "user"]);

const TIMESTAMP = /^\s*(?:\[\s*\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\s*\]|\(\s*\d{1,2}(?::\d{2}){1,2}\s*\)|\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?(?=\s))\s*/;
const PREFIX = /^([A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,2})\s*:\s*(.*)$/;

/** "Sam", "Mrs Patel": every word capitalised. "The reference is: 1234" is a sentence, not a speaker. */
function looksLikeName(raw: string): boolean {
  return raw.trim().split(/\s+/).every((w) => /^[A-Z]/.test(w));
}

function speakerOf(raw: string, names: SpeakerNames): Speaker | null {
  const w = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (AGENT_WORDS.has(w)) return "agent";
  if (CUSTOMER_WORDS.has(w)) return "customer";
  const matches = (full?: string) => {
    if (!full) return false;
    const f = full.trim().toLowerCase();
    return f === w || f.split(/\s+/)[0] === w;
  };
  if (matches(names.agent)) return "agent";
  if (matches(names.customer)) return "customer";
  return null;
}

export function parseTextTranscript(content: string, names: SpeakerNames = {}): ParseResult {
  const turns: ParsedTurn[] = [];
  const problems: ParseProblem[] = [];
  // Names that are neither role words nor the agent's: if there is exactly one, it is the customer's.
  const unknown = new Set<string>();
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const l of lines) {
    const m = PREFIX.exec(l.replace(TIMESTAMP, ""));
    if (m && !speakerOf(m[1]!, names) && looksLikeName(m[1]!)) unknown.add(m[1]!.trim().toLowerCase());
  }
  const inferred: SpeakerNames = { ...names };
  if (!names.customer && unknown.size === 1 && turnsByRoleWordOrAgent(lines, names)) inferred.customer = [...unknown][0];

  lines.forEach((raw, i) => {
    const line = i + 1;
    const l = raw.replace(TIMESTAMP, "").trim();
    if (!l) return;
    const m = PREFIX.exec(l);
    const speaker = m ? speakerOf(m[1]!, inferred) : null;
    if (m && speaker) {
      turns.push({ speaker, text: m[2]!.trim(), line });
      return;
    }
    if (m && unknown.has(m[1]!.trim().toLowerCase())) {
      problems.push({ line, message: `unknown speaker "${m[1]}" (use Agent:, Customer:, A:, C: or the agent's or customer's name)` });
      return;
    }
    const last = turns[turns.length - 1];
    if (!last) {
      problems.push({ line, message: "no speaker at the start of the transcript (begin the line with Agent:, Customer:, A: or C:)" });
      return;
    }
    last.text = `${last.text} ${l}`.trim();
  });
  return finish("text", turns, problems);
}

/** True when some line is already attributed (a role word or the agent's name), so one other name is the customer. */
function turnsByRoleWordOrAgent(lines: string[], names: SpeakerNames): boolean {
  return lines.some((l) => {
    const m = PREFIX.exec(l.replace(TIMESTAMP, ""));
    return !!m && speakerOf(m[1]!, names) === "agent";
  });
}

const JsonTranscript = z.object({
  turns: z
    .array(
      z.object({
        speaker: z.string(),
        text: z.string(),
        at: z.union([z.string(), z.number()]).optional(),
      }),
    )
    .min(1),
});

export function parseJsonTranscript(content: string, names: SpeakerNames = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? content.slice(0, Number(pos[1])).split("\n").length : null;
    return { format: "json", turns: [], problems: [{ line, message: `not valid JSON (${(e as Error).message})` }] };
  }
  const parsed = JsonTranscript.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { format: "json", turns: [], problems: [{ line: null, message: `expected {"turns":[{"speaker","text"}]}: ${issue.path.join(".") || "top level"} ${issue.message}` }] };
  }
  const turns: ParsedTurn[] = [];
  const problems: ParseProblem[] = [];
  parsed.data.turns.forEach((t, i) => {
    const speaker = speakerOf(t.speaker, names);
    if (!speaker) problems.push({ line: null, message: `turn ${i + 1}: unknown speaker "${t.speaker}" (use "agent" or "customer")` });
    else turns.push({ speaker, text: t.text.trim(), line: i + 1, ...(t.at !== undefined ? { at: String(t.at) } : {}) });
  });
  return finish("json", turns, problems);
}

const GUESS: Record<keyof CsvMapping, string[]> = {
  speaker: ["speaker", "role", "from", "who", "party", "participant"],
  text: ["text", "message", "utterance", "transcript", "content", "body", "line"],
  at: ["at", "time", "timestamp", "start", "offset"],
  email: ["email", "agent email", "agent_email", "agentemail"],
};

export function guessCsvMapping(columns: string[]): CsvMapping | null {
  const find = (k: keyof CsvMapping) => columns.find((c) => GUESS[k].includes(c.trim().toLowerCase()));
  const speaker = find("speaker");
  const text = find("text");
  if (!speaker || !text) return null;
  const at = find("at");
  const email = find("email");
  return { speaker, text, ...(at ? { at } : {}), ...(email ? { email } : {}) };
}

export function parseCsvTranscript(content: string, names: SpeakerNames = {}, mapping?: CsvMapping): ParseResult {
  const parsed = Papa.parse<string[]>(content.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...rows] = parsed.data;
  const columns = (header ?? []).map((c) => c.trim());
  const used = mapping ?? guessCsvMapping(columns);
  const preview = { columns, sample: rows.slice(0, 3), mapping: used, agentEmail: null as string | null };
  if (!used) {
    return { format: "csv", turns: [], problems: [{ line: 1, message: `needs a speaker column and a text column (columns: ${columns.join(", ") || "none"})` }], csv: preview };
  }
  const col = (name: string | undefined) => (name === undefined ? -1 : columns.indexOf(name));
  const [si, ti, ai, ei] = [col(used.speaker), col(used.text), col(used.at), col(used.email)];
  const problems: ParseProblem[] = [];
  if (si < 0) problems.push({ line: 1, message: `no column "${used.speaker}" for the speaker` });
  if (ti < 0) problems.push({ line: 1, message: `no column "${used.text}" for the text` });
  if (problems.length) return { format: "csv", turns: [], problems, csv: preview };
  const badRows = new Set<number>();
  for (const err of parsed.errors) {
    if (typeof err.row === "number" && err.row > 0) {
      badRows.add(err.row);
      problems.push({ line: err.row + 1, message: `this row could not be read: ${err.message}` });
    }
  }
  const turns: ParsedTurn[] = [];
  const emails = new Set<string>();
  rows.forEach((r, i) => {
    const line = i + 2;
    if (badRows.has(i + 1)) return;
    const who = (r[si] ?? "").trim();
    const speaker = speakerOf(who, names);
    if (!speaker) {
      problems.push({ line, message: `unknown speaker "${who}" (use agent or customer, A or C, or the agent's or customer's name)` });
      return;
    }
    if (ei >= 0 && r[ei]?.trim()) emails.add(r[ei]!.trim().toLowerCase());
    turns.push({ speaker, text: (r[ti] ?? "").trim(), line, ...(ai >= 0 && r[ai] ? { at: r[ai]! } : {}) });
  });
  if (emails.size > 1) problems.push({ line: null, message: `the email column names more than one agent (${[...emails].slice(0, 3).join(", ")})` });
  preview.agentEmail = emails.size === 1 ? [...emails][0]! : null;
  return { ...finish("csv", turns, problems), csv: preview };
}

function finish(format: ParseResult["format"], turns: ParsedTurn[], problems: ParseProblem[]): ParseResult {
  const kept = turns.filter((t) => t.text !== "");
  if (problems.length === 0) {
    if (kept.length === 0) problems.push({ line: null, message: "no turns found" });
    else if (!kept.some((t) => t.speaker === "agent")) problems.push({ line: null, message: "no agent turns found: check the speaker names" });
    else if (kept.length > MAX_TURNS) problems.push({ line: null, message: `at most ${MAX_TURNS} turns per transcript (found ${kept.length})` });
  }
  return { format, turns: kept, problems };
}

/** Picks the parser by file extension, else by content (a leading "{" is JSON). */
export function formatOf(fileName: string, content: string): ParseResult["format"] {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "json") return "json";
  if (ext === "csv") return "csv";
  if (ext === "txt" || ext === "text" || ext === "log") return "text";
  return content.trimStart().startsWith("{") ? "json" : "text";
}

export function parseTranscript(fileName: string, content: string, names: SpeakerNames = {}, mapping?: CsvMapping): ParseResult {
  if (Buffer.byteLength(content, "utf8") > MAX_TRANSCRIPT_BYTES) {
    return { format: formatOf(fileName, ""), turns: [], problems: [{ line: null, message: `larger than ${MAX_TRANSCRIPT_BYTES / 1024} KB` }] };
  }
  const format = formatOf(fileName, content);
  if (format === "json") return parseJsonTranscript(content, names);
  if (format === "csv") return parseCsvTranscript(content, names, mapping);
  return parseTextTranscript(content, names);
}
