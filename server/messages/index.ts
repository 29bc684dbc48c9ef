/** What the rest of Front Door uses from the message pipeline. */
export { queuePatientMessage, SEND_MESSAGE_QUEUE } from "./queue-patient-message";
export { listInbox, openInboxMessage, INBOX_PAGE_SIZE, type InboxItem, type OpenedMessage } from "./inbox";
export { patientLetterPdf, pdfResponse } from "./letter-pdf";
export { MESSAGE_TYPES } from "./templates";
export { loadPrintRoom, loadMessageHistory } from "./staff-views";
export { requestPrintBatchNow } from "./letters/print-batch-job";
export { markBatchDispatched, recordLetterStatus, recordReturnedMail, confirmAddressChecked, markAccessibleFormatSent, forcePrintMessage, LetterStateError } from "./letters/print-status";
export { DEFAULT_MESSAGE_PLANS, DEFAULT_PLAN, planLabels, type MessagePlan } from "./message-plans";
