/**
 * The shortcuts that spare the analysis engine a parse must not change what it finds. Some rest on
 * facts about the tagger's model (which words can be comparatives); these tests check those facts
 * against the model itself, so a model upgrade that breaks one fails here.
 */
import { createRequire } from 'module'
import { describe, expect, it } from 'vitest'

import { analyzeText } from '@/plugins/mental-health/analysis'
import { forgetRememberedSentences } from '@/plugins/mental-health/analysis/analyze'
import { NOT_COMPARATIVE_ER } from '@/plugins/mental-health/analysis/claims/rules'

const require = createRequire(import.meta.url)

/** The lemmas wink-nlp can give a word tagged ADJ or ADV (its.lemma: single lemma, else lemmatizer). */
const comparativeLemmas = () => {
  const model = require('wink-eng-lite-web-model')
  const Cache = require('wink-nlp/src/cache.js')
  const cache = Cache(model.core(), model.featureFn)
  return (word: string): string[] => {
    const index: number[] | null = cache.lookup(word)
    if (index && index.length > 1) return ['(contraction)']
    const normal = index ? cache.value(cache.normal(index[0])) : word.toLowerCase()
    if (index) {
      const mapped = cache.mappedSpelling(index[0])
      if (cache.property(mapped, 'isSLemma') === 1) return [cache.value(cache.property(mapped, 'lemma'))]
    }
    return [model.addons.lemmatize(normal, 'ADJ', cache), normal]
  }
}

describe('words that never raise the comparative trigger', () => {
  const lemmas = comparativeLemmas()
  const ruledOutByTheRule = new Set(['later', 'earlier', 'further', 'former'])

  it.each([...NOT_COMPARATIVE_ER].filter((word) => !ruledOutByTheRule.has(word)))(
    '"%s" keeps its own lemma, in any case',
    (word) => {
      for (const form of [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])
        for (const lemma of lemmas(form)) expect(lemma, form).toBe(word)
    },
  )

  it('knows the real comparatives', () => {
    for (const word of ['safer', 'calmer', 'deeper', 'lower']) expect(lemmas(word)).not.toEqual([word, word])
  })
})

describe('results do not depend on what was remembered', () => {
  it('finds the same in a text analysed cold and warm', () => {
    const text =
      'Our patients recover faster than at other centers. Every client feels better after two weeks. ' +
      'In 2023, 1,200 residents died, according to the county. Call (503) 555-0142 after 5:30 p.m.'
    forgetRememberedSentences()
    const cold = analyzeText(text)
    expect(analyzeText(text)).toEqual(cold)
    expect(cold.claims.length).toBeGreaterThan(0)
  })
})
