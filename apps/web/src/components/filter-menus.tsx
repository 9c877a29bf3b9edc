/**
 * The timeline's filter menus. They offer every type, area, person, organisation and agreement that
 * published events have (hundreds of choices on a large record), and they are the same on every
 * request until the record changes. So each menu's choices are written out as HTML once per
 * language, kept beside the options they were made from, and a request only marks its chosen
 * value: rendering several hundred option elements again on every request was most of a filtered
 * timeline's cost.
 *
 * The people, organisations and agreements menus offer the ones with the most events
 * (FILTER_MENU_CHOICES): at 100,000 events the people alone were two thirds of a filtered page.
 * Anyone else is reached from their own page ("All events with ..."), and a choice made there is
 * still shown chosen here.
 */
import { ENUM_LABELS, type EventFilterOptions, FILTER_MENU_CHOICES, type Locale, mostCounted } from "@ties/domain";
import escapeHtml from "escape-html";
import { formatNumber, pick } from "../i18n/format";

export const MENUS = ["type", "area", "person", "organization", "agreement"] as const;
export type MenuName = (typeof MENUS)[number];

const CUT_MENUS: readonly MenuName[] = ["person", "organization", "agreement"];

interface Choice {
  value: string;
  label: string;
  count: number;
}

/**
 * Each menu's choices in the order shown, each one's option element, and the text of every choice
 * the record has (shown or not, for a chosen one the menu does not offer).
 */
type MenuHtml = Record<MenuName, { choices: { value: string; text: string }[]; options: string[]; texts: Map<string, string> }>;

/** Kept per options object (the kept answer of `event.filterOptions`) and language. */
const kept = new WeakMap<EventFilterOptions, Map<Locale, MenuHtml>>();

function menuHtml(o: EventFilterOptions, locale: Locale): MenuHtml {
  let byLocale = kept.get(o);
  if (!byLocale) {
    byLocale = new Map();
    kept.set(o, byLocale);
  }
  let html = byLocale.get(locale);
  if (!html) {
    html = writeMenus(menuChoices(o, locale), locale);
    byLocale.set(locale, html);
  }
  return html;
}

function menuChoices(o: EventFilterOptions, locale: Locale): Record<MenuName, Choice[]> {
  const named = (list: EventFilterOptions["areas"]) =>
    list.map((x) => ({ value: x.value, label: pick(x.label, locale).text, count: x.count }));
  const collator = new Intl.Collator(locale);
  const byLabel = (list: Choice[]) => list.sort((a, b) => collator.compare(a.label, b.label));
  const types = ENUM_LABELS[locale].eventType;
  return {
    type: byLabel(o.types.map((x) => ({ value: x.value, label: types[x.value], count: x.count }))),
    area: byLabel(named(o.areas)),
    person: byLabel(named(o.people)),
    organization: byLabel(named(o.organizations)),
    agreement: byLabel(named(o.agreements)),
  };
}

/** The choices a menu offers: all of them, or for a long menu the ones with the most events, in the same order. */
const offered = (name: MenuName, all: Choice[]): Choice[] => (CUT_MENUS.includes(name) ? mostCounted(all) : all);

/** Whether any menu leaves choices out (the page then says how to reach them). */
export function menusCut(o: EventFilterOptions): boolean {
  return Math.max(o.people.length, o.organizations.length, o.agreements.length) > FILTER_MENU_CHOICES;
}

function writeMenus(choices: Record<MenuName, Choice[]>, locale: Locale): MenuHtml {
  const out = {} as MenuHtml;
  const text = (c: Choice) => `${c.label} (${formatNumber(c.count, locale)})`;
  for (const name of MENUS) {
    const shown = offered(name, choices[name]).map((c) => ({ value: c.value, text: text(c) }));
    out[name] = {
      choices: shown,
      options: shown.map((c) => optionElement(c.value, c.text, false)),
      texts: new Map(choices[name].map((c) => [c.value, text(c)])),
    };
  }
  return out;
}

function optionElement(value: string, text: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected=""' : ""}>${escapeHtml(text)}</option>`;
}

/**
 * One labelled menu; the empty choice means "no filter"; each choice shows how many events it has.
 * A value the menu does not offer (one of a long menu's rarer choices, or an address from before the
 * record changed) is still shown, chosen.
 */
export function FilterMenu(props: {
  options: EventFilterOptions;
  locale: Locale;
  name: MenuName;
  label: string;
  anyLabel: string;
  value: string | undefined;
}) {
  const menu = menuHtml(props.options, props.locale)[props.name];
  const chosen = props.value === undefined ? -1 : menu.choices.findIndex((c) => c.value === props.value);
  const head = [optionElement("", props.anyLabel, props.value === undefined)];
  if (props.value !== undefined && chosen < 0) head.push(optionElement(props.value, menu.texts.get(props.value) ?? props.value, true));
  let options = menu.options.join("");
  const choice = menu.choices[chosen];
  if (choice) {
    const marked = [...menu.options];
    marked[chosen] = optionElement(choice.value, choice.text, true);
    options = marked.join("");
  }
  return (
    <label>
      {props.label}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: every value and text is escaped by optionElement */}
      <select name={props.name} dangerouslySetInnerHTML={{ __html: head.join("") + options }} />
    </label>
  );
}
