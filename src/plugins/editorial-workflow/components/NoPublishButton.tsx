'use client'

/** Replaces Payload's Publish button on workflow collections: content goes live through the workflow panel only. */
export const NoPublishButton = () => null
