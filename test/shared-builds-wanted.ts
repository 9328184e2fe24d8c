/**
 * Whether a run makes the e2e setup's shared builds (test/global-setup.ts): only when one of its
 * files waits for them. A run of one e2e file, or of the unit files, made them for nothing: about
 * 20 s of CPU beside the test. The order (test/slow-first.ts) is what sees the run's files, after
 * the setup has started: it asks through here. Kept on globalThis: the config's sequencer and the
 * setup are loaded apart, as two copies of this module, in the one process.
 */
export interface SharedBuildsStarter {
  /** Makes the builds (once), or, while none are made, records that none were wanted. */
  start(wanted: boolean): void;
  /** Settles when what was started has ended. */
  done(): Promise<void>;
}

const shared = globalThis as { studyguideSharedBuilds?: SharedBuildsStarter };

/** The setup offers its builds (undefined: withdraws them). */
export function offerSharedBuilds(starter: SharedBuildsStarter | undefined): void {
  shared.studyguideSharedBuilds = starter;
}

/** The order asks for the builds when a file of the run waits for them; no-op without an e2e setup. */
export function wantSharedBuilds(wanted: boolean): void {
  shared.studyguideSharedBuilds?.start(wanted);
}

/**
 * A starter that runs `build` the first time the builds are wanted, and `skip` (writing down that
 * none were made, so a file that waits anyway fails at once) when a run wants none before that.
 */
export function sharedBuildsStarter(build: () => Promise<void>, skip: () => Promise<void>): SharedBuildsStarter {
  let built: Promise<void> | undefined;
  let skipped: Promise<void> | undefined;
  return {
    start(wanted) {
      if (built) return;
      if (wanted) built = (skipped ?? Promise.resolve()).then(build);
      else skipped ??= skip();
    },
    done: () => built ?? skipped ?? Promise.resolve(),
  };
}
