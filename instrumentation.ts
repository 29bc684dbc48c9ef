/** Runs once when a server process starts; the Node.js part lives in server/platform/boot.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./server/platform/boot");
    boot();
  }
}
