import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { describePeriod, endActionLabel, listPifuTemplatesByService } from "@/server/pifu";
import { db } from "@/server/platform/db/client";

export const metadata: Metadata = { title: "PIFU templates" };

export default async function PifuTemplatesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const staff = await requireStaff("CLINICIAN");
  const [{ saved }, services] = await Promise.all([searchParams, listPifuTemplatesByService(db())]);
  const admin = staff.role === "ADMIN";
  return (
    <>
      {saved && <NotificationBanner success>PIFU template saved.</NotificationBanner>}
      <h1>PIFU templates</h1>
      <p>
        What each service offers patients on patient-initiated follow-up: the period, the symptoms to get in touch about, when to call 111 or 999 instead, what happens at
        the end, and the questions a patient answers when asking for an appointment. Clinicians choose one when they put a patient on PIFU; its words are copied onto the
        patient&apos;s pathway, so changing a template does not change what patients were already told.
      </p>
      {admin && (
        <p>
          <a href="/staff/pifu/templates/new">Add a template</a>
        </p>
      )}
      {services.map((service) => (
        <Table
          key={service.id}
          caption={service.name}
          captionSize="m"
          head={["Template", "Period", "At the end", "Respond within", "Questions", ...(admin ? [<span key="a" className="nhsuk-u-visually-hidden">Action</span>] : [])]}
          rows={
            service.pifuTemplates.length === 0
              ? [["No templates yet", "", "", "", "", ...(admin ? [""] : [])]]
              : service.pifuTemplates.map((t) => [
                  `${t.name}${t.active ? "" : " (not in use)"}`,
                  describePeriod(t.periodMonths),
                  endActionLabel[t.endAction],
                  `${t.responseWorkingDays} working days`,
                  String(t.questions.length),
                  ...(admin
                    ? [
                        <a key="change" href={`/staff/pifu/templates/${t.id}`}>
                          Change<span className="nhsuk-u-visually-hidden"> {t.name}</span>
                        </a>,
                      ]
                    : []),
                ])
          }
        />
      ))}
    </>
  );
}
