import type { Check } from '../types.js'

const boilerplate: Check = {
  id: 'boilerplate',
  category: 'Other/Boilerplate',
  severity: 'neutral',
  needs: 'variant',
  description: 'Reports site chrome, captions, page stamps and machine-translation notices, which are set aside and never scored.',
  explanation:
    'Web copies carry lines that are not the story: breadcrumbs ("Home » World »"), share bars ("Share Print ' +
    'Email"), "Read also: …" links to other stories, photo captions and credits ("… (AFP)", "Photo: Jane Doe/AP"), ' +
    'comment forms, "Download our app" calls, tag lists, the page\'s date stamp, a title printed twice, a ' +
    'standfirst that repeats the lede, and notices that the page was machine-translated. The zone stage finds them ' +
    'by the features of each line — length, function words, link and credit wording, capitalised labels, dates ' +
    'with nothing else, position above the story, repetition in the page and across the bundle ' +
    '(src/zone/zone.ts, src/zone/chrome.ts) — and leaves them out of alignment, word counts and the score. This ' +
    'check lists them at severity neutral, each with the feature that decided, so an editor can see what was set ' +
    'aside and restore it if it was story text.',
  *run({ variant }) {
    for (const zone of variant.zones) {
      if (zone.kind !== 'boilerplate') continue
      const text = variant.doc.text.slice(zone.start, zone.end)
      const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text
      yield {
        message: `\`${shown}\` is set aside as boilerplate (${zone.why ?? 'site chrome'}); it is not scored.`,
        start: zone.start,
        end: zone.end,
      }
    }
  },
}
export default boilerplate
