import type { Metadata } from "next";
import { connection } from "next/server";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Rendered per request so its scripts carry the request's CSP nonce (a prerendered page has none).
export default async function SignInPage() {
  await connection();
  return (
    <>
      <h1>Sign in</h1>
      <p>Curators, editors and admins sign in with the email and password an admin gave them.</p>
      <SignInForm />
    </>
  );
}
