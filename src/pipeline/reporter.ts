/**
 * How the pipeline tells the outside what it is doing. The CLI gives a
 * progress line on a TTY and quiet JSON lines otherwise; tests pass a silent one.
 */
export interface Reporter {
  /** A notable event, with structured fields. */
  event(name: string, fields?: Record<string, unknown>): void;
  /** Something went wrong for one item; the run goes on. */
  warn(name: string, fields?: Record<string, unknown>): void;
  /** Long work: `done` of `total` for a phase ("feeds", "mails"). */
  progress(phase: string, done: number, total: number, detail?: string): void;
}

export const silentReporter: Reporter = {
  event() {},
  warn() {},
  progress() {},
};
