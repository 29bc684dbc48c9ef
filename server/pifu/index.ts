// Patient-initiated follow-up: what other contexts and app/ may use.
export { USUAL_PIFU_MONTHS, MAX_PIFU_MONTHS, OPEN_ENDED_REVIEW_MONTHS, addCalendarMonths, pifuEndsAt, pifuLastDay, londonDaysBetween } from "./period";
export { DEFAULT_RESPONSE_WORKING_DAYS, pifuResponseDueAt, isOverdue, workingDaysBetween } from "./working-days";
export { activatePifu, activatePifuInTransaction, type ActivationContext } from "./activate-pifu";
export { PIFU_RTT_CHOICES, activatePifuSchema, pifuActivationShape, checkCustomMonths, periodMonthsOf, suggestedRttChoice, type PifuRttChoice, type ActivatePifuInput } from "./activation-schema";
export { pifuTemplateSchema, describePeriod, endActionLabel, PERIOD_CHOICES, type PifuTemplateInput } from "./template-schema";
export { listPifuTemplatesByService, pifuServiceChoices, activePifuTemplates, findPifuTemplate, savePifuTemplate, type PifuTemplateView } from "./templates";
export * from "./errors";
export { pifuActivationOptions } from "./activation-options";
export { makePifuRequest, type RequestScope } from "./make-request";
export { decidePifuRequest, type DecisionResult } from "./decide-request";
export { pifuRequestSchema, requestInputFromFields, decideRequestSchema, DECISIONS, PREFERRED_MODES, requestStatusLabel, type PifuDecision, type PifuRequestInput } from "./request-schema";
export { patientPifuPathways, patientPifuPathway, canAsk, type PatientPifuPathway, type PatientPifuRequest } from "./patient-pifu";
export { pifuTriageQueue, loadPifuRequest, loadPifuPathwayForStaff, answersOf } from "./triage-queue";
export { loadActivationTarget } from "./activation-target";
export { listPifuPathways, pifuListCounts, encodeCursor, decodeCursor, PIFU_LIST_VIEWS, PIFU_LIST_PAGE_SIZE, type PifuListView, type PifuListRow } from "./pifu-list";
export { runPifuEndOfPeriod, dischargeAfterReview, type EndOfPeriodSummary } from "./end-of-period";
export { PIFU_END_QUEUE, pifuEndOfPeriodJob, scheduleNextPifuEndOfPeriod } from "./end-of-period-job";
export { pifuReport, PIFU_AMBITION_PERCENT, type PifuReport } from "./report";
