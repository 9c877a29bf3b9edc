/** The share card for an event or agreement (Open Graph and Twitter), drawn by next/og at request time. */
import { ImageResponse } from "next/og";

export const SHARE_SIZE = { width: 1200, height: 630 };

export function shareImage({ kicker, title, footer }: { kicker: string; title: string; footer: string }) {
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: 72,
        background: "#fbfaf7",
        color: "#1b1d21",
        borderTop: "24px solid #1f3a5f",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#5b6270" }}>{kicker}</div>
      <div style={{ display: "flex", fontSize: title.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#1f3a5f" }}>
        <span>Ties</span>
        <span>{footer}</span>
      </div>
    </div>,
    SHARE_SIZE,
  );
}
