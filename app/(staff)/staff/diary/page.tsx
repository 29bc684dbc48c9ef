import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/back-link";
import { Button } from "@/components/button";
import { Pagination } from "@/components/pagination";
import { TextInput } from "@/components/text-input";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { loadDiaryOwner } from "@/server/scheduling/diary/diary-owners";
import { dayKey, diaryQuerySchema, londonMidnight, type DiaryOwner } from "@/server/scheduling/diary/diary-schema";
import { loadDiary } from "@/server/scheduling/diary/load-diary";
import { formatDate } from "@/server/platform/time/london";
import { ChooseDiary } from "./choose-diary";
import { DiaryDayTable } from "./diary-day-table";
import { utilisationText } from "./utilisation";

export const metadata: Metadata = { title: "Clinic diaries" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DiaryPage({ searchParams }: Props) {
  await requireStaff();
  const query = await searchParams;
  const parsed = diaryQuerySchema.safeParse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (!parsed.success) return <ChooseDiary />;
  const { clinicId, clinicianId, view, date } = parsed.data;
  const owner: DiaryOwner = clinicId ? { kind: "clinic", id: clinicId } : { kind: "clinician", id: clinicianId! };
  const [heading, diary] = await Promise.all([loadDiaryOwner(db(), owner), loadDiary(db(), owner, view, date)]);
  if (!heading) notFound();
  const { range } = diary;
  const base = `/staff/diary?${owner.kind === "clinic" ? "clinicId" : "clinicianId"}=${owner.id}`;
  const link = (to: { view?: string; date?: string }) => `${base}&view=${to.view ?? view}&date=${to.date ?? dayKey(range.from)}`;
  const unit = view === "week" ? "week" : "day";
  const title = view === "week" ? `Week beginning ${formatDate(range.from)}` : formatDate(range.from);
  return (
    <>
      <BackLink href="/staff/diary">Choose another diary</BackLink>
      <span className="nhsuk-caption-l">
        {heading.serviceName}: {heading.detail}
      </span>
      <h1>{heading.name}</h1>
      <h2 className="nhsuk-heading-m" id="diary-period">
        {title}
      </h2>
      <p>
        <strong>{utilisationText(diary)}</strong>
      </p>
      <ul className="nhsuk-list" aria-label="Diary views">
        <li>
          {view === "day" ? <a href={link({ view: "week" })}>Show the whole week</a> : <a href={link({ view: "day" })}>Show {formatDate(range.from)} only</a>}
          {" · "}
          <a href={link({ date: dayKey(new Date()) })}>Today</a>
        </li>
      </ul>
      <form method="get" action="/staff/diary" className="nhsuk-u-margin-bottom-4" aria-label="Go to a date">
        <input type="hidden" name={owner.kind === "clinic" ? "clinicId" : "clinicianId"} value={owner.id} />
        <input type="hidden" name="view" value={view} />
        <TextInput id="date" name="date" type="date" label="Go to date" width={10} defaultValue={dayKey(range.from)} />
        <Button variant="secondary" small>
          Go
        </Button>
      </form>
      <Pagination
        previous={{ href: link({ date: range.previous }), text: `Previous ${unit}`, label: formatDate(londonMidnight(range.previous)) }}
        next={{ href: link({ date: range.next }), text: `Next ${unit}`, label: formatDate(londonMidnight(range.next)) }}
      />
      {diary.days.map((day) => (
        <section key={day.key} aria-labelledby={view === "week" ? `day-${day.key}` : "diary-period"}>
          {view === "week" && (
            <h3 className="nhsuk-heading-s" id={`day-${day.key}`}>
              {formatDate(day.date)}: {utilisationText(day)}
            </h3>
          )}
          <DiaryDayTable day={day} showClinic={owner.kind === "clinician"} />
        </section>
      ))}
    </>
  );
}
