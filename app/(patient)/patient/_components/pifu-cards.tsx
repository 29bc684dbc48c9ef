import { Button } from "@/components/button";
import { canAsk, pifuLastDay, type PatientPifuPathway } from "@/server/pifu";
import { formatDate } from "@/server/platform/time/london";
import { PifuRequestStatus } from "./pifu-request-status";

/** A card for each live PIFU pathway: until when, the symptoms to get in touch about, and the way to ask. */
export function PifuCards({ pathways, now }: { pathways: PatientPifuPathway[]; now: Date }) {
  if (pathways.length === 0) return null;
  return (
    <>
      {pathways.map((pathway) => {
        const latest = pathway.requests[0];
        return (
          <div className="nhsuk-card nhsuk-card--feature" key={pathway.id} data-testid="pifu-card">
            <div className="nhsuk-card__content nhsuk-card__content--feature">
              <h2 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">Ask for a follow-up: {pathway.service.name}</h2>
              <p>
                {pathway.endsAt
                  ? `You can ask us for an appointment until ${formatDate(pifuLastDay(pathway.endsAt))} if your symptoms change.`
                  : "You can ask us for an appointment if your symptoms change."}
              </p>
              <p>
                <strong>Get in touch if:</strong> {pathway.triggerSymptoms}
              </p>
              {latest && <PifuRequestStatus request={latest} />}
              {canAsk(pathway, now) && (
                <Button href={`/patient/pifu/${pathway.id}/ask`} className="nhsuk-u-margin-bottom-3">
                  Ask for an appointment
                </Button>
              )}
              <p className="nhsuk-body-s">
                <a href={`/patient/pifu/${pathway.id}`}>Your follow-up, what to do in an emergency and your requests</a>
              </p>
            </div>
          </div>
        );
      })}
    </>
  );
}
