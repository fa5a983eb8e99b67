import type { z } from "zod";
import type { Module } from "../../schema";
import { communicationWorkshops } from "./communication-workshops";
import { emotionalIntelligence } from "./emotional-intelligence";
import { roleplayPractice } from "./roleplay-practice";

export type ModuleInput = z.input<typeof Module>;

export const modulesData: ModuleInput[] = [roleplayPractice, emotionalIntelligence, communicationWorkshops];
