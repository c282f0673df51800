/** How often published clinical content must be reviewed again (REVIEW_CADENCE_MONTHS, default 12). */
export const reviewCadenceMonths = (): number => {
  const months = Number(process.env.REVIEW_CADENCE_MONTHS)
  return Number.isInteger(months) && months > 0 ? months : 12
}

export const addMonths = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setUTCMonth(result.getUTCMonth() + months)
  return result
}
