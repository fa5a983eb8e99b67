/** Mulberry32: tiny, fast, and its whole state is one 32-bit integer, so it serialises with the conversation. */
export function nextRandom(state: number): { value: number; state: number } {
  let t = (state + 0x6d2b79f5) | 0;
  const next = t;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Turns any seed (including NaN or a huge float) into a valid 32-bit state. */
export function seedState(seed: number): number {
  if (!Number.isFinite(seed)) return 0x9e3779b9 | 0;
  let h = Math.floor(Math.abs(seed)) % 4294967296 ^ 0x5bd1e995;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 13)) | 0;
}
