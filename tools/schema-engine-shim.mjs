#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which cannot be downloaded here.
// The Prisma CLI spawns this file (via PRISMA_SCHEMA_ENGINE_BINARY, set in prisma.config.ts) and
// talks to it exactly as it would to the native engine; we forward every call to the WebAssembly
// build of the same engine (@prisma/schema-engine-wasm, same engine hash as the CLI).
// Protocol and pitfalls: docs/prisma-offline.md.
//
//   one-shot: shim --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   RPC:      shim --datamodels <file>… --datasource '{"url":…}'   (newline-delimited JSON-RPC 2.0 on stdio)
//   version:  shim --version
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ENGINE_HASH = "0edf323efd1d98336f3f0a68684b56f689b900d3";
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The engine's JS dependencies belong to @defuse/db; pnpm does not hoist them to the root.
const requireFromDb = createRequire(path.join(repoRoot, "packages/db/package.json"));

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const datamodelPaths = [];
let datasource = {};
let oneShotCommand = null;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === "--datamodels") datamodelPaths.push(argv[++i]);
  else if (arg === "--datasource") datasource = JSON.parse(argv[++i] ?? "{}");
  else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
  else if (arg === "--version" || arg === "-V") {
    process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
    process.exit(0);
  } else if (arg === "cli") oneShotCommand = argv[++i] ?? "";
}
const mainUrl = typeof datasource.url === "string" ? datasource.url : "";
const shadowUrl = typeof datasource.shadowDatabaseUrl === "string" ? datasource.shadowDatabaseUrl : "";

// ---------------------------------------------------------------------------------------------
// Database drivers
// ---------------------------------------------------------------------------------------------
const adapterPgPath = requireFromDb.resolve("@prisma/adapter-pg");
// Use the very `pg` module adapter-pg loads, so the patch below reaches its connections.
const pg = createRequire(adapterPgPath)("pg");

// adapter-pg 7.10.0 cannot map Postgres' internal `"char"` type (OID 18), which the engine's
// catalog queries return (pg_constraint.contype etc.): "Column type 'char' could not be
// deserialized". Reporting those columns as text (OID 25) is harmless because both arrive as
// plain strings. Patched here only, in this short-lived process, never in the application.
const addFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function (fieldDescriptions) {
  for (const field of fieldDescriptions) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fieldDescriptions);
};

/** Replaces the database name (URL path) of a postgres URL. */
function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  return name || new URL(url).username || "postgres";
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// One-shot mode. The CLI drops the first stderr line and JSON-parses the rest, so a human line
// always comes first, then the structured error.
// ---------------------------------------------------------------------------------------------
function failOneShot(message, errorCode) {
  process.stderr.write(`schema-engine-shim: ${message}\n`);
  const fields = { message };
  if (errorCode) fields.error_code = errorCode;
  process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields })}\n`);
  process.exitCode = 1;
}

function errorCodeFor(err, url) {
  switch (err?.code) {
    case "3D000":
      return ["P1003", `Database \`${databaseName(url)}\` does not exist`];
    case "28P01":
    case "28000":
      return ["P1000", `Authentication failed against the database server: ${err.message}`];
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "EHOSTUNREACH": {
      const u = new URL(url);
      return ["P1001", `Can't reach database server at \`${u.hostname}:${u.port || 5432}\``];
    }
    default:
      return [undefined, err?.message ?? String(err)];
  }
}

