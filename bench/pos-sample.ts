// A small hand-tagged sample of invented news English (Universal POS tags, one `word/TAG` per token, punctuation
// left out) for comparing part-of-speech taggers: native wire sentences, and the garble of machine translation
// the fluency check reads ("the figures shows", "who They pulled"), where a tagger that repairs the grammar in
// its head hides the error.
export const POS_SAMPLE: readonly string[] = [
  'The/DET minister/NOUN said/VERB on/ADP Monday/PROPN that/SCONJ talks/NOUN would/AUX resume/VERB next/ADJ week/NOUN',
  'Rescuers/NOUN pulled/VERB a/DET boy/NOUN from/ADP the/DET rubble/NOUN of/ADP a/DET collapsed/VERB building/NOUN',
  'Police/NOUN have/AUX arrested/VERB two/NUM men/NOUN in/ADP connection/NOUN with/ADP the/DET attack/NOUN',
  'The/DET storm/NOUN killed/VERB at/ADV least/ADV 40/NUM people/NOUN and/CCONJ left/VERB thousands/NOUN without/ADP power/NOUN',
  'Her/PRON party/NOUN won/VERB 151/NUM of/ADP the/DET 500/NUM seats/NOUN in/ADP the/DET lower/ADJ house/NOUN',
  'He/PRON was/AUX taken/VERB to/ADP hospital/NOUN where/SCONJ he/PRON died/VERB of/ADP his/PRON injuries/NOUN',
  'The/DET club/NOUN confirmed/VERB the/DET signing/NOUN in/ADP a/DET statement/NOUN on/ADP its/PRON website/NOUN',
  'Officials/NOUN fear/VERB the/DET toll/NOUN could/AUX rise/VERB as/SCONJ rescue/NOUN teams/NOUN search/VERB the/DET debris/NOUN',
  'It/PRON was/AUX the/DET worst/ADJ disaster/NOUN to/PART hit/VERB the/DET region/NOUN in/ADP decades/NOUN',
  'The/DET government/NOUN has/AUX promised/VERB to/PART rebuild/VERB every/DET home/NOUN that/PRON was/AUX destroyed/VERB',
  'Thousands/NOUN of/ADP people/NOUN marched/VERB through/ADP the/DET capital/NOUN to/PART protest/VERB against/ADP the/DET reform/NOUN',
  'She/PRON told/VERB reporters/NOUN she/PRON no/ADV longer/ADV had/VERB enough/ADJ in/ADP the/DET tank/NOUN',
  'The/DET court/NOUN found/VERB him/PRON guilty/ADJ on/ADP all/DET 34/NUM counts/NOUN',
  'Water/NOUN levels/NOUN rose/VERB quickly/ADV after/ADP two/NUM dams/NOUN burst/VERB',
  'The/DET figures/NOUN shows/VERB that/SCONJ the/DET damage/NOUN is/AUX very/ADV important/ADJ',
  'The/DET President/PROPN Macron/PROPN has/AUX defended/VERB his/PRON reform/NOUN since/ADP two/NUM weeks/NOUN',
  'The/DET 60/NUM years/NOUN old/ADJ man/NOUN was/AUX found/VERB under/ADP the/DET ruins/NOUN',
  'Fishermen/NOUN who/PRON They/PRON pulled/VERB out/ADP of/ADP the/DET sea/NOUN',
  'The/DET team/NOUN she/PRON has/AUX won/VERB her/PRON third/ADJ title/NOUN',
  'In/ADP the/DET next/ADJ days/NOUN the/DET rescuers/NOUN will/AUX continue/VERB the/DET searches/NOUN',
  'The/DET tank/NOUN is/AUX heavy/ADJ and/CCONJ he/PRON is/AUX considered/VERB the/DET best/ADJ',
  'Pressure/NOUN Improve/VERB Military/ADJ Aid/NOUN For/ADP Ukraine/PROPN',
  'The/DET mother/NOUN wait/VERB for/ADP news/NOUN of/ADP her/PRON children/NOUN',
  'They/PRON are/AUX expected/VERB to/PART vote/VERB later/ADV this/DET year/NOUN',
]
