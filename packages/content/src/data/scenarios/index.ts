import { abusiveCaller } from "./abusive-caller";
import { bereavement } from "./bereavement";
import { billingError } from "./billing-error";
import { cancellation } from "./cancellation";
import { chatComplaint } from "./chat-complaint";
import { misledFeatures } from "./misled-features";
import { persistentAbuse } from "./persistent-abuse";
import { policyException } from "./policy-exception";
import { refundDemand } from "./refund-demand";
import { repeatContact } from "./repeat-contact";
import type { ScenarioInput } from "./types";

/** In the order a course runs them: foundation first, abuse last (the role-play module's briefings follow it). */
export const scenariosData: ScenarioInput[] = [
  billingError,
  chatComplaint,
  misledFeatures,
  refundDemand,
  bereavement,
  cancellation,
  repeatContact,
  policyException,
  abusiveCaller,
  persistentAbuse,
];
