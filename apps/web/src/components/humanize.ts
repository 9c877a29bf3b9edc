/** An enumeration value as words ("negotiations_launched" -> "negotiations launched"). */
export const humanize = (s: string) => s.replace(/_/g, " ");
