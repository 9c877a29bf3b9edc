import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import "./workbench.css";

export const metadata: Metadata = { title: { default: "Ties curation", template: "%s · Ties curation" }, robots: { index: false } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Ties <span>curation</span>
          </a>
          <nav aria-label="Curation" className="site-nav">
            <a href="/events">Events</a>
            <a href="/agreements">Agreements</a>
            <a href="/commitments">Commitments</a>
            <a href="/people">People</a>
            <a href="/organizations">Organisations</a>
            <a href="/areas">Areas</a>
            <a href="/sources">Sources</a>
            <a href="/claims">Claims</a>
            <a href="/sources/new">Add a source</a>
            <a href="/review">Review queue</a>
            <a href="/audit">Audit log</a>
            <a href="/users">Users</a>
            <a href="/import">Import</a>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
