import type { Metadata } from "next";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { PIFU_AMBITION_PERCENT, pifuReport } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { formatShortDate } from "@/server/platform/time/london";
import { PifuNav } from "../_components/pifu-nav";

export const metadata: Metadata = { title: "PIFU report" };

const percent = (value: number | null) => (value === null ? "No data" : `${value.toFixed(1)}%`);
const number = (value: number) => value.toLocaleString("en-GB");

/** A bar for the PIFU rate, scaled so the 5% ambition sits at the middle; the number beside it says the same in words. */
function RateBar({ rate }: { rate: number | null }) {
  const scale = PIFU_AMBITION_PERCENT * 2;
  const width = rate === null ? 0 : Math.min(100, (rate / scale) * 100);
  const met = rate !== null && rate >= PIFU_AMBITION_PERCENT;
  return (
    <span aria-hidden="true" style={{ display: "inline-block", position: "relative", width: "12rem", height: "1.25rem", background: "#f0f4f5", verticalAlign: "middle", marginRight: "0.5rem" }}>
      <span style={{ position: "absolute", left: 0, top: 0, bottom: 0, width: `${width}%`, background: met ? "#007f3b" : "#005eb8" }} />
      <span style={{ position: "absolute", left: "50%", top: "-0.2rem", bottom: "-0.2rem", borderLeft: "2px solid #212b32" }} />
    </span>
  );
}

export default async function PifuReportPage() {
  await requireStaff("CLINICIAN", "BOOKING_CLERK");
  const report = await pifuReport(db());
  return (
    <>
      <PifuNav current="/staff/pifu/report" />
      <h1>PIFU report</h1>
      <p>
        {formatShortDate(report.from)} to {formatShortDate(report.to)}. The national ambition is for {PIFU_AMBITION_PERCENT}% of outpatient attendances to end in
        patient-initiated follow-up (moved or discharged to PIFU). The bars are scaled so the line marks {PIFU_AMBITION_PERCENT}%; green bars meet it.
      </p>
      <Table
        caption="Moved to PIFU, by service"
        captionSize="m"
        head={["Service", "Attendances", "Moved to PIFU", "Share of attendances", "Patients on PIFU", "Requests per 100"]}
        numericColumns={[1, 2, 4, 5]}
        rows={[
          ...report.services.map((s) => [
            s.serviceName,
            number(s.attendances),
            number(s.movedToPifu),
            <span key="r">
              <RateBar rate={s.pifuRate} />
              {percent(s.pifuRate)}
            </span>,
            number(s.livePathways),
            s.requestsPer100 === null ? "No data" : s.requestsPer100.toFixed(1),
          ]),
          [
            <strong key="t">All services</strong>,
            number(report.totals.attendances),
            number(report.totals.movedToPifu),
            <span key="r">
              <RateBar rate={report.totals.pifuRate} />
              {percent(report.totals.pifuRate)}
            </span>,
            number(report.totals.livePathways),
            report.totals.requestsPer100 === null ? "No data" : report.totals.requestsPer100.toFixed(1),
          ],
        ]}
      />
      <h2>Requests</h2>
      <SummaryList
        rows={[
          { key: "Requests decided", value: number(report.requests.decided) },
          { key: "Became appointments", value: `${number(report.requests.becameAppointments)} (${percent(report.requests.appointmentShare)})` },
          { key: "Answered within the response standard", value: `${number(report.requests.withinStandard)} (${percent(report.requests.withinStandardShare)})` },
          { key: "Median response", value: report.requests.medianWorkingDays === null ? "No data" : `${report.requests.medianWorkingDays} working days` },
          { key: "Waiting for a decision now", value: <a href="/staff/pifu/requests">{`${number(report.requests.open)} (${number(report.requests.overdue)} overdue)`}</a> },
        ]}
      />
      <h2>How periods ended</h2>
      <SummaryList
        rows={[
          { key: "Discharged to the GP", value: number(report.expiries.discharged) },
          { key: "Clinical review due", value: number(report.expiries.reviewDue) },
          { key: "Replaced by a new period", value: number(report.expiries.replaced) },
        ]}
      />
    </>
  );
}
