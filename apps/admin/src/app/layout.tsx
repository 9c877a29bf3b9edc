import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Ties curation", template: "%s · Ties curation" }, robots: { index: false } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Ties <span>curation</span>
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
