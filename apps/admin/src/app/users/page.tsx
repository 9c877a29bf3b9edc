import { ROLES } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "../../components/notice";
import { readFlash } from "../../server/flash";
import { serverApi } from "../../server/services";
import { changeRole, disableUser, enableUser } from "./actions";
import { CreateUserForm } from "./create-user-form";
import "../editorial.css";

export const metadata: Metadata = { title: "Users and roles" };

type Props = { searchParams: Promise<{ notice?: string | string[]; cursor?: string | string[] }> };

/** Admins: everyone who can sign in, their roles, and disabling an account for good. */
export default async function UsersPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  if (user.role !== "admin") {
    return (
      <>
        <h1>Users and roles</h1>
        <p role="alert" className="error">
          Only admins manage users and roles.
        </p>
      </>
    );
  }
  const sp = await searchParams;
  const cursor = typeof sp.cursor === "string" ? sp.cursor.slice(0, 200) : undefined;
  const page = await api.user.list({ limit: 50, cursor }).catch(() => api.user.list({ limit: 50 }));
  const flash = readFlash(sp.notice);
  return (
    <>
      <h1>Users and roles</h1>
      <p>Curators draft, editors review, publish and judge sources and claims, admins also manage people.</p>
      <Notice flash={flash} />
      <CreateUserForm />
      <h2>People</h2>
      <ul className="user-list">
        {page.items.map((u) => {
          const self = u.id === user.id;
          return (
            <li key={u.id} className="user-card">
              <h3>
                {u.name} {self && <span className="badge">you</span>}
                {u.banned && <span className="badge is-rejected">disabled</span>}
              </h3>
              <p className="facts">
                {u.email} · {u.role} · since <time dateTime={u.createdAt}>{u.createdAt.slice(0, 10)}</time>
                {u.banned && u.banReason ? ` · ${u.banReason}` : ""}
              </p>
              {!self && (
                <div className="user-actions">
                  <form action={changeRole} className="decision">
                    <input type="hidden" name="userId" value={u.id} />
                    <label>
                      Role{" "}
                      <select name="role" defaultValue={u.role} aria-label={`Role of ${u.name}`}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button type="submit" aria-label={`Change role of ${u.name}`}>
                      Change role
                    </button>
                  </form>
                  {u.banned ? (
                    <form action={enableUser} className="decision">
                      <input type="hidden" name="userId" value={u.id} />
                      <button type="submit" aria-label={`Enable ${u.name}`}>
                        Enable
                      </button>
                    </form>
                  ) : (
                    <form action={disableUser} className="decision">
                      <input type="hidden" name="userId" value={u.id} />
                      <label>
                        Reason <input name="reason" maxLength={500} aria-label={`Reason for disabling ${u.name}`} />
                      </label>
                      <button type="submit" aria-label={`Disable ${u.name}`}>
                        Disable
                      </button>
                    </form>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {page.nextCursor && (
        <p>
          <a href={`/users?cursor=${encodeURIComponent(page.nextCursor)}`}>Next page</a>
        </p>
      )}
    </>
  );
}
