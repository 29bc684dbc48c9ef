// Patient-initiated follow-up: what other contexts and app/ may use.
export { USUAL_PIFU_MONTHS, MAX_PIFU_MONTHS, OPEN_ENDED_REVIEW_MONTHS, addCalendarMonths, pifuEndsAt, pifuLastDay, londonDaysBetween } from "./period";
export { DEFAULT_RESPONSE_WORKING_DAYS, pifuResponseDueAt, isOverdue, workingDaysBetween } from "./working-days";
export { activatePifu, activatePifuInTransaction, type ActivationContext } from "./activate-pifu";
export { PIFU_RTT_CHOICES, activatePifuSchema, pifuActivationShape, checkCustomMonths, periodMonthsOf, suggestedRttChoice, type PifuRttChoice, type ActivatePifuInput } from "./activation-schema";
export { pifuTemplateSchema, describePeriod, endActionLabel, PERIOD_CHOICES, type PifuTemplateInput } from "./template-schema";
export { listPifuTemplatesByService, activePifuTemplates, findPifuTemplate, savePifuTemplate, type PifuTemplateView } from "./templates";
export * from "./errors";
export { pifuActivationOptions } from "./activation-options";
