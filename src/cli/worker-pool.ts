// Tasks run on a few lanes (worker threads, or this thread for --jobs 1) and their results handed on in the
// order the tasks came, whatever order they finish in. At most `window` tasks are taken and not yet handed on, so
// a feed of any length holds a bounded number of bundles and report parts in memory: a bundle that is slow to
// audit holds the others back rather than letting the finished ones pile up. The first failure stops every lane.
import type { Worker } from 'node:worker_threads'

/** One lane: runs one task at a time. */
export interface Lane<T, R> {
  run(task: T): Promise<R>
  /** stops the lane; a task it is running fails */
  close(): Promise<void>
}

/** A task failed: the task, and the error it failed with. */
export class TaskFailed<T> extends Error {
  constructor(
    readonly task: T,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

/** What a worker answers a task with: its result, or the error, said so the main thread can report it. */
export type WorkerAnswer = { readonly ok: unknown } | { readonly error: { readonly message: string; readonly stack: string; readonly where?: string } }

/** An error a worker answered with, as the main thread sees it. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly workerStack: string,
    readonly where?: string,
  ) {
    super(message)
  }
}

/**
 * Takes tasks in order and hands each result to `emit` in that order. Rejects with the first failure: a
 * TaskFailed for a task that failed, or the error `tasks` or `emit` threw; every lane is closed either way.
 */
export async function mapOrdered<T, R>(tasks: Iterator<T>, lanes: readonly Lane<T, R>[], window: number, emit: (result: R) => void): Promise<void> {
  let taken = 0
  let emitted = 0
  let exhausted = false
  let failure: { error: unknown } | undefined
  const finished = new Map<number, R>()
  let waiting: (() => void)[] = []
  const wakeAll = () => {
    const woken = waiting
    waiting = []
    for (const wake of woken) wake()
  }
  const fail = (error: unknown) => {
    if (failure === undefined) failure = { error }
    wakeAll()
    for (const lane of lanes) void lane.close()
  }
  const take = (): { task: T; index: number } | undefined => {
    if (failure !== undefined || exhausted) return undefined
    const next = tasks.next()
    if (next.done) {
      exhausted = true
      return undefined
    }
    return { task: next.value, index: taken++ }
  }
  const drive = async (lane: Lane<T, R>) => {
    for (;;) {
      while (taken - emitted >= window && failure === undefined) await new Promise<void>((wake) => waiting.push(wake))
      let item: { task: T; index: number } | undefined
      try {
        item = take()
      } catch (error) {
        return fail(error)
      }
      if (item === undefined) return
      let result: R
      try {
        result = await lane.run(item.task)
      } catch (error) {
        return fail(new TaskFailed(item.task, error))
      }
      if (failure !== undefined) return
      finished.set(item.index, result)
      try {
        for (let r = finished.get(emitted); finished.has(emitted); r = finished.get(emitted)) {
          finished.delete(emitted)
          emitted++
          emit(r!)
        }
      } catch (error) {
        return fail(error)
      }
      wakeAll()
    }
  }
  await Promise.all(lanes.map(drive))
  await Promise.all(lanes.map((lane) => lane.close()))
  if (failure !== undefined) throw failure.error
}

/** A lane that runs each task in this thread. */
export function inThisThread<T, R>(run: (task: T) => R): Lane<T, R> {
  return { run: async (task) => run(task), close: async () => {} }
}

/**
 * A lane that sends each task to a worker thread and waits for its WorkerAnswer. A worker that dies (an error
 * thrown outside a task, a crash) fails the task it was running. `spawn(true)` makes a worker held to a memory
 * budget (Worker's resourceLimits), which keeps the process's memory bounded; a task that needs more than the
 * budget (a bundle far larger than a news story) kills that worker with ERR_WORKER_OUT_OF_MEMORY, and is then run
 * again alone on a worker spawned without one (`spawn(false)`), after which the lane carries on within the budget.
 */
export function workerLane<T, R>(spawn: (budget: boolean) => Worker): Lane<T, R> {
  let closed = false
  let worker = oneWorker<T, R>(spawn(true))
  let roomy: ReturnType<typeof oneWorker<T, R>> | undefined
  return {
    run: async (task) => {
      try {
        return await worker.run(task)
      } catch (error) {
        if (closed || (error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error
      }
      roomy = oneWorker<T, R>(spawn(false))
      try {
        return await roomy.run(task)
      } finally {
        await roomy.close()
        roomy = undefined
        if (!closed) worker = oneWorker<T, R>(spawn(true))
      }
    },
    close: async () => {
      closed = true
      await Promise.all([worker.close(), roomy?.close()])
    },
  }
}

function oneWorker<T, R>(worker: Worker): Lane<T, R> {
  let current: { resolve: (r: R) => void; reject: (e: unknown) => void } | undefined
  let dead: Error | undefined
  const settle = (answer: (c: NonNullable<typeof current>) => void) => {
    const c = current
    current = undefined
    if (c) answer(c)
  }
  worker.on('message', (answer: WorkerAnswer) =>
    settle((c) => ('ok' in answer ? c.resolve(answer.ok as R) : c.reject(new WorkerError(answer.error.message, answer.error.stack, answer.error.where)))),
  )
  worker.on('error', (error) => {
    dead = error
    settle((c) => c.reject(error))
  })
  worker.on('exit', (code) => {
    dead ??= new Error(`the worker thread stopped (exit code ${code})`)
    settle((c) => c.reject(dead))
  })
  return {
    run: (task) =>
      new Promise<R>((resolve, reject) => {
        if (dead) return reject(dead)
        current = { resolve, reject }
        worker.postMessage(task)
      }),
    close: async () => {
      dead ??= new Error('the worker thread was stopped')
      await worker.terminate()
    },
  }
}
