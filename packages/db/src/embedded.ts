// Zero-setup PostgreSQL: PGlite (PostgreSQL 17 compiled to WASM) behind a Postgres wire-protocol
// socket, so the app, Prisma (adapter-pg) and the Prisma CLI all connect with an ordinary URL.
// pglite 0.4.6 / pglite-socket 0.1.6 exactly: 0.5.x is PostgreSQL 18, which the 7.10.0 schema
// engine cannot describe (see /work/shared/docs/prisma-offline.md §1, §7).
//
// PGlite is one backend: queries from all connections run one at a time, and an open transaction
// on one connection makes the others wait until it ends. Fine for development, demos and e2e; use
// a real PostgreSQL (DATABASE_URL) for anything concurrent.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgresOptions {
  /** Directory holding the database files; created when missing. "memory://" keeps it in memory. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Concurrent client connections accepted; must be > 1 or a second pool connection is refused. */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dataDir: string;
  /** Stops accepting connections and closes PGlite (flushes to dataDir). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // First start on an empty directory runs initdb inside WASM: a few seconds.
  const db = await PGlite.create({ dataDir });
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  try {
    await server.start();
  } catch (err) {
    await db.close();
    throw err;
  }
  // start() stores the port the OS picked when we asked for 0.
  const port = Number(server.getServerConn().split(":").pop());
  let stopped: Promise<void> | null = null;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop() {
      stopped ??= (async () => {
        await server.stop();
        await db.close();
      })();
      return stopped;
    },
  };
}
