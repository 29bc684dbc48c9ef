import type { ReactNode } from "react";
import { cx } from "./class-names";

export function Hint({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div className={cx("nhsuk-hint", className)} id={id}>
      {children}
    </div>
  );
}
