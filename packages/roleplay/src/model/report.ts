import type { EvalReport } from "../eval/metrics";

const f3 = (x: number) => x.toFixed(3);

/** Prints per-label precision, recall and F1 (unless `perLabel` is false) and the aggregates. */
export function printReport(
  name: string,
  r: Pick<EvalReport, "perLabel" | "microP" | "microR" | "microF1" | "macroF1" | "exactMatch">,
  n: number,
  perLabel = true,
): void {
  console.log(`\n== ${name} (${n} utterances)`);
  if (perLabel) {
    console.log("label           P      R      F1     support");
    for (const s of r.perLabel) {
      if (s.support === 0 && s.fp === 0) continue;
      console.log(`${s.label.padEnd(15)} ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}  ${s.support}`);
    }
  }
  console.log(`micro P ${f3(r.microP)}  R ${f3(r.microR)}  F1 ${f3(r.microF1)}   macro F1 ${f3(r.macroF1)}   exact match ${f3(r.exactMatch)}`);
}
