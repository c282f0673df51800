/** A draft nobody wrote in: no title, and never saved after it was created. */
export const isUntouched = (doc: Record<string, unknown>, titleField: string) =>
  !doc[titleField] &&
  Math.abs(new Date(String(doc.updatedAt)).getTime() - new Date(String(doc.createdAt)).getTime()) < 5_000
