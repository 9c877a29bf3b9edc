/** Cooperation areas: a small hierarchical taxonomy. */
import { z } from "zod";
import { ZLocalizedLine, ZSlug, zText } from "./common";

export const ZArea = z.object({
  slug: ZSlug,
  name: ZLocalizedLine,
  parentSlug: ZSlug.nullable().default(null),
  description: zText().optional(),
});
export type Area = z.infer<typeof ZArea>;

/** The taxonomy every deployment starts with. */
export const AREA_TAXONOMY: Area[] = [
  { slug: "security-defence", name: { en: "Security and defence", fr: "Sécurité et défense", ko: "안보·국방" }, parentSlug: null },
  { slug: "maritime", name: { en: "Maritime", fr: "Maritime", ko: "해양" }, parentSlug: "security-defence" },
  { slug: "economy-trade", name: { en: "Economy and trade", fr: "Économie et commerce", ko: "경제·통상" }, parentSlug: null },
  {
    slug: "critical-minerals",
    name: { en: "Critical minerals and supply chains", fr: "Minéraux critiques et chaînes d'approvisionnement", ko: "핵심광물·공급망" },
    parentSlug: "economy-trade",
  },
  { slug: "energy", name: { en: "Energy", fr: "Énergie", ko: "에너지" }, parentSlug: null },
  { slug: "climate", name: { en: "Climate", fr: "Climat", ko: "기후" }, parentSlug: null },
  { slug: "technology", name: { en: "Technology", fr: "Technologie", ko: "기술" }, parentSlug: null },
  { slug: "health", name: { en: "Health", fr: "Santé", ko: "보건" }, parentSlug: null },
  {
    slug: "culture-people",
    name: { en: "Culture and people-to-people", fr: "Culture et liens entre les peuples", ko: "문화·인적교류" },
    parentSlug: null,
  },
  { slug: "human-rights", name: { en: "Human rights", fr: "Droits de la personne", ko: "인권" }, parentSlug: null },
  { slug: "north-korea", name: { en: "North Korea", fr: "Corée du Nord", ko: "북한" }, parentSlug: "security-defence" },
  { slug: "multilateral-order", name: { en: "Multilateral order", fr: "Ordre multilatéral", ko: "다자 질서" }, parentSlug: null },
  { slug: "arctic", name: { en: "Arctic", fr: "Arctique", ko: "북극" }, parentSlug: null },
  { slug: "development", name: { en: "Development", fr: "Développement", ko: "개발협력" }, parentSlug: null },
].map((a) => ZArea.parse(a));
