/**
 * What Ctrl-C (SIGINT, or SIGTERM) does during an ingest: the first asks the run to stop cleanly
 * (the articles already extracted are committed and a checkpoint saved); the second quits at once.
 */
export interface InterruptActions {
  /** The run was asked to stop: tell the user it is stopping. */
  stopping(): void;
  /** Asked again: leave now. */
  quit(): void;
}

/** A signal listener that aborts `controller` the first time, and quits the second. */
export function interruptListener(controller: AbortController, actions: InterruptActions): () => void {
  return () => {
    if (controller.signal.aborted) return actions.quit();
    controller.abort();
    actions.stopping();
  };
}
