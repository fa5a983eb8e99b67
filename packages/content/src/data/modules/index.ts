import type { z } from "zod";
import type { Module } from "../../schema";

export type ModuleInput = z.input<typeof Module>;

export const modulesData: ModuleInput[] = [];
