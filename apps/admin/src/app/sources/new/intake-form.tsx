"use client";

import { DATE_ORDERS, INTAKE_LANGUAGES, SOURCE_KINDS, ZPublishedBasis } from "@ties/domain";
import { useActionState, useRef } from "react";
import { FieldError } from "../../../components/field-error";
import { type IntakeState, intake } from "./actions";
import { datelineOf, languageOf, publisherOf, titleOf } from "./text-prefill";

const LANGUAGE_LABEL: Record<string, string> = { en: "English", fr: "French", ko: "Korean" };
const BASIS_LABEL: Record<string, string> = {
  stated: "Stated on the page",
  dateline: "From the dateline",
  url: "From the address",
  cited_by: "Cited by another source",
  inferred: "Inferred",
  unknown: "Unknown",
};
const ORDER_LABEL: Record<string, string> = { dmy: "Day-month-year", mdy: "Month-day-year", ymd: "Year-month-day" };

const initial: IntakeState = { values: {}, fields: {}, message: null, attempt: 0 };

/** The intake form: every field keeps what was typed when the API refuses it, with its message beside it. */
export function IntakeForm({ publishers }: { publishers: string[] }) {
  const [state, action, pending] = useActionState(intake, initial);
  const v = state.values;
  const err = (name: string) => state.fields[name];
  const title = useRef<HTMLInputElement>(null);
  const publisher = useRef<HTMLInputElement>(null);
  const publishedAt = useRef<HTMLInputElement>(null);
  const language = useRef<HTMLSelectElement>(null);
  const languageTouched = useRef(false);
  /** Fills the empty title, date and publisher from the top of the pasted text; every one stays editable. */
  const prefill = (text: string) => {
    const fill = (el: HTMLInputElement | null, value: string | null) => {
      if (el && !el.value && value) el.value = value;
    };
    fill(title.current, titleOf(text));
    fill(publishedAt.current, datelineOf(text));
    fill(publisher.current, publisherOf(text, publishers));
    const lang = languageOf(text);
    if (language.current && lang && !languageTouched.current) language.current.value = lang;
  };
  const described = (name: string) => (err(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="record-form" noValidate key={state.attempt}>
      {state.message && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      <label htmlFor="text">Text</label>
      <span className="hint">The title, date, publisher and language are filled from the top of the text when empty: check them.</span>
      <textarea id="text" name="text" rows={12} defaultValue={v.text} onChange={(e) => prefill(e.target.value)} {...described("text")} />
      <FieldError id="text-error" messages={err("text")} />
      <label htmlFor="file">Or upload a file (.txt, .md, .html)</label>
      <input
        id="file"
        name="file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        {...described("file")}
      />
      <FieldError id="file-error" messages={err("file")} />
      <label htmlFor="title">Title</label>
      <input id="title" name="title" ref={title} defaultValue={v.title} {...described("title")} />
      <FieldError id="title-error" messages={err("title")} />
      <label htmlFor="publisher">Publisher</label>
      <input id="publisher" name="publisher" ref={publisher} list="publishers" defaultValue={v.publisher} {...described("publisher")} />
      <datalist id="publishers">
        {publishers.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <FieldError id="publisher-error" messages={err("publisher")} />
      <label htmlFor="url">Address (URL)</label>
      <input id="url" name="url" type="url" defaultValue={v.url} {...described("url")} />
      <FieldError id="url-error" messages={err("url")} />
      <div className="form-row">
        <div>
          <label htmlFor="publishedAt">Publication date</label>
          <input
            id="publishedAt"
            name="publishedAt"
            ref={publishedAt}
            type="date"
            defaultValue={v.publishedAt}
            {...described("publishedAt")}
          />
          <FieldError id="publishedAt-error" messages={err("publishedAt")} />
        </div>
        <div>
          <label htmlFor="publishedBasis">How the date is known</label>
          <select id="publishedBasis" name="publishedBasis" defaultValue={v.publishedBasis || "stated"}>
            {ZPublishedBasis.options.map((b) => (
              <option key={b} value={b}>
                {BASIS_LABEL[b] ?? b}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div>
          <label htmlFor="language">Language</label>
          <select
            id="language"
            name="language"
            ref={language}
            defaultValue={v.language || "en"}
            onChange={() => {
              languageTouched.current = true;
            }}
          >
            {INTAKE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dateOrder">Publisher's date order</label>
          <select id="dateOrder" name="dateOrder" defaultValue={v.dateOrder ?? ""}>
            <option value="">Not known</option>
            {DATE_ORDERS.map((o) => (
              <option key={o} value={o}>
                {ORDER_LABEL[o]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind">Kind of source</label>
          <select id="kind" name="kind" defaultValue={v.kind || "official"}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Reading the source…" : "Add the source"}
      </button>
    </form>
  );
}
