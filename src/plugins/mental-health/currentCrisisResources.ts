import type { PayloadRequest } from 'payload'

/** The crisis resources as frontends show them: the current heading and lines of the global. */
export const currentCrisisResources = async (req: PayloadRequest) => {
  const global = await req.payload.findGlobal({ slug: 'crisis-resources', depth: 0, req, overrideAccess: true })
  return {
    heading: global.heading,
    resources: (global.resources ?? []).map(({ label, detail, href }) => ({ label, detail, href: href ?? null })),
  }
}
