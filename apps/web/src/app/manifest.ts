import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Ties: a source-cited record of a bilateral relationship",
    short_name: "Ties",
    start_url: "/",
    display: "browser",
    background_color: "#fbfaf7",
    theme_color: "#1f3a5f",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
