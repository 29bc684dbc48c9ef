import { Checkboxes } from "@/components/checkboxes";
import { Fieldset } from "@/components/fieldset";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { PATIENT_CHOOSABLE_NEEDS, patientNeedLabels } from "@/server/patients/update-communication-needs";

export type NeedsDefaults = { needs: string[]; interpreterLanguage: string | null; accessNotes: string | null };

/** Communication needs and reasonable adjustments, recorded or updated while booking. */
export function NeedsFields({ defaults, errors = {} }: { defaults: NeedsDefaults; errors?: Record<string, string> }) {
  return (
    <Fieldset legend="Help you need at your appointment" legendSize="m">
      <p className="nhsuk-body">Tell us if you need anything to help you take part. We keep this on your record and tell the clinic. Leave these blank if you do not need anything.</p>
      <Checkboxes
        idPrefix="needs"
        name="needs"
        legend="Do you need any of these?"
        legendSize="s"
        hint="Select all that apply."
        error={errors.needs}
        defaultValues={defaults.needs}
        items={PATIENT_CHOOSABLE_NEEDS.map((need) => ({
          value: need,
          label: patientNeedLabels[need],
          conditional:
            need === "INTERPRETER" ? (
              <TextInput
                id="interpreterLanguage"
                name="interpreterLanguage"
                label="Which language?"
                width={20}
                defaultValue={defaults.interpreterLanguage ?? ""}
                error={errors.interpreterLanguage}
              />
            ) : undefined,
        }))}
      />
      <Textarea
        id="accessNotes"
        name="accessNotes"
        label="Anything else we should know (optional)"
        hint="For example, if you need someone with you, or have a guide dog."
        rows={3}
        defaultValue={defaults.accessNotes ?? ""}
        error={errors.accessNotes}
      />
    </Fieldset>
  );
}
