import type { Metadata } from "next";
import { Table } from "@/components/table";
import { requireStaff } from "@/server/identity/guards";
import { db } from "@/server/platform/db/client";
import { loadPrintRoom } from "@/server/messages";
import { batchStatusLabel, letterStatusLabel } from "@/server/messages/labels";
import { letterVariantLabels } from "@/server/messages/letters/letter-variant";
import { formatPence } from "@/server/messages/letters/postage";
import { formatDateTime, formatShortDate } from "@/server/platform/time/london";
import { accessibleSentAction, addressCheckedAction, buildBatchesNowAction, forcePrintAction, markDispatchedAction } from "./actions";
import { RowAction } from "./letter-buttons";

export const metadata: Metadata = { title: "Letters and print batches" };
export const dynamic = "force-dynamic";

/**
 * The print room: batches for the print supplier (download, mark posted),
 * letters waiting, held for an address check, needing an accessible format,
 * failed or returned, and postage spent.
 */
export default async function LettersPage() {
  await requireStaff("BOOKING_CLERK");
  const room = await loadPrintRoom(db());
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Letters and print batches</h1>
        <p>
          Due now:{" "}
          {room.dueByClass.length === 0 ? "no letters" : room.dueByClass.map((d) => `${d._count._all} ${d.postageClass.toLowerCase()} class`).join(", ")}. Batches are built every day at
          4:30pm. Postage so far: {formatPence(room.spent.postagePence ?? 0)} for {room.spent.letterCount ?? 0} letters ({room.spent.sheetCount ?? 0} sheets).
        </p>
        <RowAction action={buildBatchesNowAction} label="Build print batches now" />
        <p className="nhsuk-body-s">
          Administrators: <a href="/staff/settings/message-plans">message plans</a> · <a href="/staff/jobs">background jobs</a>
        </p>

        <Table
          caption="Print batches"
          captionSize="m"
          head={["Created", "Postage", "Status", "Letters", "Sheets", "Postage cost", "Files", "Next step"]}
          numericColumns={[3, 4, 5]}
          rows={room.batches.map((b) => [
            formatDateTime(b.createdAt),
            `${b.postageClass.toLowerCase()} class`,
            batchStatusLabel[b.status],
            String(b.letterCount),
            String(b.sheetCount),
            formatPence(b.postagePence),
            b.status === "BUILDING" ? (
              "Being built"
            ) : (
              <>
                <a href={`/staff/letters/batches/${b.id}/pdf`}>PDF</a> · <a href={`/staff/letters/batches/${b.id}/manifest`}>manifest</a>
              </>
            ),
            b.status === "READY" ? <RowAction action={markDispatchedAction} id={b.id} label="Mark posted" context={`batch of ${formatDateTime(b.createdAt)}`} /> : b.dispatchedAt ? `Posted ${formatShortDate(b.dispatchedAt)}` : "",
          ])}
        />

        <Table
          caption="Accessible formats to arrange"
          captionSize="m"
          head={["Patient", "Format", "Message", "Since", "Next step"]}
          rows={room.accessible.map((l) => [
            <a key="p" href={`/staff/patients/${l.patient.id}/messages`}>{name(l.patient)}</a>,
            `${letterVariantLabels[l.variant]}${l.variant === "OTHER_LANGUAGE" && l.patient.interpreterLanguage ? ` (${l.patient.interpreterLanguage})` : ""}`,
            l.message?.subject ?? "",
            formatShortDate(l.createdAt),
            <RowAction key="a" action={accessibleSentAction} id={l.id} label="Mark sent" context={`for ${name(l.patient)}`} />,
          ])}
        />

        <Table
          caption="Letters held until the address is checked (returned mail)"
          captionSize="m"
          head={["Patient", "Flagged", "Letters held", "Next step"]}
          numericColumns={[2]}
          rows={room.held.map((p) => [
            <a key="p" href={`/staff/patients/${p.id}/messages`}>{name(p)}</a>,
            p.addressCheckNeededAt ? formatShortDate(p.addressCheckNeededAt) : "",
            String(p._count.letters),
            <RowAction key="a" action={addressCheckedAction} id={p.id} label="Address checked" context={`for ${name(p)}`} />,
          ])}
        />

        <Table
          caption="Failed and returned letters"
          captionSize="m"
          head={["Patient", "Status", "Why", "When", "Next step"]}
          rows={room.failed.map((l) => [
            <a key="p" href={`/staff/patients/${l.patient.id}/messages`}>{name(l.patient)}</a>,
            letterStatusLabel[l.status],
            l.statusNote ?? "",
            formatShortDate(l.updatedAt),
            l.status === "FAILED" && l.messageId ? <RowAction key="a" action={forcePrintAction} id={l.messageId} label="Print again" context={`for ${name(l.patient)}`} /> : "Check the address",
          ])}
        />
      </div>
    </div>
  );
}
