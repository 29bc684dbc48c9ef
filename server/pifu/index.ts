// Patient-initiated follow-up: what other contexts and app/ may use.
export { USUAL_PIFU_MONTHS, MAX_PIFU_MONTHS, OPEN_ENDED_REVIEW_MONTHS, addCalendarMonths, pifuEndsAt, pifuLastDay, londonDaysBetween } from "./period";
export { DEFAULT_RESPONSE_WORKING_DAYS, pifuResponseDueAt, isOverdue, workingDaysBetween } from "./working-days";
