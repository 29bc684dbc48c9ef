import { AppFrame } from "@/components/layout/app-frame";

export default function Forbidden() {
  return (
    <AppFrame>
      <h1>You do not have access to this page</h1>
      <p>Your role does not include this part of the booking centre. Ask your administrator if you need it.</p>
      <p><a href="/staff">Go to the booking centre home</a></p>
    </AppFrame>
  );
}
