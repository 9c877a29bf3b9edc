/** English names of the record's enumerations, for pages and feeds; typed so a new value cannot go unnamed. */
import type { AgreementAction, AgreementKind, MilestoneKind } from "./agreement";
import type { AgreementStatus } from "./agreement-status";
import type { CommitmentResolution, CommitmentStatus } from "./commitment";
import type { OrganizationKind } from "./organization";
import type { Locale } from "./partial-date";
import type { EventType } from "./plover";
import { type ClaimVerdict, GRADE_LABELS, type PublishedBasis, type SourceGrade, type SourceKind } from "./source";

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  meeting: "Meeting",
  visit: "Visit",
  summit: "Summit",
  dialogue_round: "Dialogue round",
  phone_call: "Phone call",
  joint_statement: "Joint statement",
  signing: "Signing",
  exercise: "Exercise",
  commemoration: "Commemoration",
  other: "Other",
};

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus, string> = {
  none: "No milestone yet",
  proposed: "Proposed",
  negotiating: "In negotiation",
  concluded: "Concluded",
  signed: "Signed",
  ratified: "Ratified",
  in_force: "In force",
  suspended: "Suspended",
  terminated: "Terminated",
};

export const MILESTONE_LABEL: Record<MilestoneKind, string> = {
  proposed: "Proposed",
  negotiations_launched: "Negotiations launched",
  concluded: "Concluded",
  signed: "Signed",
  ratified: "Ratified",
  in_force: "In force",
  amended: "Amended",
  suspended: "Suspended",
  terminated: "Terminated",
};

export const AGREEMENT_KIND_LABEL: Record<AgreementKind, string> = {
  treaty: "Treaty",
  fta: "Free trade agreement",
  mou: "Memorandum of understanding",
  strategic_partnership: "Strategic partnership",
  action_plan: "Action plan",
  security_of_information: "Security of information agreement",
  mechanism: "Dialogue mechanism",
  joint_statement: "Joint statement",
  other: "Agreement",
};

export const COMMITMENT_STATUS_LABEL: Record<CommitmentStatus, string> = {
  not_yet_due: "Not yet due",
  in_progress: "In progress",
  fulfilled: "Fulfilled",
  overdue: "Overdue",
  abandoned: "Abandoned",
  superseded: "Superseded",
};

export const VERDICT_LABEL: Record<ClaimVerdict, string> = {
  supported: "Supported",
  disputed: "Disputed",
  false: "False",
  unverified: "Unverified",
};

/**
 * The same enumerations in each interface language. `Record<...>` types make a missing value or a
 * missing language a compile error, so no page ever falls back to showing a raw code.
 */
export interface EnumLabels {
  eventType: Record<EventType, string>;
  agreementStatus: Record<AgreementStatus, string>;
  milestone: Record<MilestoneKind, string>;
  agreementKind: Record<AgreementKind, string>;
  agreementAction: Record<AgreementAction, string>;
  commitmentStatus: Record<CommitmentStatus, string>;
  commitmentResolution: Record<CommitmentResolution, string>;
  verdict: Record<ClaimVerdict, string>;
  grade: Record<SourceGrade, string>;
  organizationKind: Record<OrganizationKind, string>;
  sourceKind: Record<SourceKind, string>;
  publishedBasis: Record<PublishedBasis, string>;
}

const AGREEMENT_ACTION_EN: Record<AgreementAction, string> = {
  proposed: "Proposed",
  launched: "Launched",
  negotiations_launched: "Negotiations launched",
  concluded: "Concluded",
  signed: "Signed",
  ratified: "Ratified",
  entered_into_force: "Entered into force",
  adopted: "Adopted",
  reaffirmed: "Reaffirmed",
  extended: "Extended",
  amended: "Amended",
  terminated: "Terminated",
};

