export { closeResolvedTasks } from "./close-tasks";
export { createWorklistTask } from "./create-task";
export { OPEN_TASK_STATUSES, worklistKindLabel, worklistKindWhy } from "./kind-labels";
export { countOpenTasksByKind, listOpenTasks, parseWorklistFilters, requestLines, WORKLIST_PAGE_SIZE, type OpenTask, type WorklistFilters } from "./open-tasks";
export { addTaskNote, assignTaskToMe, completeTask, completeTaskSchema, loadTask, TaskNotOpenError, taskNoteSchema, type TaskDetails } from "./work-task";
