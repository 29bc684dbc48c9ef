import type { Metadata } from "next";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { DEFAULT_MESSAGE_PLANS, DEFAULT_PLAN, MESSAGE_TYPES, planLabels } from "@/server/messages";
import { getSetting } from "@/server/platform/settings/settings";

export const metadata: Metadata = { title: "Message plans" };
export const dynamic = "force-dynamic";

/** How each message type reaches patients: inbox and email first, then a letter if unread, at once, or never. */
export default async function MessagePlansPage() {
  await requireStaff("ADMIN");
  const overrides = await getSetting(db(), "messagePlans");
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Message plans</h1>
        <p>
          Every message goes to the patient&apos;s inbox and by email (or text). The plan says when a letter follows. Patients who prefer post or have no email or
          mobile get the letter at once whatever the plan, in large print or an accessible format if they need it. Plans are changed with the messagePlans setting.
        </p>
        <Table
          caption="Plans by message type"
          head={["Message type", "Plan", "Letter after", "Postage", "Source"]}
          rows={MESSAGE_TYPES.map((type) => {
            const plan = overrides[type] ?? DEFAULT_MESSAGE_PLANS[type] ?? DEFAULT_PLAN;
            return [
              type,
              planLabels[plan.letter],
              plan.letter === "after-unread" ? `${plan.afterHours} hours unread` : plan.letter === "at-once" ? "At once" : "No letter",
              `${plan.postageClass.toLowerCase()} class`,
              overrides[type] ? "Changed by the trust" : "Default",
            ];
          })}
        />
      </div>
    </div>
  );
}
