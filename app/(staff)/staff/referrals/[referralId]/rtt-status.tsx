import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { clockFromReferral, computeRttWait } from "@/server/referrals/rtt/rtt-clock";
import { rttCodeLabel } from "@/server/referrals/rtt/rtt-codes";
import { formatCalendarDate, formatShortDate } from "@/server/platform/time/london";

type ClockFields = { rttClockStartAt: Date | null; rttClockStopAt: Date | null; rttStatusCode: string | null };

/** The pathway's clock as the RTT rules see it today: status, weeks waited, breach date and long-wait band. */
export function RttStatus({ referral }: { referral: ClockFields }) {
  const clock = clockFromReferral(referral);
  const wait = computeRttWait(clock, new Date());
  const state = { "not-started": "Not started", running: "Running", stopped: "Stopped", nullified: "Nullified (did not attend the first appointment)" }[clock.state];
  return (
    <SummaryList
      rows={[
        { key: "Clock", value: state },
        { key: "Current status", value: referral.rttStatusCode ? `${referral.rttStatusCode}: ${rttCodeLabel(referral.rttStatusCode)}` : "None" },
        ...(clock.startAt ? [{ key: "Clock started", value: formatShortDate(clock.startAt) }] : []),
        ...(clock.stopAt ? [{ key: clock.state === "nullified" ? "Clock nullified" : "Clock stopped", value: formatShortDate(clock.stopAt) }] : []),
        ...(wait
          ? [
              {
                key: "Weeks waited",
                value: (
                  <>
                    <span data-testid="rtt-weeks">{wait.weeksWaited}</span> {wait.state === "stopped" ? "(at the clock stop)" : ""}{" "}
                    {wait.longWaitBand && <Tag colour="red">Over {wait.longWaitBand} weeks</Tag>}
                  </>
                ),
              },
              {
                key: "18-week breach date",
                value: (
                  <>
                    {formatCalendarDate(wait.breachDate)} {wait.withinStandard ? <Tag colour="green">Within 18 weeks</Tag> : <Tag colour="orange">Over 18 weeks</Tag>}
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
