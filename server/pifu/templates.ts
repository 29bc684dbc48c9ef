import { recordAudit, type Actor } from "../platform/audit/record-audit";
import type { Db, DbClient } from "../platform/db/client";
import { Prisma } from "../platform/db/generated/client";
import { PifuTemplateNameTakenError, PifuTemplateNotFoundError } from "./errors";
import { pifuTemplateSchema, type PifuTemplateInput } from "./template-schema";

const templateSelect = {
  id: true,
  serviceId: true,
  name: true,
  periodMonths: true,
  triggerSymptoms: true,
  safetyNetting: true,
  howToContact: true,
  endAction: true,
  responseWorkingDays: true,
  questions: true,
  active: true,
  updatedAt: true,
} satisfies Prisma.PifuTemplateSelect;

export type PifuTemplateView = Prisma.PifuTemplateGetPayload<{ select: typeof templateSelect }>;

/** Every service with its templates (in use first), for the admin page. */
export async function listPifuTemplatesByService(client: DbClient) {
  return client.service.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, pifuTemplates: { orderBy: [{ active: "desc" }, { name: "asc" }], select: templateSelect } },
  });
}

/** A service's templates a clinician can choose from. */
export async function activePifuTemplates(client: DbClient, serviceId: string): Promise<PifuTemplateView[]> {
  return client.pifuTemplate.findMany({ where: { serviceId, active: true }, orderBy: { name: "asc" }, select: templateSelect });
}

export async function findPifuTemplate(client: DbClient, id: string): Promise<PifuTemplateView | null> {
  return client.pifuTemplate.findUnique({ where: { id }, select: templateSelect });
}

/** Creates (no id) or changes a template; audited. A name is unique within its service. */
/** Takes the form's fields as posted, or typed input from code and tests. */
export async function savePifuTemplate(client: Db, input: (PifuTemplateInput | Record<string, string>) & { id?: string }, actor: Actor): Promise<PifuTemplateView> {
  const { periodMonths, ...data } = pifuTemplateSchema.parse(input);
  const fields = { ...data, periodMonths };
  try {
    return await client.$transaction(async (tx) => {
      const before = input.id ? await tx.pifuTemplate.findUnique({ where: { id: input.id }, select: templateSelect }) : null;
      if (input.id && !before) throw new PifuTemplateNotFoundError();
      const saved = before
        ? await tx.pifuTemplate.update({ where: { id: before.id }, data: fields, select: templateSelect })
        : await tx.pifuTemplate.create({ data: fields, select: templateSelect });
      await recordAudit(tx, {
        actor,
        action: before ? "pifu_template.changed" : "pifu_template.created",
        entityType: "PifuTemplate",
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new PifuTemplateNameTakenError();
    throw error;
  }
}

/** The services staff filter PIFU views by. */
export async function pifuServiceChoices(client: DbClient): Promise<{ id: string; name: string }[]> {
  return client.service.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
