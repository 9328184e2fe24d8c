/**
 * When the reader of our output goes away (`studyguide build | head -3`, a watch whose parent
 * process ended), writing to the pipe fails with EPIPE, which Node raises as an unhandled error
 * event: the command died with a stack trace in the middle of a build, its outputs half written.
 * Nobody is left to read the lines, so they are dropped and the command finishes its work, its
 * exit code as it would have been. Any other stream error is still thrown.
 */
export function keepGoingWhenPipesClose(streams: NodeJS.EventEmitter[] = [process.stdout, process.stderr]): void {
  for (const stream of streams)
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
      throw err;
    });
}
