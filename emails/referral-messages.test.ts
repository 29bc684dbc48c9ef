import { describe, expect, it } from "vitest";
import { emailFromContent } from "./content";
import { REFERRAL_TEMPLATES, renderStoredReferralMessage as renderContent } from "./referral-messages";

const renderStoredReferralMessage = (template: string, payload: unknown, context: typeof ctx) => emailFromContent(renderContent(template, payload, context), context.trustName);

const ctx = { trustName: "Northfield Community Health NHS Trust", baseUrl: "https://frontdoor.example.nhs.uk" };
const payload = {
  patientName: "Alex <Morgan>",
  serviceName: "MSK physiotherapy",
  contactPhone: "0121 000 0000",
  trackerPath: "/patient/referrals/019a0000-0000-7000-8000-000000000001",
  bookingReference: "K7MX4PQA",
  newServiceName: "Podiatry",
  explanation: "Try insoles for 6 weeks",
  referrerName: "Dr Khan",
  nhsNumber: "9990000018",
  receivedDate: "5 January 2026",
};

describe("referral messages", () => {
  it.each(REFERRAL_TEMPLATES)("%s renders subject, text and escaped HTML", (template) => {
    const email = renderStoredReferralMessage(template, payload, ctx);
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.html).toContain("Northfield Community Health NHS Trust");
    expect(email.html).not.toContain("<Morgan>");
    if (template.endsWith("to-referrer")) {
      expect(email.text).toContain("NHS number 9990000018");
      expect(email.text).toContain("Try insoles for 6 weeks");
      expect(email.text).not.toContain("/patient/referrals/");
    } else {
      expect(email.text).toContain("Follow your referral: https://frontdoor.example.nhs.uk/patient/referrals/019a0000-0000-7000-8000-000000000001");
      expect(email.text).toContain("Dear Alex <Morgan>,");
    }
  });

  it("says what matters in each", () => {
    expect(renderStoredReferralMessage("referral-accepted", payload, ctx).text).toContain("Your booking reference is K7MX4PQA");
    expect(renderStoredReferralMessage("referral-redirected", payload, ctx).text).toContain("passed it to Podiatry");
    expect(renderStoredReferralMessage("referral-rejected", payload, ctx).text).toContain("The reason given: Try insoles for 6 weeks");
  });

  it("refuses an unknown template or a payload that is not a referral message's", () => {
    expect(() => renderStoredReferralMessage("appointment-confirmation", payload, ctx)).toThrow(/not a referral template/);
    expect(() => renderStoredReferralMessage("referral-accepted", { patientName: "x" }, ctx)).toThrow();
  });
});
