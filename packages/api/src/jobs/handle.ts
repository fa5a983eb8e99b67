import type { PgBoss } from "pg-boss";

/** The running queue of this process (set by whoever started it), for admin actions such as retry. */
let current: PgBoss | null = null;

export function setJobQueue(boss: PgBoss | null) {
  current = boss;
}

export function jobQueue(): PgBoss | null {
  return current;
}
