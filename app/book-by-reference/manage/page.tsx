import type { Metadata } from "next";
import { Button } from "@/components/button";
import { InsetText } from "@/components/inset-text";
import { referenceFlow } from "@/app/_self-booking/flow";
import { HomeSections } from "@/app/_self-booking/home-sections";
import { REFERENCE_SESSION_MINUTES } from "@/server/booking/reference/reference-session";
import { db } from "@/server/platform/db/client";
import { referralStatusLabel } from "@/server/referrals/status-labels";
import { referenceSignOutAction } from "../actions";

export const metadata: Metadata = { title: "Your referral" };

export default async function ManageByReferencePage() {
  const flow = await referenceFlow();
  const referral = await db().referral.findFirstOrThrow({
    where: { id: flow.scope.referralId, patientId: flow.scope.patientId },
    select: { status: true, service: { select: { name: true, contactPhone: true } }, patient: { select: { givenName: true, familyName: true } } },
  });
  const [entries, appointments] = await Promise.all([
    db().waitingListEntry.count({ where: { referralId: flow.scope.referralId, status: "WAITING" } }),
    db().appointment.count({ where: { referralId: flow.scope.referralId, status: { in: ["BOOKED", "ARRIVED"] }, endsAt: { gt: new Date() } } }),
  ]);
  return (
    <>
      <span className="nhsuk-caption-l">{`${referral.patient.givenName} ${referral.patient.familyName}`}</span>
      <h1>{`Your referral to ${referral.service.name}`}</h1>
      <p>
        <strong className="nhsuk-tag nhsuk-tag--blue">{referralStatusLabel[referral.status]}</strong>
      </p>
      <HomeSections flow={flow} />
      {entries + appointments === 0 && <InsetText>{`There is nothing to book for this referral at the moment. If you have questions, call ${referral.service.name} on ${referral.service.contactPhone}.`}</InsetText>}
      <p className="nhsuk-body-s">{`For your security, you will be signed out ${REFERENCE_SESSION_MINUTES} minutes after you entered your reference.`}</p>
      <form action={referenceSignOutAction}>
        <Button type="submit" variant="secondary">
          Sign out
        </Button>
      </form>
    </>
  );
}
