import type { Metadata } from "next";
import type { ReactNode } from "react";
import { site } from "../server/site";
import "./globals.css";

export function generateMetadata(): Metadata {
  const s = site();
  return {
    title: { default: `Ties: ${s.label}`, template: "%s · Ties" },
    description: `A public, source-cited record of the relationship between ${s.between}.`,
    alternates: { types: { "application/atom+xml": "/feeds/events.atom" } },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Ties <span>{site().label}</span>
          </a>
          <nav aria-label="Site" className="site-nav">
            <a href="/events">Timeline</a>
            <a href="/open-data">Open data</a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">Every fact is cited. Data under CC BY 4.0.</footer>
      </body>
    </html>
  );
}
