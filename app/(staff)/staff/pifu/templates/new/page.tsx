import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { requireStaff } from "@/server/identity/guards";
import { listPifuTemplatesByService } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "Add a PIFU template" };

export default async function NewPifuTemplatePage() {
  await requireStaff("ADMIN");
  const services = await listPifuTemplatesByService(db());
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/staff/pifu/templates">Back to PIFU templates</BackLink>
        <h1>Add a PIFU template</h1>
        <TemplateForm services={services} initial={{ endAction: "DISCHARGE", responseWorkingDays: "3", active: "yes" }} />
      </div>
    </div>
  );
}
