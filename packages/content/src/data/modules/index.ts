import { communicationWorkshops } from "./communication-workshops";
import { emotionalIntelligence } from "./emotional-intelligence";
import { roleplayPractice } from "./roleplay-practice";

import type { ModuleInput } from "../input-types";

export type { ModuleInput };

export const modulesData: ModuleInput[] = [roleplayPractice, emotionalIntelligence, communicationWorkshops];
