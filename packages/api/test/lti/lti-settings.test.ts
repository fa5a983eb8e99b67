import { afterEach, describe, expect, it } from "vitest";
import { ltiLoginLimits } from "../../src/services/lti/config";

// The LTI login limits are an operator's settings: defaults when unset, the operator's number when
// set, and a clear refusal (naming the variable) for a value that would silently switch a limit off.
describe("LTI login limits from the environment", () => {
  afterEach(() => {
    delete process.env.LTI_LOGINS_PER_ADDRESS;
    delete process.env.LTI_MAX_PENDING_LOGINS;
  });

  it("defaults to 300 logins per address and 5,000 pending logins per registration", () => {
    expect(ltiLoginLimits()).toEqual({ perAddress: 300, pendingPerRegistration: 5000 });
  });

  it("takes an operator's whole numbers, spaces trimmed", () => {
    process.env.LTI_LOGINS_PER_ADDRESS = " 1200 ";
    process.env.LTI_MAX_PENDING_LOGINS = "20000";
    expect(ltiLoginLimits()).toEqual({ perAddress: 1200, pendingPerRegistration: 20000 });
  });

  it.each(["0", "-5", "12.5", "300 logins", "1e3", "99999999999"])("refuses LTI_LOGINS_PER_ADDRESS=%s with a message naming it", (v) => {
    process.env.LTI_LOGINS_PER_ADDRESS = v;
    expect(() => ltiLoginLimits()).toThrow(/LTI_LOGINS_PER_ADDRESS must be a whole number from 1 to 1000000/);
  });

  it("refuses a pending-login cap of zero", () => {
    process.env.LTI_MAX_PENDING_LOGINS = "0";
    expect(() => ltiLoginLimits()).toThrow(/LTI_MAX_PENDING_LOGINS must be a whole number/);
  });
});
