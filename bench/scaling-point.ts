// One point of the scaling bench (bench/scaling.ts) in a process of its own: reads the variants and the reference
// from the JSON file named on the command line, prints the CPU seconds of audit() and the JSON report.
import { readFileSync } from 'node:fs'
import { secondsFor } from './scaling.js'

const { texts, reference } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { texts: string[]; reference: string | null }
console.log(secondsFor(texts, reference))
