/** The build date SOURCE_DATE_EPOCH fixes (reproducible builds), if it is set to a number. */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : undefined;
}
