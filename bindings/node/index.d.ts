// The types of `presslight` (npm): the schema of `presslight analyze`.

/** Where a finding is in the text: `start` and `end` count code points by default, or UTF-16
 * code units with `{ offsets: "utf16" }` (then `text.slice(start, end)` is the finding). */
export interface Span {
  start: number;
  end: number;
  /** The text of the span, as in the article. */
  text: string;
}

export interface Entity extends Span {
  kind: "person" | "organization" | "place";
  /** The canonical name that all mentions of one referent share. */
  entity: string;
}

export interface Speaker extends Span {
  /** The entity the mention (maybe a pronoun) resolves to. */
  entity: string | null;
}

export interface Quote extends Span {
  /** `speech`: someone's words; `term`: scare quotes, titles, a word mentioned. */
  kind: "speech" | "term";
  speaker: Speaker | null;
}

export interface Figure extends Span {
  kind: "number" | "ordinal" | "percent" | "money" | "quantity" | "date" | "time" | "duration";
  /** A number, `[low, high]` for a range, an ISO 8601 string for dates, times and durations,
   * or null when vague ("dozens"). */
  value: number | [number, number] | string | null;
  /** An ISO 4217 code for money, a unit name for quantities. */
  unit: string | null;
  /** What a number counts ("500 drones"), when the text says. */
  counts?: string;
}

export interface Analysis {
  /** The article's date (given, or read from a dateline), YYYY-MM-DD. */
  date: string | null;
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
}

export interface Options {
  /** The article's date, YYYY-MM-DD: resolves "on Sunday", "last week". */
  date?: string | null;
  /** "codepoints" (default, as the CLI) or "utf16" (ready for String.prototype.slice). */
  offsets?: "codepoints" | "utf16";
}

/** Analyses one article. Throws TypeError when text is not a string, an Error for a bad date. */
export function analyze(text: string, options?: Options): Analysis;

/** The same analysis as JSON text, byte for byte what `presslight analyze --compact` prints. */
export function analyzeJson(text: string, options?: Options): string;

/** The version of the core. */
export const version: string;
