import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ties: Korea–Canada", template: "%s · Ties" },
  description: "A public, source-cited record of the relationship between the Republic of Korea and Canada.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/" className="brand">
            Ties <span>Korea–Canada</span>
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">Every fact is cited. Data under CC BY 4.0.</footer>
      </body>
    </html>
  );
}
