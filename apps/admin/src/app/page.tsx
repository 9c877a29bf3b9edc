import { connection } from "next/server";
import { redirect } from "next/navigation";
import { serverApi } from "../server/services";

export default async function Dashboard() {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const { items } = await api.event.list({ limit: 10 });
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p>
        Signed in as {user.email} ({user.role}).
      </p>
      <h2>Latest published events</h2>
      <ul>
        {items.map((e) => (
          <li key={e.id}>
            {e.date}: {e.title.en}
          </li>
        ))}
      </ul>
      <form action="/sign-out" method="post">
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
