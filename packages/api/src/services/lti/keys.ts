import { hkdfSync, randomUUID } from "node:crypto";
import { CompactEncrypt, compactDecrypt, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { Db, Prisma } from "@defuse/db";

type Tx = Db | Prisma.TransactionClient;

/** How long a rotated-out key stays in the JWKS: platforms refresh their cache well within a day. */
export const RETIRED_KEY_GRACE_MS = 48 * 60 * 60 * 1000;

/**
 * The key that encrypts the tools' private keys at rest, derived from AUTH_SECRET with HKDF, so a
 * database dump alone reveals no private key. Encryption is jose's JWE (dir + A256GCM).
 */
function keyEncryptionKey(secret: string, purpose: string): Uint8Array {
  if (secret.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters to protect stored secrets.");
  return purpose === "lti"
    ? new Uint8Array(hkdfSync("sha256", secret, "defuse-lti", "lti-tool-private-key", 32))
    : new Uint8Array(hkdfSync("sha256", secret, `defuse-${purpose}`, `${purpose}-secret`, 32));
}

/** Seals a JSON value at rest (JWE dir + A256GCM) under a key derived from AUTH_SECRET for one purpose. */
export async function sealJson(value: unknown, secret: string, purpose: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(value))).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(keyEncryptionKey(secret, purpose));
}

export async function openJson<T>(jwe: string, secret: string, purpose: string): Promise<T> {
  const { plaintext } = await compactDecrypt(jwe, keyEncryptionKey(secret, purpose));
  return JSON.parse(new TextDecoder().decode(plaintext)) as T;
}

export const sealPrivateJwk = (jwk: JWK, secret: string) => sealJson(jwk, secret, "lti");
export const openPrivateJwk = (jwe: string, secret: string) => openJson<JWK>(jwe, secret, "lti");

/** Generates an RS256 key pair for a registration and stores it (private part sealed). */
export async function createToolKey(tx: Tx, reg: { id: string; orgId: string }, secret: string) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const privateKeyJwe = await sealPrivateJwk({ ...(await exportJWK(privateKey)), kid, alg: "RS256" }, secret);
  await tx.ltiToolKey.create({ data: { orgId: reg.orgId, registrationId: reg.id, kid, publicJwk, privateKeyJwe } });
  return { kid };
}

/** The registration's current signing key, opened for one use. */
export async function signingKey(db: Tx, registrationId: string, secret: string) {
  const row = await db.ltiToolKey.findFirst({ where: { registrationId, retiredAt: null }, orderBy: { createdAt: "desc" } });
  if (!row) throw new Error("This LTI registration has no signing key.");
  const jwk = await openPrivateJwk(row.privateKeyJwe, secret);
  return { kid: row.kid, key: await importJWK(jwk, "RS256") };
}

/** Every public key platforms may meet: current keys and retired ones still in their grace period. */
export async function publicJwks(db: Db, now = new Date()): Promise<{ keys: JWK[] }> {
  const rows = await db.ltiToolKey.findMany({
    where: { OR: [{ retiredAt: null }, { removeAfter: { gt: now } }] },
    orderBy: { createdAt: "asc" },
    select: { publicJwk: true },
  });
  return { keys: rows.map((r) => r.publicJwk as JWK) };
}

/** Retires the current key (kept published for the grace period) and makes a new one current. */
export async function rotateToolKeys(tx: Tx, reg: { id: string; orgId: string }, secret: string, now = new Date()) {
  const old = await tx.ltiToolKey.findMany({ where: { registrationId: reg.id, retiredAt: null }, select: { kid: true } });
  await tx.ltiToolKey.updateMany({ where: { registrationId: reg.id, retiredAt: null }, data: { retiredAt: now, removeAfter: new Date(now.getTime() + RETIRED_KEY_GRACE_MS) } });
  const fresh = await createToolKey(tx, reg, secret);
  return { retired: old.map((k) => k.kid), current: fresh.kid };
}
