import type { Flash } from "../server/flash";

/** The notice a form action left: a status message, or an alert for an error. */
export function Notice({ flash }: { flash: Flash | null }) {
  if (!flash) return null;
  return flash.kind === "error" ? (
    <p role="alert" className="error">
      {flash.text}
    </p>
  ) : (
    <output className="notice">{flash.text}</output>
  );
}
