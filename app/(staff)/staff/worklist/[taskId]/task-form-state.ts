/** What the task page's forms return when they do not redirect. */
export type TaskFormState = { errors?: Record<string, string>; message?: string; values?: Record<string, string> };
export const initialTaskFormState: TaskFormState = {};
