import type { Metadata } from "next";
import { accountFlow } from "@/app/_self-booking/flow";
import { HomeSections } from "@/app/_self-booking/home-sections";
import { db } from "@/server/platform/db/client";
import { patientPifuPathways } from "@/server/pifu";
import { PifuCards } from "./_components/pifu-cards";
import { listPatientReferrals } from "@/server/referrals/patient-referrals";
import { referralStatusColour, referralStatusLabel } from "@/server/referrals/status-labels";
import { formatDateTime, formatShortDate } from "@/server/platform/time/london";

export const metadata: Metadata = { title: "Your referrals and appointments" };

export default async function PatientHomePage() {
  const flow = await accountFlow();
  const [referrals, pifu] = await Promise.all([listPatientReferrals(db(), flow.scope.patientId), patientPifuPathways(db(), flow.scope.patientId)]);
  return (
    <>
      <h1>Your referrals and appointments</h1>
      <PifuCards pathways={pifu} now={new Date()} />
      <HomeSections flow={flow} />
      {referrals.length > 0 && <h2>Your referrals</h2>}
      {referrals.length === 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You have no referrals with us at the moment. When your GP or another service refers you, it will appear here.</p>
        </div>
      ) : (
        <ul className="nhsuk-list" aria-label="Your referrals">
          {referrals.map((referral) => {
            const next = referral.appointments[0];
            return (
              <li key={referral.id}>
                <div className="nhsuk-card nhsuk-card--clickable">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading nhsuk-heading-m">
                      <a className="nhsuk-card__link" href={`/patient/referrals/${referral.id}`}>{referral.service.name}</a>
                    </h3>
                    <p>
                      <strong className={`nhsuk-tag nhsuk-tag--${referralStatusColour[referral.status]}`}>
                        {referralStatusLabel[referral.status]}
                      </strong>
                    </p>
                    <p className="nhsuk-body-s">Referral received {formatShortDate(referral.receivedAt)}</p>
                    {next ? (
                      <p>
                        Your appointment: <strong>{formatDateTime(next.startsAt)}</strong>, {next.appointmentType.name}
                        {next.appointmentType.mode === "IN_PERSON" ? ` at ${next.clinic.location.name}` : ""}
                      </p>
                    ) : null}
                    <p className="nhsuk-body-s">Questions? Call {referral.service.contactPhone}.</p>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
