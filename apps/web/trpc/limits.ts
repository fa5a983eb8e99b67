/** Most procedure calls one batched tRPC request may carry: the server refuses more. (The browser's client, ./client.ts, sends one call per request.) */
export const MAX_TRPC_BATCH = 10;
