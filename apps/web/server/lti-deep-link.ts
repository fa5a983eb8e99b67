import "server-only";
import { sealDeepLinkContext, type VerifiedLaunch } from "@defuse/api";
import { serverEnv } from "./env";

/** Where a teacher's deep-linking launch lands: the picker, carrying the sealed request. */
export async function deepLinkPickerUrl(launch: VerifiedLaunch, userId: string): Promise<string> {
  return `/lti/deep-link?ctx=${encodeURIComponent(await sealDeepLinkContext(launch, userId, serverEnv().AUTH_SECRET))}`;
}
