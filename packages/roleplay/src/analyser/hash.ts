/** FNV-1a over UTF-16 code units: the 32-bit hash behind the model's features and the rule table's ids. */
export const FNV = 2166136261;
export const step = (h: number, c: number) => Math.imul(h ^ c, 16777619) >>> 0;

export function hashString(s: string, h = FNV): number {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
