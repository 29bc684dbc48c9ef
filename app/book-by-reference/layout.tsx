import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";

/** Booking by reference: no account, so no account area in the header. Each page checks the reference session itself. */
export default function BookByReferenceLayout({ children }: { children: ReactNode }) {
  return <AppFrame>{children}</AppFrame>;
}
