/**
 * Where a service call's time goes: every SQL statement it sends, each run again under
 * EXPLAIN (ANALYZE, BUFFERS) on the same database with the same parameters, so a reader can tell
 * the database's own execution time (and the plan: which index, how many rows) from the round
 * trips, Prisma and Node around it. On a shared, loaded machine the wall-clock p95 says more about
 * the machine than about the queries; these figures change much less with load.
 */
import type PgModule from "pg";

interface Captured {
  text: string;
  values: unknown[];
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, out: string[]) {
  const what = node["Index Name"] ?? node["Relation Name"];
  if (/Scan/.test(node["Node Type"])) out.push(`${node["Node Type"]}${what ? ` on ${what}` : ""} (${node["Actual Rows"] ?? 0} rows)`);
  for (const p of node.Plans ?? []) walk(p, out);
}

export interface StatementCost {
  sql: string;
  executionMs: number;
  planningMs: number;
  buffers: number;
  scans: string[];
}

/**
 * Runs `fn` once while recording the statements it sends through `pg` (the copy Prisma's adapter
 * uses), then explains each read with `client`. Writes and transaction control are listed, not run.
 */
export async function explainCall(pg: typeof PgModule, client: PgModule.Client, fn: () => Promise<unknown>) {
  const captured: Captured[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [q, v] = args as [string | { text?: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof q === "string" ? q : (q?.text ?? "");
    captured.push({ text, values: (Array.isArray(v) ? v : typeof q === "object" ? q?.values : undefined) ?? [] });
    return original.apply(this, args);
  };
  const t0 = process.hrtime.bigint();
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const statements: StatementCost[] = [];
  for (const s of captured) {
    const sql = s.text.replace(/\s+/g, " ").trim();
    if (!/^(SELECT|WITH)\b/i.test(sql)) {
      statements.push({ sql, executionMs: 0, planningMs: 0, buffers: 0, scans: [] });
      continue;
    }
    const r = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.text}`, s.values as unknown[]);
    const plan = (r.rows[0] as { "QUERY PLAN": Array<{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }> })["QUERY PLAN"][0]!;
    const scans: string[] = [];
    walk(plan.Plan, scans);
    statements.push({
      sql,
      executionMs: plan["Execution Time"],
      planningMs: plan["Planning Time"],
      buffers: (plan.Plan["Shared Hit Blocks"] ?? 0) + (plan.Plan["Shared Read Blocks"] ?? 0),
      scans,
    });
  }
  return { wallMs, statements };
}

/** Prints one call's statements: execution and planning time, buffers, and the scans of each plan. */
export function printExplained(label: string, r: Awaited<ReturnType<typeof explainCall>>) {
  const exec = r.statements.reduce((s, x) => s + x.executionMs, 0);
  const plan = r.statements.reduce((s, x) => s + x.planningMs, 0);
  console.log(`  ${label}: ${r.statements.length} statements, database execution ${exec.toFixed(1)} ms + planning ${plan.toFixed(1)} ms, wall ${r.wallMs.toFixed(1)} ms for this one call`);
  for (const s of r.statements) {
    const head = s.sql.length > 90 ? `${s.sql.slice(0, 90)}…` : s.sql;
    if (!s.scans.length && s.executionMs === 0) {
      console.log(`    -            ${head}`);
      continue;
    }
    console.log(`    ${s.executionMs.toFixed(2).padStart(7)} ms  ${head}`);
    console.log(`               ${s.buffers} buffers; ${s.scans.join("; ") || "no scan"}`);
  }
}
