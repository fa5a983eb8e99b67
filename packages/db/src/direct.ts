// The direct path for PREPARED statements: straight to the pg pool, answering exactly what Prisma's
// `$queryRaw` answers for the same statement (the same JavaScript values per column type, the same
// parameter encoding), without Prisma's query interpreter in between.
import pg from "pg";
import { Prisma } from "./generated/prisma/client";

const { builtins, getTypeParser } = pg.types;

// Prisma's adapter reads timestamps as UTC whatever the server's zone setting (adapter-pg's
// normalize_timestamp / normalize_timestamptz), dates as UTC midnight, int8 as BigInt and numeric
// as Decimal. Every other type the hot statements return (int2/int4, floats, bool, text, uuid,
// enums, json/jsonb and arrays of these) already parses the same way in pg's defaults.
const timestamp = (s: string) => new Date(`${s.replace(" ", "T")}+00:00`);
const timestamptz = (s: string) => new Date(s.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00"));
const date = (s: string) => new Date(s);
const decimal = (s: string) => new Prisma.Decimal(s);
const bigint = (s: string) => BigInt(s);
// An array column: pg's text[] parser splits it (quoting, NULL, nesting), then each element is read as above.
const TEXT_ARRAY: number = 1009;
const textArray = getTypeParser(TEXT_ARRAY) as (s: string) => unknown[];
const each = (v: unknown, parse: (s: string) => unknown): unknown => (Array.isArray(v) ? v.map((x) => each(x, parse)) : v === null ? null : parse(v as string));
const arrayOf = (parse: (s: string) => unknown) => (s: string) => each(textArray(s), parse);
const PARSERS: Record<number, (s: string) => unknown> = {
  [builtins.INT8]: bigint,
  1016: arrayOf(bigint),
  [builtins.TIMESTAMP]: timestamp,
  1115: arrayOf(timestamp),
  [builtins.TIMESTAMPTZ]: timestamptz,
  1185: arrayOf(timestamptz),
  [builtins.DATE]: date,
  1182: arrayOf(date),
  [builtins.NUMERIC]: decimal,
  1231: arrayOf(decimal),
};
/** Types Prisma answers in a way this path does not reproduce (bytes, money, times, intervals, oids). */
const REFUSED = new Set<number>([builtins.BYTEA, 1001, builtins.MONEY, 791, builtins.TIME, builtins.TIMETZ, builtins.INTERVAL, builtins.OID]);
const types = { getTypeParser: (oid: number, format?: "text" | "binary") => PARSERS[oid] ?? getTypeParser(oid, format) };

/** Prisma's encoding of a Date parameter (adapter-pg's formatDateTime): UTC, no zone. */
function formatDateTime(d: Date) {
  const pad = (n: number, z = 2) => String(n).padStart(z, "0");
  const ms = d.getUTCMilliseconds();
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${String(ms).padStart(3, "0")}` : ""}`;
}
function param(v: unknown): unknown {
  if (v instanceof Date) return formatDateTime(v);
  if (typeof v === "bigint" || Prisma.Decimal.isDecimal(v)) return String(v);
  if (Array.isArray(v)) return v.map(param);
  return v;
}

/** Runs one statement on the pool, named when `name` is given; rows as Prisma's $queryRaw gives them. */
export async function queryDirect<T>(pool: pg.Pool, sql: Prisma.Sql, name: string | undefined): Promise<T> {
  const result = await pool.query({ name, text: sql.text, values: sql.values.map(param), types });
  const refused = result.fields?.find((f) => REFUSED.has(f.dataTypeID));
  if (refused) throw new Error(`@defuse/db: PREPARED statements cannot return column "${refused.name}" (type ${refused.dataTypeID}) as Prisma would; cast it or drop PREPARED`);
  return result.rows as T;
}
