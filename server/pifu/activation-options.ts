import type { DbClient } from "../platform/db/client";
import { suggestedRttChoice, type PifuRttChoice } from "./activation-schema";
import { activePifuTemplates, type PifuTemplateView } from "./templates";

/** What the activation fields offer for a referral: its service's templates and the RTT status most likely to fit its clock. */
export async function pifuActivationOptions(client: DbClient, serviceId: string, referralId: string | null): Promise<{ templates: PifuTemplateView[]; suggestedRtt: PifuRttChoice }> {
  const [templates, clock] = await Promise.all([
    activePifuTemplates(client, serviceId),
    referralId ? client.referral.findUnique({ where: { id: referralId }, select: { rttClockStartAt: true, rttClockStopAt: true, rttStatusCode: true } }) : null,
  ]);
  return { templates, suggestedRtt: clock ? suggestedRttChoice(clock) : "KEEP" };
}
