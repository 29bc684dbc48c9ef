import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { LetterDocument } from "./letter-document";
import type { LetterInput } from "./letter-input";
import type { WindowAddress } from "./window-address";

/** Lays out one letter as a PDF (A4, Helvetica, nothing fetched). */
export async function renderLetterPdf(input: LetterInput, address: WindowAddress): Promise<Buffer> {
  // renderToBuffer's type wants a <Document> element; LetterDocument returns one.
  const element = createElement(LetterDocument, { input, address }) as unknown as Parameters<typeof renderToBuffer>[0];
  return renderToBuffer(element);
}
