// The text the review draws for each sentence: the sentence and any text after it up to the next sentence, so
// nothing the segmenter left between sentences goes missing. 002's "…escalating tensions with China. ." is
// segmented as "…China." with " ." left over; drawn from the sentences alone it read `China«m:.»`, one stop,
// while the finding is about `. .`. With the leftover kept it reads `China«m:. .»`, the text as it is.
import type { AnalyzedDocument, Sentence } from '../../types.js'

const cache = new WeakMap<AnalyzedDocument, Sentence[]>()

/**
 * The document's sentences (same order, same indexes), each widened over the text up to the next sentence
 * (trailing white space left out); the first also takes any text before it. Every non-space character of the
 * document is then in exactly one of them, e.g. sentences "A." and "B." of "A. . B." → "A. ." and "B.".
 */
export function shownSentences(doc: AnalyzedDocument): Sentence[] {
  const hit = cache.get(doc)
  if (hit) return hit
  const text = doc.doc.text
  const byStart = [...doc.sentences].sort((a, b) => a.start - b.start)
  const widened = new Map<Sentence, Sentence>()
  byStart.forEach((sentence, i) => {
    const next = byStart[i + 1]?.start ?? text.length
    let end = Math.max(sentence.end, next)
    while (end > sentence.end && /\s/.test(text[end - 1] as string)) end--
    let start = sentence.start
    const before = i === 0 ? text.slice(0, sentence.start) : ''
    if (before.trim() !== '') start = before.length - before.trimStart().length
    widened.set(sentence, start === sentence.start && end === sentence.end ? sentence : { ...sentence, start, end, text: text.slice(start, end) })
  })
  const shown = doc.sentences.map((sentence) => widened.get(sentence) ?? sentence)
  cache.set(doc, shown)
  return shown
}
