import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { requireStaff } from "@/server/identity/guards";
import { findPifuTemplate, listPifuTemplatesByService } from "@/server/pifu";
import { db } from "@/server/platform/db/client";
import { isUuid } from "@/server/platform/forms/uuid";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "Change a PIFU template" };

export default async function PifuTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  await requireStaff("ADMIN");
  const { templateId } = await params;
  if (!isUuid(templateId)) notFound();
  const [template, services] = await Promise.all([findPifuTemplate(db(), templateId), listPifuTemplatesByService(db())]);
  if (!template) notFound();
  const usual = template.periodMonths !== null && [3, 6, 12, 24].includes(template.periodMonths);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/staff/pifu/templates">Back to PIFU templates</BackLink>
        <h1>{template.name}</h1>
        <TemplateForm
          services={services}
          initial={{
            id: template.id,
            serviceId: template.serviceId,
            name: template.name,
            period: template.periodMonths === null ? "OPEN_ENDED" : usual ? String(template.periodMonths) : "CUSTOM",
            customMonths: usual || template.periodMonths === null ? "" : String(template.periodMonths),
            triggerSymptoms: template.triggerSymptoms,
            safetyNetting: template.safetyNetting,
            howToContact: template.howToContact,
            endAction: template.endAction,
            responseWorkingDays: String(template.responseWorkingDays),
            questions: template.questions.join("\n"),
            active: template.active ? "yes" : "no",
          }}
        />
      </div>
    </div>
  );
}
