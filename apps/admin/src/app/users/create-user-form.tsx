"use client";
/** Creating an account; a password Ties made is shown here once, for the admin to hand over. */
import { ROLES } from "@ties/domain";
import { useActionState } from "react";
import { FieldError } from "../../components/field-error";
import { type CreateUserState, createUserAction } from "./actions";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, { status: "idle" });
  const fields = state.status === "failed" ? state.fields : {};
  const aria = (name: string) =>
    fields[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `new-user-${name}-error` } : {};
  return (
    <form action={action} className="record-form" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">Add a person</h2>
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input id="new-user-name" name="name" required maxLength={200} autoComplete="off" {...aria("name")} />
        <FieldError id="new-user-name-error" messages={fields.name} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">Email</label>
        <input id="new-user-email" name="email" type="email" required maxLength={200} autoComplete="off" {...aria("email")} />
        <FieldError id="new-user-email-error" messages={fields.email} />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" name="role" defaultValue="curator">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Password (optional)</label>
        <span id="new-user-password-hint" className="hint">
          At least 12 characters. Leave it empty and Ties makes a password, shown once, for you to hand over.
        </span>
        <input
          id="new-user-password"
          name="password"
          type="password"
          minLength={12}
          maxLength={200}
          autoComplete="new-password"
          aria-describedby={fields.password?.length ? "new-user-password-hint new-user-password-error" : "new-user-password-hint"}
          aria-invalid={fields.password?.length ? true : undefined}
        />
        <FieldError id="new-user-password-error" messages={fields.password} />
      </div>
      <div className="form-footer">
        {state.status === "failed" && (
          <p role="alert" className="error">
            {state.message}
          </p>
        )}
        <button type="submit" disabled={pending}>
          Create the account
        </button>
      </div>
      {state.status === "created" && (
        <output className="notice">
          Account created for {state.email}.
          {state.password && (
            <>
              {" "}
              Their password (shown only now): <code className="secret">{state.password}</code>
            </>
          )}
        </output>
      )}
    </form>
  );
}
