/** The kinds that have a record form. */
export const EDITABLE_KINDS = ["event", "agreement", "commitment", "person", "organization"] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];
