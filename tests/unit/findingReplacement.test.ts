import { describe, expect, it } from 'vitest'

import { DEFAULT_LEXICON } from '@/plugins/mental-health/analysis/lexicon'
import { replacementFor } from '@/plugins/mental-health/components/highlights/replacement'

describe('one-click replacements for language findings', () => {
  it('offers a plain better wording, never advice or alternatives', () => {
    expect(replacementFor('person who uses drugs')).toBe('person who uses drugs')
    expect(replacementFor('died by suicide')).toBe('died by suicide')
    expect(replacementFor('describe the behavior instead')).toBeNull()
    expect(replacementFor('tested negative / tested positive')).toBeNull()
    expect(replacementFor('substance use; "substance use disorder" when diagnostic')).toBeNull()
    expect(replacementFor("don't use diagnoses as metaphors")).toBeNull()
    expect(replacementFor('person in (long-term) recovery')).toBeNull()
  })

  it('has a replacement for some rules of the lexicon and advice for others', () => {
    const offered = DEFAULT_LEXICON.filter((entry) => replacementFor(entry.suggestion))
    expect(offered.length).toBeGreaterThan(3)
    expect(offered.length).toBeLessThan(DEFAULT_LEXICON.length)
  })
})
