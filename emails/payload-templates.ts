import type { PayloadTemplate } from "./define-template";
import { pifuPayloadTemplates } from "./pifu-messages";
import { referralPayloadTemplates } from "./referral-messages";

/**
 * Every message type that renders from its payload. To add one: write
 * `emails/<name>.ts` exporting `definePayloadTemplate({ name, payload, sample,
 * render })`, add it to this list, and queue it with
 * `queuePatientMessage(tx, { patientId, template: "<name>", subject, payload })`.
 * The inbox, email and letter then all work, and the tests render it.
 */
export const PAYLOAD_TEMPLATES: readonly PayloadTemplate[] = [...referralPayloadTemplates, ...pifuPayloadTemplates];
