/** Most procedure calls one batched tRPC request may carry: the server refuses more, the client's batch link sends no more. */
export const MAX_TRPC_BATCH = 10;
