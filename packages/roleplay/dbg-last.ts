import { getScenario } from "@defuse/content";
import { replay } from "./src/engine/conversation";
// usage: dbg-last.ts scenario 'turn1' 'turn2' ... ; prints every reply at seeds 1,2,7,99 for the last turn
const [sc, ...turns] = process.argv.slice(2);
for (const seed of [1, 2, 7, 99]) {
  const st = replay(getScenario(sc!)!, turns, { seed });
  console.log(seed, "|", st.turns.at(-1)!.customerLine);
}
