// usage: node harness.mjs CHECKID  — lists findings of one check on webdev: role, on-label, span, sentence
import { loadWebSet, scoredVariants } from '/work/wt/fluency/dist/bench/web.js'
import { DEFAULT_CONFIG } from '/work/wt/fluency/dist/src/config.js'
const id = process.argv[2]
const set = loadWebSet('/work/wt/shared/webdev')
const sv = scoredVariants(set, { ...DEFAULT_CONFIG, only: [id] })
let words = { mt: 0, native: 0 }, n = { mt: 0, native: 0 }, onl = 0
for (const v of sv) {
  words[v.role] = (words[v.role] ?? 0) + v.result.words
  const text = v.result.analyzed.doc.text
  const labels = set.labels.garbles.filter((g) => g.bundle === v.bundle && g.file === v.file)
  for (const f of v.result.findings) {
    if (f.severity === 'neutral') continue
    n[v.role]++
    const on = labels.filter((g) => { let at = text.indexOf(g.quote); while (at >= 0) { if (f.start < at + g.quote.length && at < f.end) return true; at = text.indexOf(g.quote, at + 1) } return false })
    if (on.length && v.role === 'mt') onl++
    const sent = v.result.analyzed.sentences[f.sentence ?? -1]?.text ?? ''
    console.log(`${v.role === 'mt' ? 'MT ' : 'NAT'} ${on.length ? 'L' : '-'} ${f.severity[0]} [${text.slice(f.start, f.end)}] ${f.message.slice(0, 60)} || ${sent.replace(/\n/g, ' ').slice(0, 220)}${on.length ? '  <<' + on[0].kind.slice(0, 60) : ''}  (${v.bundle.slice(0, 14)}/${v.file})`)
  }
}
console.log(`MT ${n.mt} (${(1000 * n.mt / words.mt).toFixed(2)}/kw, on label ${onl}), natives ${n.native} (${(1000 * n.native / words.native).toFixed(2)}/kw), words mt ${words.mt} nat ${words.native}`)
