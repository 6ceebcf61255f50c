// Loaded with `node --import` into a command the speed benchmark runs (speed-cold.ts): at exit, the process's
// own CPU time (user + system, all threads, start-up included) and peak resident memory, written as JSON to the
// file named by MTAUDIT_BENCH_USAGE. Nothing else: the command runs as a user runs it.
import { writeFileSync } from 'node:fs'

const file = process.env['MTAUDIT_BENCH_USAGE']
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }))
  })
}
