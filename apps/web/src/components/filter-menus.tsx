/**
 * The timeline's filter menus. They offer every type, area, person, organisation and agreement that
 * published events have (hundreds of choices on a large record), and they are the same on every
 * request until the record changes. So each menu's choices are written out as HTML once per
 * language, kept beside the options they were made from, and a request only marks its chosen
 * value: rendering several hundred option elements again on every request was most of a filtered
 * timeline's cost.
 */
import { ENUM_LABELS, type EventFilterOptions, type Locale } from "@ties/domain";
import escapeHtml from "escape-html";
import { formatNumber, pick } from "../i18n/format";

export const MENUS = ["type", "area", "person", "organization", "agreement"] as const;
export type MenuName = (typeof MENUS)[number];

interface Choice {
  value: string;
  label: string;
  count: number;
}

/** Each menu's choices in the order shown, and each choice's option element. */
type MenuHtml = Record<MenuName, { choices: { value: string; text: string }[]; options: string[] }>;

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
    person: named(o.people),
    organization: byLabel(named(o.organizations)),
    agreement: named(o.agreements),
  };
}

function writeMenus(choices: Record<MenuName, Choice[]>, locale: Locale): MenuHtml {
  const out = {} as MenuHtml;
  for (const name of MENUS) {
    const shown = choices[name].map((c) => ({ value: c.value, text: `${c.label} (${formatNumber(c.count, locale)})` }));
    out[name] = { choices: shown, options: shown.map((c) => optionElement(c.value, c.text, false)) };
  }
  return out;
}

function optionElement(value: string, text: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected=""' : ""}>${escapeHtml(text)}</option>`;
}

/**
 * One labelled menu; the empty choice means "no filter"; each choice shows how many events it has.
 * A value the menu does not offer (an address from before the record changed) is still shown, chosen.
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
  if (props.value !== undefined && chosen < 0) head.push(optionElement(props.value, props.value, true));
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
