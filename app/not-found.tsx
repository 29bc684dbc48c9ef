import { AppFrame } from "@/components/layout/app-frame";

export default function NotFound() {
  return (
    <AppFrame>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p><a href="/">Go to the Front Door home page</a></p>
    </AppFrame>
  );
}
