// The waiting list: the open list in turn, its filters, counts and exports.
export { WAIT_BANDS, bandOf, weeksWaited, type WaitBand, type WaitBandKey } from "./bands";
export { waitingListFilterSchema, filterParams, priorityLabel, validationFilterLabel, PRIORITIES, VALIDATION_FILTERS, type WaitingListFilters } from "./list-filters";
export { listWaiting, loadTurnRows, PAGE_SIZE, type WaitingListRow } from "./list-waiting";
export { countByBand, type BandCounts } from "./band-counts";
export { exportWaitingListCsv, WAITING_LIST_CSV_COLUMNS } from "./export-waiting-list";
export { exportWlmds, lastWeekEnding, WLMDS_COLUMNS } from "./export-wlmds";
export { validationStatus, validationStatusLabel, type ValidationStatus } from "./validation-status";
export { textStream } from "./csv";
