import { GENERATE_SLOTS_QUEUE, generateSlotsJob } from "../scheduling/generate-slots-job";
import type { JobHandlers } from "./runner";

/**
 * Every queue the app processes and its handler. Capabilities register their
 * handlers here so one worker serves them all.
 */
export function jobHandlers(): JobHandlers {
  return {
    [GENERATE_SLOTS_QUEUE]: generateSlotsJob,
  };
}
