import type { ReactNode } from "react";
import { cx } from "./class-names";

export type TagColour = "white" | "grey" | "green" | "aqua-green" | "blue" | "purple" | "pink" | "red" | "orange" | "yellow";

export function Tag({ colour, noBorder, children }: { colour?: TagColour; noBorder?: boolean; children: ReactNode }) {
  return <strong className={cx("nhsuk-tag", colour && `nhsuk-tag--${colour}`, noBorder && "nhsuk-tag--no-border")}>{children}</strong>;
}
