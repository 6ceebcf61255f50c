// The lanes of `check --jobs`: results handed on in task order whatever order they finish in, no more than the
// window taken ahead, and the first failure naming its task and stopping every lane (worker threads included).
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { inThisThread, mapOrdered, TaskFailed, workerLane, WorkerError, type Lane } from '../../src/cli/worker-pool.js'

/** A lane that answers each number after `delay(n)` ms with n squared, counting what it has in hand. */
function slowLane(delay: (n: number) => number, inFlight: { now: number; max: number }, closed: { count: number }): Lane<number, number> {
  return {
    run: (n) => {
      inFlight.now++
      inFlight.max = Math.max(inFlight.max, inFlight.now)
      return new Promise((resolve) =>
        setTimeout(() => {
          inFlight.now--
          resolve(n * n)
        }, delay(n)),
      )
    },
    close: async () => void closed.count++,
  }
}

// a worker speaking the audit worker's protocol: squares numbers, fails on 13 as the audit worker reports an error
const SQUARING_WORKER = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (n) => {
  if (n === 13) parentPort.postMessage({ error: { message: 'unlucky bundle', stack: 'Error: unlucky bundle\\n    at audit' } })
  else setTimeout(() => parentPort.postMessage({ ok: n * n }), (n * 7) % 5)
})
`

describe('mapOrdered', () => {
  it('hands results on in task order, with at most `window` tasks taken ahead', async () => {
    const taken: number[] = []
    let emitted = 0
    let maxAhead = 0
    const numbers = Array.from({ length: 40 }, (_, i) => i)
    const tasks = (function* () {
      for (const n of numbers) {
        taken.push(n)
        maxAhead = Math.max(maxAhead, taken.length - emitted)
        yield n
      }
    })()
    const inFlight = { now: 0, max: 0 }
    const closed = { count: 0 }
    const lanes = [0, 1, 2].map(() => slowLane((n) => (n % 7) * 3, inFlight, closed))
    const out: number[] = []
    await mapOrdered(tasks, lanes, 6, (r) => {
      out.push(r)
      emitted++
    })
    expect(out).toEqual(numbers.map((n) => n * n))
    expect(maxAhead).toBeLessThanOrEqual(6)
    expect(inFlight.max).toBe(3)
    expect(closed.count).toBe(3)
  })

  it('runs in this thread with one lane', async () => {
    const out: string[] = []
    await mapOrdered(['a', 'b'][Symbol.iterator](), [inThisThread((s: string) => s.toUpperCase())], 2, (r) => out.push(r))
    expect(out).toEqual(['A', 'B'])
  })

  it('fails with the first failing task, stops the other lanes and hands nothing on after it', async () => {
    const closed = { count: 0 }
    const failing: Lane<number, number> = {
      run: async (n) => {
        if (n === 5) throw new Error('boom')
        return n
      },
      close: async () => void closed.count++,
    }
    const out: number[] = []
    const error = await mapOrdered([1, 2, 3, 4, 5, 6, 7, 8][Symbol.iterator](), [failing, slowLane(() => 1, { now: 0, max: 0 }, closed)], 4, (r) => out.push(r)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskFailed)
    expect((error as TaskFailed<number>).task).toBe(5)
    expect(((error as TaskFailed<number>).cause as Error).message).toBe('boom')
    expect(out).not.toContain(6)
    expect(closed.count).toBeGreaterThanOrEqual(2)
  })

  it('passes on what reading the next task throws', async () => {
    const tasks = (function* () {
      yield 1
      throw new Error('cannot read line 2')
    })()
    await expect(mapOrdered(tasks, [inThisThread((n: number) => n)], 2, () => {})).rejects.toThrow('cannot read line 2')
  })
})

describe('workerLane', () => {
  it('runs tasks in worker threads; a failing task names itself and every worker is stopped', async () => {
    const workers: Worker[] = []
    const spawn = () => {
      const worker = new Worker(SQUARING_WORKER, { eval: true })
      workers.push(worker)
      return worker
    }
    const out: number[] = []
    await mapOrdered([1, 2, 3, 4, 5][Symbol.iterator](), [workerLane<number, number>(spawn), workerLane<number, number>(spawn)], 4, (r) => out.push(r))
    expect(out).toEqual([1, 4, 9, 16, 25])
    const numbers = Array.from({ length: 20 }, (_, i) => i + 1)
    const error = await mapOrdered(numbers[Symbol.iterator](), [workerLane<number, number>(spawn), workerLane<number, number>(spawn)], 4, () => {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskFailed)
    expect((error as TaskFailed<number>).task).toBe(13)
    expect((error as TaskFailed<number>).cause).toBeInstanceOf(WorkerError)
    expect(((error as TaskFailed<number>).cause as WorkerError).workerStack).toContain('at audit')
    // terminated: a worker's threadId is -1 once it has stopped
    expect(workers.map((w) => w.threadId)).toEqual(workers.map(() => -1))
  })

  it('runs a task again on a worker without a budget when it outgrows the budget, then goes on within it', async () => {
    // holds n MB of live arrays: 96 MB cannot fit a 24 MB heap
    const hungry = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', (n) => {
  const held = Array.from({ length: n }, () => new Array(131072).fill(n))
  parentPort.postMessage({ ok: held.length })
})
`
    const spawned: boolean[] = []
    const spawn = (budget: boolean) => {
      spawned.push(budget)
      return new Worker(hungry, { eval: true, ...(budget && { resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 } }) })
    }
    const out: number[] = []
    await mapOrdered([1, 96, 2][Symbol.iterator](), [workerLane<number, number>(spawn)], 2, (r) => out.push(r))
    expect(out).toEqual([1, 96, 2])
    expect(spawned).toEqual([true, false, true])
  }, 60_000)

  it('fails the task of a worker that dies', async () => {
    const lane = workerLane<number, number>(() => new Worker('process.exit(3)', { eval: true }))
    await expect(mapOrdered([1][Symbol.iterator](), [lane], 1, () => {})).rejects.toBeInstanceOf(TaskFailed)
  })
})

describe('how many workers `check` uses when not told', () => {
  it('audits a feed of a few stories in the main thread, and a feed of megabytes on as many workers as the cores hold', async () => {
    const { defaultJobs, PARALLEL_FROM } = await import('../../src/cli/check.js')
    expect(defaultJobs(600_000, 2)).toBe(1)
    expect(defaultJobs(PARALLEL_FROM - 1, 8)).toBe(1)
    // one audit thread keeps more than a core busy: two cores hold one, four hold three, eight six
    expect(defaultJobs(PARALLEL_FROM, 2)).toBe(1)
    expect(defaultJobs(20e6, 3)).toBe(2)
    expect(defaultJobs(20e6, 4)).toBe(3)
    expect(defaultJobs(20e6, 8)).toBe(6)
    expect(defaultJobs(20e6, 0)).toBe(1)
  })
})
