export { closeResolvedTasks } from "./close-tasks";
export { createWorklistTask } from "./create-task";
export { OPEN_TASK_STATUSES, worklistKindLabel, worklistKindWhy } from "./kind-labels";
export { listOpenTasks, requestLines, WORKLIST_PAGE_SIZE, type OpenTask } from "./open-tasks";
