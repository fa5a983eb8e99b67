import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { invalid } from "../../errors";

/**
 * New passwords must not be well-known or easily guessed (ASVS 2.1.7). zxcvbn-ts ships, inside the
 * package, a list of the most common passwords from public breach corpora plus keyboard patterns,
 * sequences and l33t variants; nothing is fetched at run time. A score below 3 means fewer than
 * about 10^8 guesses, i.e. a breached password or a small variation of one.
 */
let factory: ZxcvbnFactory | null = null;
const zxcvbn = () => (factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }));

export const MIN_PASSWORD_SCORE = 3;

/** Throws a field error when `password` is common or guessable, also from the person's own name or email. */
export async function assertStrongPassword(password: string, field: string, personal: Array<string | null | undefined> = []) {
  const words = personal.flatMap((p) => (p ? p.toLowerCase().split(/[\s@.+_-]+/) : [])).filter((w) => w.length >= 3);
  const result = await zxcvbn().check(password, words);
  if (result.score < MIN_PASSWORD_SCORE) {
    throw invalid("This password is too common or too easy to guess (it appears in lists of leaked passwords, or is close to one). Try a few unrelated words.", field);
  }
}
