import type { z } from "zod";
import type { Scenario } from "../../schema";

/** Authoring shape: the schema's input type, so defaults (e.g. a remedy's empty `conditions`) may be omitted. */
export type ScenarioInput = z.input<typeof Scenario>;
