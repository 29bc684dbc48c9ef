import type { z } from "zod";
import type { MessageContent } from "./content";

/** What a template may use besides its payload: no database, no environment. */
export type TemplateContext = { baseUrl: string; trustName: string; now: Date };

/**
 * A message type that renders from its outbox payload alone (the usual case).
 * `payload` checks the stored JSON before rendering; `sample` is a realistic
 * payload used by the tests (every channel, long names) and by
 * `npm run letter:sample`. Return null from `render` when the message no
 * longer applies: it is then not sent and its letter is not printed.
 */
export type PayloadTemplate<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  sample: z.infer<S>;
  render: (payload: z.infer<S>, ctx: TemplateContext) => MessageContent | null;
};

export function definePayloadTemplate<S extends z.ZodType>(template: PayloadTemplate<S>): PayloadTemplate<S> {
  return template;
}
