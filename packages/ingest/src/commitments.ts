/**
 * Commitments: pledges by the parties ("will hold", "agreed to", "decided to", "pledged",
 * "vowed", "plan to", "s'engagent à", "ont convenu de"), with the due date the sentence gives
 * and the parties. "Will" only counts when an actor is its subject: "the two countries will
 * hold" is a pledge, "this cooperation will help" is a forecast.
 */
import type { Sentence } from "./sentence-splitter";

export interface CommitmentTrigger {
  trigger: string;
  /** Offset of the trigger in the text. */
  at: number;
  /** Text from the clause start to the trigger: who commits. */
  subject: string;
  subjectStart: number;
  strong: boolean;
}

const TRIGGERS_EN =
  /\b(?:(?<will>will(?!\s+(?:be|have|need|not|also\s+be|likely|probably|help|benefit|serve|enable|contribute|facilitate|bolster|allow|lead|pave|require|depend|remain|continue\s+to\s+be))\b)|agreed\s+to|agreed\s+on|decided\s+to|pledged(?:\s+to)?|vowed\s+to|promised\s+to|undertook\s+to|committed\s+to|commit\s+to|(?:are|is)\s+committed\s+to|(?<!\b(?:action|an?|the|this|that)\s)(?:plan|plans|planned|intend|intends)\s+to|announced\s+plans\s+to|(?:are|is)\s+set\s+to|(?:reaffirmed|reiterated|underlined|expressed|renewed|affirmed)\s+(?:their|her|his|its)\s+(?:\w+\s+)?commitment\s+to)\b/giu;
const TRIGGERS_FR =
  /(?<![\p{L}])(?:s['’]engagent\s+à|se\s+sont\s+engagés?\s+à|s['’]est\s+engagée?\s+à|s['’]engage\s+à|ont\s+convenu\s+de|conviennent\s+de|ont\s+décidé\s+de|ont\s+résolu\s+de|prévoient\s+de|entendent|comptent|vont|va|(?<fut>continuera|continueront|tiendra|tiendront|renforcera|renforceront|organisera|organiseront|lancera|lanceront|signera|signeront|établira|établiront|travaillera|travailleront|poursuivra|poursuivront|accueillera|accueilleront|collaborera|collaboreront|coopérera|coopéreront|élargira|élargiront|approfondira|approfondiront)|(?:ont\s+)?réaffirmé\s+(?:leur|son)\s+engagement\s+à)(?![\p{L}])/giu;

/** Openers of a clause that are not its subject ("Notably,", "In the critical minerals sector,"). */
function clauseSubject(sentenceText: string, triggerOffset: number): { subject: string; offset: number } {
  const head = sentenceText.slice(0, triggerOffset);
  const cut = Math.max(head.lastIndexOf(", "), head.lastIndexOf("; "), head.lastIndexOf(" -- "), head.lastIndexOf(" — "));
  const offset = cut >= 0 ? cut + 2 : 0;
  return { subject: head.slice(offset).trim(), offset };
}

/** Actors that can make a pledge. */
const AGENT =
  /^(?:(?:both|the\s+two|two|the|les\s+deux|les|ces|the\s+(?:foreign|defen[cs]e|trade)|their)\s+)?(?:(?:foreign\s+|defen[cs]e\s+|trade\s+)?(?:sides?|countries|nations|governments?|leaders?|ministers?|ministries|officials|parties|delegations|presidents?|prime\s+ministers?|diplomats|allies|partners|pays|parties|ministres|gouvernements|dirigeants|chefs)|they|we|ils|elles|nous|on|she|he|il|elle)(?:\s+(?:of|de|des|du)\s+.{0,60})?(?:\s+(?:also|further|jointly|each|both|together|aussi|également|ensemble|will))*$/iu;

export function findCommitmentTriggers(sentence: Sentence, lang: "en" | "fr", isActorSpan: (start: number, end: number) => boolean, isCountryAgent: (subject: string) => boolean): CommitmentTrigger[] {
  const out: CommitmentTrigger[] = [];
  const re = lang === "fr" ? new RegExp(TRIGGERS_FR.source, "giu") : new RegExp(TRIGGERS_EN.source, "giu");
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const { subject, offset } = clauseSubject(sentence.text, m.index);
    const subjectStart = sentence.start + offset;
    const clean = subject.replace(/\s+(?:have|has|had|are|is|were|was|also|ont|a|sont|est)$/iu, "").replace(/^(?:notably|additionally|furthermore|moreover|meanwhile|also|in addition|however|and|but|et|de plus|en outre|par ailleurs|enfin)\s*,?\s*/i, "").trim();
    const agent = AGENT.test(clean) || isCountryAgent(clean) || (clean.length > 0 && isActorSpan(subjectStart + subject.indexOf(clean), subjectStart + subject.length));
    if (!agent) continue;
    const weakWill = /^will$/i.test(m[0]) || !!m.groups?.fut || /^(?:vont|va)$/i.test(m[0]);
    out.push({ trigger: m[0], at: sentence.start + m.index, subject: clean, subjectStart, strong: !weakWill });
    break;
  }
  return out;
}
