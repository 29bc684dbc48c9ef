import type { Metadata } from "next";
import { requireStaff } from "@/server/identity/guards";
import { staffRoleLabels } from "@/server/identity/roles";
import { bookingCentreSummary } from "@/server/booking/centre/dashboard";
import { db } from "@/server/platform/db/client";
import { countOpenTasksByKind, worklistKindLabel } from "@/server/worklists";

export const metadata: Metadata = { title: "Booking centre" };

export default async function StaffHomePage() {
  const staff = await requireStaff();
  const [summary, taskCounts] = await Promise.all([bookingCentreSummary(db()), countOpenTasksByKind(db())]);
  const cards = [
    { label: "Referrals awaiting triage", value: summary.awaitingTriage },
    { label: "Patients on the waiting list", value: summary.waiting },
    { label: "Open worklist tasks", value: summary.openTasks },
    { label: "Appointments today", value: summary.appointmentsToday },
  ];
  return (
    <>
      <span className="nhsuk-caption-l">{staffRoleLabels[staff.role]}</span>
      <h1>Booking centre</h1>
      <p>Signed in as {staff.name}.</p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {cards.map((card) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={card.label}>
            <div className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-s">{card.label}</h2>
                <p className="nhsuk-heading-l nhsuk-u-margin-bottom-0" data-testid={card.label}>{card.value.toLocaleString("en-GB")}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {summary.appointmentsToday === 0 && <p>There are no appointments booked for today.</p>}
      <h2>Worklist</h2>
      {taskCounts.every((c) => c.open === 0) ? (
        <p>There are no open tasks.</p>
      ) : (
        <ul className="nhsuk-list">
          {taskCounts
            .filter((c) => c.open > 0)
            .map((c) => (
              <li key={c.kind}>
                <a href={`/staff/worklist?kind=${c.kind}`}>{`${worklistKindLabel[c.kind]}: ${c.open.toLocaleString("en-GB")} open`}</a>
                {c.overdue > 0 && <strong className="nhsuk-tag nhsuk-tag--red nhsuk-u-margin-left-2">{`${c.overdue.toLocaleString("en-GB")} overdue`}</strong>}
              </li>
            ))}
        </ul>
      )}
      <h2>Appointments</h2>
      <ul className="nhsuk-list">
        <li><a href="/staff/patients">Find a patient</a> to book, move or cancel their appointments</li>
        <li><a href="/staff/diary">Clinic diaries</a> by clinic or clinician, by day or week</li>
        {staff.role === "ADMIN" && <li><a href="/staff/settings/booking-rules">Booking rules</a> for each appointment type</li>}
        <li>
          <a href="/staff/clinics">Clinics, weekly sessions and closures</a>
        </li>
      </ul>
      <h2 className="nhsuk-heading-m">Patient-initiated follow-up</h2>
      <ul className="nhsuk-list">
        <li>
          <a href="/staff/pifu">Patients on PIFU</a>, with periods ending soon
        </li>
        <li>
          <a href="/staff/pifu/requests">PIFU requests</a> waiting for a decision
        </li>
        <li>
          <a href="/staff/pifu/report">PIFU report</a>: share of attendances moved to PIFU against the 5% ambition
        </li>
      </ul>
      <h2 className="nhsuk-heading-m">Referrals</h2>
      <ul className="nhsuk-list">
        <li>
          <a href="/staff/referrals">Find a referral</a>
        </li>
        <li>
          <a href="/staff/referrals/new">Add a referral</a>
        </li>
        <li>
          <a href="/staff/referrals/import">Import a referral worklist (CSV)</a>
        </li>
        <li>
          <a href="/staff/triage">Triage referrals</a>
        </li>
      </ul>
    </>
  );
}
