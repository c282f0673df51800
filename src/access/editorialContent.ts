import type { CollectionConfig } from 'payload'

import { hasRole } from './hasRole'
import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * Access shared by articles, FAQs and testimonials. Content is archived rather than deleted, so only
 * admins delete. Who may move content between workflow states is decided by the workflow, not here.
 */
export const editorialContentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: hasRole('editor'),
  update: hasRole('editor', 'clinical-reviewer', 'compliance'),
  delete: isAdmin,
}
