import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <p>Curators, editors and admins sign in with the email and password an admin gave them.</p>
      <SignInForm />
    </>
  );
}
