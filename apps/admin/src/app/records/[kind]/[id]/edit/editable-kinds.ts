/** The kinds that have a record form. */
export const EDITABLE_KINDS = ["event", "agreement", "commitment", "person", "organization", "area"] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];
