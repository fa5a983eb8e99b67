/**
 * One pass of everything the model and the labeller read from an utterance: the normalised text,
 * its tokens and sentences, the rule table's hits and the model's features.
 */
import { normalise, type Normalised } from "./normalise";
import { tokenise, type Tokenised } from "./tokens";
import { ruleHits, type RuleHit } from "./rules";
import { extract, newBuffer, type FeatureBuffer, type FeatureOptions, DEFAULT_FEATURES } from "./features";

/** Longest text analysed; anything past it is ignored so one call stays cheap whatever it is given. */
export const MAX_CHARS = 2000;

export interface Analysis {
  n: Normalised;
  tk: Tokenised;
  hits: RuleHit[];
  feats: FeatureBuffer;
}

export function analyse(text: string, feats: FeatureBuffer = newBuffer(), opt: FeatureOptions = DEFAULT_FEATURES): Analysis {
  const n = normalise(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const tk = tokenise(n.text);
  const hits = ruleHits(n.text, n.original, n.map, tk);
  extract(tk, hits, feats, opt, n.text);
  return { n, tk, hits, feats };
}
