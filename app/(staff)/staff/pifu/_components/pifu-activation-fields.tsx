import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { PIFU_RTT_CHOICES, type PifuRttChoice } from "@/server/pifu/activation-schema";
import { describePeriod, endActionLabel } from "@/server/pifu/template-schema";

export type TemplateChoice = { id: string; name: string; periodMonths: number | null; endAction: "DISCHARGE" | "CLINICAL_REVIEW"; triggerSymptoms: string };

type Props = {
  templates: TemplateChoice[];
  suggestedRtt: PifuRttChoice;
  values: Record<string, string>;
  errors: Record<string, string>;
};

/** The PIFU part of the outcome form and of activation from the patient's record: template, period, notes, RTT status. */
export function PifuActivationFields({ templates, suggestedRtt, values, errors }: Props) {
  if (templates.length === 0) {
    return <p>This service has no PIFU templates yet. An administrator adds them under PIFU templates.</p>;
  }
  return (
    <>
      <Radios
        idPrefix="templateId"
        name="templateId"
        legend="PIFU template"
        legendSize="s"
        small
        defaultValue={values.templateId}
        error={errors.templateId}
        items={templates.map((t) => ({
          value: t.id,
          label: t.name,
          hint: `${describePeriod(t.periodMonths)}, then ${endActionLabel[t.endAction].toLowerCase()}. Get in touch if: ${t.triggerSymptoms}`,
        }))}
      />
      <Radios
        idPrefix="period"
        name="period"
        legend="How long should the follow-up period last?"
        legendSize="s"
        small
        defaultValue={values.period ?? "TEMPLATE"}
        error={errors.period}
        items={[
          { value: "TEMPLATE", label: "As the template says" },
          ...["3", "6", "12", "24"].map((m) => ({ value: m, label: `${m} months` })),
          { value: "CUSTOM", label: "Another number of months" },
          { value: "OPEN_ENDED", label: "Open-ended", hint: "Reviewed if the patient has not been in touch for 24 months" },
        ]}
      />
      <TextInput
        id="customMonths"
        name="customMonths"
        label="For another number of months: how many?"
        labelSize="s"
        width={2}
        inputMode="numeric"
        defaultValue={values.customMonths}
        error={errors.customMonths}
      />
      <Textarea
        id="personalNotes"
        name="personalNotes"
        label="Notes for the patient (optional)"
        hint="Added to the template's words in the patient's letter and the GP's copy"
        rows={3}
        defaultValue={values.personalNotes}
        error={errors.personalNotes}
      />
      <Radios
        idPrefix="rttStatus"
        name="rttStatus"
        legend="Confirm the RTT status"
        legendSize="s"
        small
        defaultValue={values.rttStatus ?? suggestedRtt}
        error={errors.rttStatus}
        items={(Object.keys(PIFU_RTT_CHOICES) as PifuRttChoice[]).map((value) => ({ value, label: PIFU_RTT_CHOICES[value] }))}
      />
    </>
  );
}
