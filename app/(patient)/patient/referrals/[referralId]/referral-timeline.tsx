import { Tag, type TagColour } from "@/components/tag";
import type { StepState, TimelineStep } from "@/server/referrals/referral-timeline";
import { formatShortDate } from "@/server/platform/time/london";

const stateTag: Record<StepState, { text: string; colour: TagColour }> = {
  done: { text: "Done", colour: "green" },
  current: { text: "Now", colour: "blue" },
  upcoming: { text: "Not yet", colour: "grey" },
};

/** The referral's steps in order, each saying whether it is done, happening now, or still to come. */
export function ReferralTimeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <ol className="nhsuk-list" aria-label="Steps of your referral">
      {steps.map((step) => (
        <li key={step.title} className="nhsuk-u-margin-bottom-4" aria-current={step.state === "current" ? "step" : undefined}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            {step.title} <Tag colour={stateTag[step.state].colour}>{stateTag[step.state].text}</Tag>
          </h3>
          {step.date && step.state !== "upcoming" && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{formatShortDate(step.date)}</p>}
          <p className={step.state === "upcoming" ? "nhsuk-body-s nhsuk-u-secondary-text-colour" : undefined}>{step.detail}</p>
        </li>
      ))}
    </ol>
  );
}
