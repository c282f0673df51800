/**
 * Runs batches that page by id two at a time: the next batch starts (and reads its rows) as soon as
 * the current one has read its own, so one batch's queries run in PostgreSQL while the other's
 * documents are analysed here. Results are handed to `onDone` as batches finish, not in order.
 */
export const runBatchesInPairs = async <T>(
  runBatch: (after: number, onRead: (lastId: number | null) => void) => Promise<T>,
  onDone: (result: T) => void,
): Promise<void> => {
  const running: Promise<void>[] = []
  let previous: Promise<void> = Promise.resolve()
  let after = 0
  try {
    for (;;) {
      let read!: (lastId: number | null) => void
      const lastRead = new Promise<number | null>((resolve) => (read = resolve))
      const finished = runBatch(after, read).then(onDone)
      running.push(finished)
      // Awaited below; until then a failure must not count as unhandled.
      finished.catch(() => {})
      const lastId = await Promise.race([lastRead, finished.then(() => null)])
      await previous
      previous = finished
      if (lastId === null) break
      after = lastId
    }
    await previous
  } catch (error) {
    // Let the other batch end (commit or roll back) before reporting.
    await Promise.allSettled(running)
    throw error
  }
}

/** Lets queued database work move on between slices of a long synchronous loop. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))
