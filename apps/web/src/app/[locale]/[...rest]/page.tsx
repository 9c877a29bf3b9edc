import { notFound } from "next/navigation";

/** Any other address under a language: the localized 404 page (with search) rather than Next's bare one. */
export default function Unknown() {
  notFound();
}
