import type { ReactNode } from "react";
import { AppFrame } from "@/components/layout/app-frame";

/** Pages opened from a reminder's signed link: no account needed, so no account area. */
export default function AppointmentLinkLayout({ children }: { children: ReactNode }) {
  return <AppFrame>{children}</AppFrame>;
}
