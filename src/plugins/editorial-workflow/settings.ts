/**
 * How often published clinical content must be reviewed again: `config.custom.reviewCadenceMonths`
 * (the mental-health plugin's `reviewCadenceMonths` option), else REVIEW_CADENCE_MONTHS, else 12.
 */
export const reviewCadenceMonths = (custom?: Record<string, unknown>): number => {
  for (const candidate of [custom?.reviewCadenceMonths, process.env.REVIEW_CADENCE_MONTHS]) {
    const months = Number(candidate)
    if (Number.isInteger(months) && months > 0) return months
  }
  return 12
}

export const addMonths = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setUTCMonth(result.getUTCMonth() + months)
  return result
}
