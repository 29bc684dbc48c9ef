/**
 * Runs once when a server process starts: validate configuration (stopping with a
 * message that names each bad variable) and start the background job worker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, ConfigError } = await import("./server/config/env");
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { startBackgroundWorker } = await import("./server/jobs/background");
  startBackgroundWorker();
}
