import { communicationWorkshops } from "./communication-workshops";
import { emotionalIntelligence } from "./emotional-intelligence";
import { roleplayPractice } from "./roleplay-practice";

import type { ModuleInput } from "../input-types";

export type { ModuleInput };

/** Skills first (emotional intelligence, communication), then the scenario practice that uses them. */
export const modulesData: ModuleInput[] = [emotionalIntelligence, communicationWorkshops, roleplayPractice];
