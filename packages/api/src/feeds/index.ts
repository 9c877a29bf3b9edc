export * from "./all-pages";
export * from "./atom";
export * from "./csv";
export * from "./icalendar";
export * from "./kept-file";
export * from "./open-data";
export * from "./sitemap";