export const ENUM_LABELS: Record<Locale, EnumLabels> = {
  en: {
    eventType: EVENT_TYPE_LABEL,
    agreementStatus: AGREEMENT_STATUS_LABEL,
    milestone: MILESTONE_LABEL,
    agreementKind: AGREEMENT_KIND_LABEL,
    agreementAction: AGREEMENT_ACTION_EN,
    commitmentStatus: COMMITMENT_STATUS_LABEL,
    commitmentResolution: { in_progress: "In progress", fulfilled: "Fulfilled", abandoned: "Abandoned", superseded: "Superseded" },
    verdict: VERDICT_LABEL,
    grade: GRADE_LABELS,
    organizationKind: {
      government: "Government",
      ministry: "Ministry",
      agency: "Agency",
      legislature: "Legislature",
      military: "Armed forces",
      multilateral: "Multilateral body",
      media: "Media outlet",
      think_tank: "Think tank",
      company: "Company",
      other: "Organisation",
    },
    sourceKind: { official: "Official release", news: "News report", analysis: "Analysis", dataset: "Dataset", other: "Other document" },
    publishedBasis: {
      stated: "stated in the document",
      dateline: "from the dateline",
      url: "from the web address",
      cited_by: "from a source citing it",
      inferred: "inferred by the curators",
      unknown: "not known",
    },
  },
  fr: {
    eventType: {
      meeting: "Rencontre",
      visit: "Visite",
      summit: "Sommet",
      dialogue_round: "Cycle de dialogue",
      phone_call: "Entretien téléphonique",
      joint_statement: "Déclaration commune",
      signing: "Signature",
      exercise: "Exercice",
      commemoration: "Commémoration",
      other: "Autre",
    },
    agreementStatus: {
      none: "Aucune étape encore",
      proposed: "Proposé",
      negotiating: "En négociation",
      concluded: "Conclu",
      signed: "Signé",
      ratified: "Ratifié",
      in_force: "En vigueur",
      suspended: "Suspendu",
      terminated: "Dénoncé",
    },
    milestone: {
      proposed: "Proposition",
      negotiations_launched: "Ouverture des négociations",
      concluded: "Conclusion",
      signed: "Signature",
      ratified: "Ratification",
      in_force: "Entrée en vigueur",
      amended: "Modification",
      suspended: "Suspension",
      terminated: "Dénonciation",
    },
    agreementKind: {
      treaty: "Traité",
      fta: "Accord de libre-échange",
      mou: "Protocole d’entente",
      strategic_partnership: "Partenariat stratégique",
      action_plan: "Plan d’action",
      security_of_information: "Accord sur la sécurité de l’information",
      mechanism: "Mécanisme de dialogue",
      joint_statement: "Déclaration commune",
      other: "Accord",
    },
    agreementAction: {
      proposed: "Proposé",
      launched: "Lancé",
      negotiations_launched: "Négociations ouvertes",
      concluded: "Conclu",
      signed: "Signé",
      ratified: "Ratifié",
      entered_into_force: "Entré en vigueur",
      adopted: "Adopté",
      reaffirmed: "Réaffirmé",
      extended: "Prolongé",
      amended: "Modifié",
      terminated: "Dénoncé",
    },
    commitmentStatus: {
      not_yet_due: "Pas encore échu",
      in_progress: "En cours",
      fulfilled: "Tenu",
      overdue: "En retard",
      abandoned: "Abandonné",
      superseded: "Remplacé",
    },
    commitmentResolution: { in_progress: "En cours", fulfilled: "Tenu", abandoned: "Abandonné", superseded: "Remplacé" },
    verdict: { supported: "Étayé", disputed: "Contesté", false: "Faux", unverified: "Non vérifié" },
    grade: {
      A: "Entièrement fiable",
      B: "Généralement fiable",
      C: "Assez fiable",
      D: "Généralement peu fiable",
      E: "Non fiable",
      F: "Fiabilité impossible à évaluer",
    },
    organizationKind: {
      government: "Gouvernement",
      ministry: "Ministère",
      agency: "Organisme public",
      legislature: "Parlement",
      military: "Forces armées",
      multilateral: "Organisation multilatérale",
      media: "Média",
      think_tank: "Centre de réflexion",
      company: "Entreprise",
      other: "Organisation",
    },
    sourceKind: {
      official: "Communiqué officiel",
      news: "Article de presse",
      analysis: "Analyse",
      dataset: "Jeu de données",
      other: "Autre document",
    },
    publishedBasis: {
      stated: "indiquée dans le document",
      dateline: "d’après la ligne de date",
      url: "d’après l’adresse web",
      cited_by: "d’après une source qui le cite",
      inferred: "déduite par les curateurs",
      unknown: "inconnue",
    },
  },
  ko: {
    eventType: {
      meeting: "회담",
      visit: "방문",
      summit: "정상회담",
      dialogue_round: "정례 대화",
      phone_call: "전화 통화",
      joint_statement: "공동성명",
      signing: "서명",
      exercise: "훈련",
      commemoration: "기념행사",
      other: "기타",
    },
    agreementStatus: {
      none: "진행 단계 없음",
      proposed: "제안됨",
      negotiating: "협상 중",
      concluded: "타결",
      signed: "서명",
      ratified: "비준",
      in_force: "발효",
      suspended: "중단",
      terminated: "종료",
    },
    milestone: {
      proposed: "제안",
      negotiations_launched: "협상 개시",
      concluded: "타결",
      signed: "서명",
      ratified: "비준",
      in_force: "발효",
      amended: "개정",
      suspended: "중단",
      terminated: "종료",
    },
    agreementKind: {
      treaty: "조약",
      fta: "자유무역협정",
      mou: "양해각서",
      strategic_partnership: "전략적 동반자 관계",
      action_plan: "행동계획",
      security_of_information: "정보보호협정",
      mechanism: "대화 협의체",
      joint_statement: "공동성명",
      other: "협정",
    },
    agreementAction: {
      proposed: "제안",
      launched: "출범",
      negotiations_launched: "협상 개시",
      concluded: "타결",
      signed: "서명",
      ratified: "비준",
      entered_into_force: "발효",
      adopted: "채택",
      reaffirmed: "재확인",
      extended: "연장",
      amended: "개정",
      terminated: "종료",
    },
    commitmentStatus: {
      not_yet_due: "기한 전",
      in_progress: "이행 중",
      fulfilled: "이행 완료",
      overdue: "기한 초과",
      abandoned: "폐기",
      superseded: "대체됨",
    },
    commitmentResolution: { in_progress: "이행 중", fulfilled: "이행 완료", abandoned: "폐기", superseded: "대체됨" },
    verdict: { supported: "사실", disputed: "논란", false: "거짓", unverified: "미확인" },
    grade: {
      A: "완전히 신뢰할 수 있음",
      B: "대체로 신뢰할 수 있음",
      C: "어느 정도 신뢰할 수 있음",
      D: "대체로 신뢰하기 어려움",
      E: "신뢰할 수 없음",
      F: "신뢰도를 판단할 수 없음",
    },
    organizationKind: {
      government: "정부",
      ministry: "부처",
      agency: "정부 기관",
      legislature: "의회",
      military: "군",
      multilateral: "다자 기구",
      media: "언론사",
      think_tank: "싱크탱크",
      company: "기업",
      other: "기관",
    },
    sourceKind: { official: "공식 발표", news: "언론 보도", analysis: "분석", dataset: "데이터셋", other: "기타 문서" },
    publishedBasis: {
      stated: "문서에 명시됨",
      dateline: "기사 발신일 기준",
      url: "웹 주소 기준",
      cited_by: "인용한 출처 기준",
      inferred: "큐레이터 추정",
      unknown: "알 수 없음",
    },
  },
};
