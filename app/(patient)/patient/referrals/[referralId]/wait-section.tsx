import type { RttWait } from "@/server/referrals/rtt/rtt-clock";
import { describeWaitEstimate, ESTIMATE_WINDOW_WEEKS, type WaitEstimate } from "@/server/referrals/wait-estimate";
import { formatShortDate } from "@/server/platform/time/london";

/** How long the patient has waited so far, and (once on the waiting list) roughly how much longer. */
export function WaitSection({ serviceName, wait, estimate }: { serviceName: string; wait: RttWait; estimate: WaitEstimate | null }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">How long you have waited</h2>
      <p data-testid="weeks-waited">
        You have waited {waitedWords(wait)} since we received your referral on {formatShortDate(wait.startAt)}.
      </p>
      {estimate?.kind === "estimate" && (
        <p data-testid="wait-estimate">
          We expect to offer you an appointment in <strong>{describeWaitEstimate(estimate)}</strong>. This is an estimate, based on how many new
          appointments {serviceName} has booked in the last {ESTIMATE_WINDOW_WEEKS} weeks and the{" "}
          {estimate.patientsAhead === 1 ? "1 patient" : `${estimate.patientsAhead} patients`} ahead of you with the same or a more urgent priority. It may
          change.
        </p>
      )}
      {estimate?.kind === "not-enough-data" && (
        <p data-testid="wait-estimate">
          We cannot estimate how much longer you will wait yet: {serviceName} has booked too few new appointments recently for a reliable estimate. We
          will contact you when you can book.
        </p>
      )}
      <p className="nhsuk-body-s">The NHS aims for patients to start treatment within 18 weeks of being referred.</p>
    </>
  );
}

function waitedWords(wait: RttWait): string {
  if (wait.daysWaited === 0) return "less than a day";
  if (wait.weeksWaited === 0) return wait.daysWaited === 1 ? "1 day" : `${wait.daysWaited} days`;
  return wait.weeksWaited === 1 ? "1 week" : `${wait.weeksWaited} weeks`;
}
