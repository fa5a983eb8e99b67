/**
 * Input schemas shared by the procedures (server validation) and the forms (client hints).
 * Import from "@defuse/api/schemas" in client components: this file has no server code.
 */
import { z } from "zod";
import { urlRefusal } from "./services/outbound/addressPolicy";

export const idSchema = z.string().min(1).max(64);

/**
 * A date a person could mean: 2000 to 2100. JavaScript accepts years up to 275760, which
 * PostgreSQL can store but the app could not print, so one far-future due date took down every
 * page of a cohort. Invalid dates ("2024-13-45") get the same clear message instead of a 500.
 */
export const dateSchema = z.coerce.date({ error: "Enter a valid date." }).refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, "Choose a date between the years 2000 and 2100.");

const name = z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters.");

export const createCohortInput = z.object({
  name: name,
  description: z.string().trim().max(500, "Keep the description under 500 characters.").optional(),
});

export const emailSchema = z.string().trim().min(1, "Enter an email address.").max(254, "That email address is too long.").pipe(z.email("Enter a valid email address, like name@example.com."));

export const passwordSchema = z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters.");

export const roleSchema = z.enum(["ADMIN", "TRAINER", "LEARNER"]);

export const createUserInput = z.object({
  name,
  email: emailSchema,
  /** Empty: they get an invitation email with a link to choose their own password (7 days). */
  password: z.preprocess((v) => (v === "" ? undefined : v), passwordSchema.optional()),
  role: roleSchema.default("LEARNER"),
  cohortId: idSchema.nullish(),
  /** The person must replace the admin's password with their own at first sign-in (the admin form sends true). */
  requirePasswordChange: z.boolean().default(false),
});

export const signInInput = z.object({
  email: z.string().trim().min(1, "Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const createAssignmentInput = z.object({
  cohortId: idSchema,
  kind: z.enum(["MODULE", "SCENARIO"]),
  contentId: z.string().min(1).max(80),
  dueAt: dateSchema.nullish(),
  passMark: z.number().int().min(0, "Use 0 to 100.").max(100, "Use 0 to 100.").nullish(),
  /** PASS: done once an attempt passes (assessed); COMPLETE: done once finished (practice). */
  requirement: z.enum(["PASS", "COMPLETE"]).default("PASS"),
});

const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(500)
    .refine((s) => {
      try {
        return ["https:", "http:"].includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, `Enter the ${label} as a full web address (https://…).`);

/**
 * A web address Defuse's server will call, from an organisation's settings: https (http only when
 * the operator allows it), no credentials inside, no internal address or name (see
 * services/outbound/addressPolicy.ts; what the name resolves to is checked again on every request).
 */
export const outboundUrl = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(500)
    .superRefine((s, ctx) => {
      const problem = urlRefusal(s);
      if (problem) ctx.addIssue({ code: "custom", message: problem.startsWith("Enter a full web address") ? `Enter the ${label} as a full web address (https://…).` : problem });
    });

/** An LTI 1.3 platform registered by hand (admin › Integrations). The issuer is a name, never fetched; the three URLs are. */
export const ltiRegistrationInput = z.object({
  name: z.string().trim().min(1, "Name this platform, e.g. “Moodle”.").max(120),
  issuer: httpUrl("platform issuer"),
  clientId: z.string().trim().min(1, "Enter the client id the platform gave Defuse.").max(255),
  deploymentIds: z.array(z.string().trim().min(1).max(255)).min(1, "Enter at least one deployment id.").max(50),
  jwksUrl: outboundUrl("platform's public keyset URL"),
  authUrl: outboundUrl("platform's authentication request URL"),
  tokenUrl: outboundUrl("platform's access token URL"),
  /** Left out on an update: unchanged. Left out on a new registration: false (Instructors become learners). */
  instructorsBecomeTrainers: z.boolean().optional(),
});

/** The organisation's reminder emails (admin, Settings). */
export const reminderScheduleInput = z.object({
  remindersEnabled: z.boolean(),
  reminderDaysBefore: z.number({ error: "Enter a number of days from 0 to 14." }).int("Use a whole number.").min(0, "Use 0 to 14 days.").max(14, "Use 0 to 14 days."),
  overdueRepeatDays: z.number({ error: "Enter a number of days from 0 to 30." }).int("Use a whole number.").min(0, "Use 0 to 30 days.").max(30, "Use 0 to 30 days."),
});