async function runOneShot(command) {
  if (!mainUrl) return failOneShot("The datasource URL is empty (is DATABASE_URL set?)");
  try {
    if (command === "can-connect-to-database") {
      await withClient(mainUrl, (c) => c.query("select 1"));
    } else if (command === "create-database" || command === "drop-database") {
      // Connect to the maintenance database of the same server to create/drop the target.
      const name = databaseName(mainUrl);
      await withClient(withDatabase(mainUrl, "postgres"), (c) =>
        c.query(command === "create-database" ? `CREATE DATABASE ${quoteIdent(name)}` : `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
      if (command === "create-database") process.stdout.write(`Database ${name} created.\n`);
    } else {
      return failOneShot(`Unsupported command: cli ${command}`);
    }
  } catch (err) {
    const [code, message] = errorCodeFor(err, mainUrl);
    failOneShot(message, code);
  }
}

// ---------------------------------------------------------------------------------------------
// Adapter factory handed to the WASM engine
// ---------------------------------------------------------------------------------------------
const openResources = new Set(); // things to close before exiting, so the process can end at once

async function pgAdapter(url) {
  const { PrismaPg } = requireFromDb("@prisma/adapter-pg");
  const adapter = await new PrismaPg({ connectionString: url, max: 4 }).connect();
  openResources.add(adapter);
  // adapter-pg's executeScript splits a migration on every ";", including one inside a comment or a
  // string ("…creates; the default…" in a comment broke the shadow replay). PostgreSQL runs a whole
  // script sent as one simple query, statement by statement, so send it whole.
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    openResources.delete(adapter);
    await dispose();
  };
  return adapter;
}

/** An in-memory PGlite wrapped for the engine: the shadow database when the server is PGlite. */
async function pgliteShadowAdapter() {
  const { PGlite } = requireFromDb("@electric-sql/pglite");
  const { PrismaPGlite } = requireFromDb("pglite-prisma-adapter");
  const pglite = new PGlite();
  await pglite.waitReady;
  // Same OID 18 problem as with adapter-pg (see above), on PGlite's own result objects.
  const fix = (result) => {
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  const query = pglite.query.bind(pglite);
  pglite.query = async (...args) => fix(await query(...args));
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (fn) =>
    transaction((tx) => {
      const txQuery = tx.query.bind(tx);
      tx.query = async (...args) => fix(await txQuery(...args));
      return fn(tx);
    });
  const adapter = await new PrismaPGlite(pglite).connect();
  // pglite-prisma-adapter 0.7.2 does not await exec() in executeScript, so a failing migration
  // would become an unhandled rejection instead of an engine error.
  adapter.executeScript = async (script) => {
    try {
      await pglite.exec(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  const resource = { dispose: () => pglite.close() };
  openResources.add(resource);
  adapter.dispose = async () => {
    openResources.delete(resource);
    await pglite.close();
  };
  return adapter;
}

/** Defers creating an adapter until the engine really queries it (an in-memory PGlite costs ~1 s+). */
function lazyAdapter(create) {
  let inner = null;
  const get = () => (inner ??= create());
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    queryRaw: async (query) => (await get()).queryRaw(query),
    executeRaw: async (query) => (await get()).executeRaw(query),
    executeScript: async (script) => (await get()).executeScript(script),
    startTransaction: async (isolationLevel) => (await get()).startTransaction(isolationLevel),
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    dispose: async () => {
      if (inner) await (await inner).dispose();
    },
  };
}

async function isPglite(url) {
  return withClient(url, async (c) => (await c.query("select version() as v")).rows[0].v.includes("wasm32"));
}

const factory = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  async connect() {
    // Without a URL the CLI only runs commands that need no real database (e.g. `migrate diff`
    // between migrations and the schema); the engine still opens a connection, so give it a
    // throwaway in-memory one.
    if (!mainUrl) return lazyAdapter(pgliteShadowAdapter);
    return pgAdapter(mainUrl);
  },
  async connectToShadowDb() {
    if (shadowUrl) return pgAdapter(shadowUrl);
    // No server at all (e.g. `migrate diff --from-migrations` in CI without DATABASE_URL), or a
    // PGlite server, which ignores database names: use a private in-memory PGlite instead.
    if (!mainUrl || (await isPglite(mainUrl))) return pgliteShadowAdapter();
    // adapter-pg's own connectToShadowDb lets the connectionString win over `database`, so its
    // "shadow" pool is the main database. Create the database ourselves and connect by URL.
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await withClient(mainUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    const adapter = await pgAdapter(withDatabase(mainUrl, name));
    const dispose = adapter.dispose;
    adapter.dispose = async () => {
      await dispose(); // close the pool first, or DROP DATABASE would wait on our own sessions
      await withClient(mainUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    };
    return adapter;
  },
};

// The engine only sees "External error id#N" for errors thrown by the factory; keep the real one
// so the CLI can print something useful.
let lastAdapterError = null;
for (const method of ["connect", "connectToShadowDb"]) {
  const original = factory[method];
  factory[method] = async () => {
    try {
      return await original();
    } catch (err) {
      lastAdapterError = err;
      throw err;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// WASM engine
// ---------------------------------------------------------------------------------------------
let lastPanic = null;
// Rust panics report their message through this global; it must exist before the first call.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = message;
  },
};

async function loadEngine() {
  const gluePath = requireFromDb.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  // The package's main entry imports the .wasm as an ES module, which Node 20 cannot do
  // without a flag, so instantiate it by hand with the glue as its import object.
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  const { bindMigrationAwareSqlAdapterFactory } = requireFromDb("@prisma/driver-adapter-utils");
  const datamodels = datamodelPaths.map((p) => [p, readFileSync(p, "utf8")]);
  return glue.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    (log) => {
      // The engine's tracing output; the CLI reads stderr lines as JSON logs.
      process.stderr.write(`${typeof log === "string" ? log : JSON.stringify(log)}\n`);
    },
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC over stdio
// ---------------------------------------------------------------------------------------------
const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

const inFlight = new Set(); // ids of CLI requests not answered yet
const waitingForCli = new Map(); // our own requests to the CLI (print) → resolver
let nextOwnId = 1_000_000;
let enginePromise = null;
let panicked = false;

function requestCli(method, params) {
  const id = nextOwnId++;
  return new Promise((resolve) => {
    waitingForCli.set(id, resolve);
    send({ id, method, params });
  });
}

function replyError(id, message, { isPanic = false, errorCode } = {}) {
  const data = { is_panic: isPanic, message };
  if (errorCode) data.error_code = errorCode;
  send({ id, error: { code: 4466, message, data } });
}

/** Engine errors arrive as Error("<Prisma text>\n<wasm backtrace>"); keep the Prisma text and its code. */
function describeEngineError(err) {
  let text = String(err?.message ?? err);
  if (/External error id#\d+/.test(text) && lastAdapterError) text += `: ${lastAdapterError.message ?? lastAdapterError}`;
  const errorCode = /\b(P\d{4})\b/.exec(text)?.[1];
  return { message: text, errorCode };
}

async function handle(request) {
  const { id, method, params } = request;
  inFlight.add(id);
  try {
    enginePromise ??= loadEngine();
    const engine = await enginePromise;
    let result;
    if (method === "getDatabaseVersion" || method === "version") {
      result = await engine.version(params && Object.keys(params).length > 0 ? params : { datasource: { tag: "ConnectionString", url: mainUrl } });
    } else if (typeof engine[method] === "function" && !["free", "constructor"].includes(method)) {
      result = await engine[method](params ?? {});
    } else {
      throw new Error(`The WASM schema engine has no method \`${method}\`.`);
    }
    if (method === "diff" && result?.stdout) {
      // The CLI ignores result.stdout; it only prints what the engine sends as `print`.
      await requestCli("print", { content: result.stdout.replace(/\n$/, "") });
    }
    if (!inFlight.has(id)) return; // already answered by the panic handler
    send({ id, result: result === undefined || result === null ? {} : result });
  } catch (err) {
    if (!inFlight.has(id)) return;
    // A Rust panic thrown synchronously inside the call arrives here rather than as uncaught.
    if (err instanceof WebAssembly.RuntimeError) panicked = true;
    if (panicked) replyError(id, lastPanic ?? String(err?.message ?? err), { isPanic: true });
    else {
      const { message, errorCode } = describeEngineError(err);
      replyError(id, message, { errorCode });
    }
  } finally {
    inFlight.delete(id);
  }
}

async function shutdown(code) {
  try {
    if (enginePromise && !panicked) (await enginePromise.catch(() => null))?.free();
  } catch {
    // freeing a broken engine is best effort
  }
  await Promise.allSettled([...openResources].map((r) => r.dispose()));
  process.stdout.write("", () => process.exit(code));
}

function runRpc() {
  // A Rust panic surfaces as an uncaught `RuntimeError: unreachable`; answer what is still
  // pending so the CLI shows the panic instead of hanging or printing nothing.
  const onFatal = (err) => {
    panicked = true;
    const message = lastPanic ?? String(err?.stack ?? err);
    for (const id of inFlight) replyError(id, message, { isPanic: true });
    inFlight.clear();
    process.stderr.write(`schema-engine-shim: fatal: ${message}\n`);
    process.stdout.write("", () => process.exit(101));
  };
  process.on("uncaughtException", onFatal);
  process.on("unhandledRejection", onFatal);

  let buffer = "";
  const running = new Set();
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (!line) continue;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        process.stderr.write(`schema-engine-shim: ignoring non-JSON input line\n`);
        continue;
      }
      if (message.method === undefined) {
        // A reply to one of our own requests (print).
        waitingForCli.get(message.id)?.(message.result);
        waitingForCli.delete(message.id);
        continue;
      }
      if (panicked) {
        replyError(message.id, lastPanic ?? "The schema engine panicked earlier.", { isPanic: true });
        continue;
      }
      const p = handle(message).finally(() => running.delete(p));
      running.add(p);
    }
  });
  // The CLI closes stdin when it is done; never exit while a request is still being answered.
  process.stdin.on("end", async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
    await shutdown(panicked ? 101 : 0);
  });
}

if (oneShotCommand !== null) await runOneShot(oneShotCommand);
else runRpc();
