import { describe, expect, it } from 'vitest'

import { splitFrontMatter } from '@/import/frontMatter'
import { splitPost, type EditorStateLike } from '@/import/splitPost'

const text = (value: string) => ({ type: 'text', text: value })
const heading = (tag: string, value: string) => ({ type: 'heading', tag, children: [text(value)] })
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] })
const doc = (...children: object[]): EditorStateLike => ({
  root: { type: 'root', children } as EditorStateLike['root'],
})
const texts = (state: EditorStateLike) =>
  state.root.children.map((node) => (node.children?.[0] as { text: string }).text)

describe('splitPost', () => {
  it('takes the first level-1 heading as the title and removes it from the body', () => {
    const result = splitPost(doc(heading('h1', 'Title'), paragraph('Intro'), heading('h2', 'Part')))
    expect(result.title).toBe('Title')
    expect(texts(result.body)).toEqual(['Intro', 'Part'])
    expect(result.excerpt).toBe('Intro')
  })

  it('prefers a given title and keeps a different h1 in the body', () => {
    const result = splitPost(doc(heading('h1', 'Other'), paragraph('Intro')), { title: 'Given' })
    expect(result.title).toBe('Given')
    expect(texts(result.body)).toEqual(['Other', 'Intro'])
  })

  it('splits the FAQ section into questions and answers and ends it at the next section', () => {
    const result = splitPost(
      doc(
        heading('h1', 'T'),
        paragraph('Body'),
        heading('h2', 'Frequently Asked Questions'),
        heading('h3', 'Q1?'),
        paragraph('A1'),
        paragraph('A1 more'),
        heading('h3', 'Q2?'),
        paragraph('A2'),
        heading('h2', 'After'),
        paragraph('Tail'),
      ),
    )
    expect(result.faqs.map((faq) => [faq.question, texts(faq.answer)])).toEqual([
      ['Q1?', ['A1', 'A1 more']],
      ['Q2?', ['A2']],
    ])
    expect(texts(result.body)).toEqual(['Body', 'After', 'Tail'])
  })

  it('drops questions without an answer and finds no FAQs where there is no FAQ heading', () => {
    expect(splitPost(doc(heading('h2', 'FAQ'), heading('h3', 'Empty?'))).faqs).toEqual([])
    expect(splitPost(doc(heading('h2', 'Questions to ask your doctor'), paragraph('x'))).faqs).toEqual([])
  })

  it('cuts long excerpts at a word boundary', () => {
    const long = 'word '.repeat(100).trim()
    const { excerpt } = splitPost(doc(paragraph(long)))
    expect(excerpt!.length).toBeLessThanOrEqual(300)
    expect(excerpt!.endsWith('word…')).toBe(true)
  })
})

describe('splitFrontMatter', () => {
  it('reads key: value lines and strips quotes', () => {
    const { data, content } = splitFrontMatter('---\ntitle: "Hello: world"\nCategory: Blog\n---\n# Body\n')
    expect(data).toEqual({ title: 'Hello: world', category: 'Blog' })
    expect(content).toBe('# Body\n')
  })

  it('leaves documents without front matter alone', () => {
    expect(splitFrontMatter('# Just markdown')).toEqual({ data: {}, content: '# Just markdown' })
  })
})
