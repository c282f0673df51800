import type { CollectionConfig } from 'payload'

/** Drafts, autosave and a bounded version history, shared by every editorial collection. */
export const contentVersions = ({ autosave = true }: { autosave?: boolean } = {}): CollectionConfig['versions'] => ({
  drafts: autosave ? { autosave: { interval: 2000 } } : true,
  maxPerDoc: 50,
})
