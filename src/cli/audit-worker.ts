// The worker thread of `check --jobs N`: it loads the audit and the reporters (never the review's Ink and React),
// then audits each bundle it is sent, one at a time, and answers with the bundle's part of the report. A failure
// is answered as a message, not thrown, so the main thread can name the bundle that caused it.
import { parentPort, workerData } from 'node:worker_threads'
import { InputError } from '../errors.js'
import { settled, taskRunner, type Task, type TaskSetup } from './audit-task.js'
import type { WorkerAnswer } from './worker-pool.js'

const run = taskRunner(workerData as TaskSetup)
parentPort!.on('message', (task: Task) => {
  let answer: WorkerAnswer
  try {
    answer = { ok: settled(run(task)) }
  } catch (error) {
    const e = error as Error
    answer = { error: { message: e.message, stack: e.stack ?? '', ...(error instanceof InputError && { where: error.where }) } }
  }
  parentPort!.postMessage(answer)
})
