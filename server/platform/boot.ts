import { ConfigError, env } from "./config/env";
import { startBackgroundWorker } from "./jobs/background";

/**
 * Server start: validate configuration, stopping with a message that names each
 * bad variable, then start the background job worker.
 */
export function boot(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  startBackgroundWorker();
}
