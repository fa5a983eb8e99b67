// Password hashing for sign-in. argon2id (the OWASP first choice) via @node-rs/argon2, which ships
// prebuilt binaries and needs no install script.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// @node-rs/argon2 exposes `Algorithm` as a const enum, which isolatedModules cannot inline;
// 2 is Argon2id. Cost parameters are the OWASP 2023 minimum (19 MiB, 2 passes): about 30 ms
// per hash on one of this project's cores, slow for attackers, tolerable at sign-in.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password into a self-describing PHC string (`$argon2id$v=19$m=…`). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * True when `password` matches `passwordHash`; false for a wrong password or a malformed hash.
 * Hash first, like argon2's own verify(hashed, password) (apps/web/server/auth.ts relies on it).
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
