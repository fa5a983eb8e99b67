// Zero-setup PostgreSQL: PGlite (PostgreSQL 17 compiled to WASM) behind a Postgres wire-protocol
// socket, so the app, Prisma (adapter-pg) and the Prisma CLI all connect with an ordinary URL.
// pglite 0.4.6 / pglite-socket 0.1.6 exactly: 0.5.x is PostgreSQL 18, which the 7.10.0 schema
// engine cannot describe (see docs/prisma-offline.md).
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

/** Extended-query protocol messages: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(err: unknown): void;
  onData(data: Uint8Array): void;
}
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * pglite-socket 0.1.6 runs every connection's protocol messages through one queue, one message at
 * a time. It keeps a connection's messages together inside a transaction, but not within one
 * extended-protocol exchange (Parse, Bind, Execute … Sync). All connections share PGlite's single
 * session, so two connections' unnamed statements and portals overwrite each other ("bind message
 * supplies 4 parameters, but prepared statement "" requires 8"). This keeps each exchange together
 * until its Sync, the way a real PostgreSQL backend per connection would.
 */
function keepExtendedExchangesTogether(server: PGLiteSocketServer) {
  const q = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let exchangeOwner: number | null = null;
  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId) => {
    if (exchangeOwner === handlerId) exchangeOwner = null;
    clear(handlerId);
  };
  q.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = exchangeOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet; its enqueue restarts us
        const item = this.queue.splice(index, 1)[0]!;
        const type = item.message[0] ?? 0;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (err) {
          if (exchangeOwner === item.handlerId) exchangeOwner = null;
          item.reject(err);
          continue;
        }
        if (EXTENDED.has(type)) exchangeOwner = item.handlerId;
        else if (type === SYNC && exchangeOwner === item.handlerId) exchangeOwner = null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
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
  keepExtendedExchangesTogether(server);
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
