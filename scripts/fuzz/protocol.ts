/** Messages between the fuzz runner (parent) and its worker processes. */

/** Parent → worker: run these cases of one function, in order. */
export interface RunMessage {
  type: "run";
  id: string;
  ks: number[];
}

/** Worker → parent: loaded the bundle and warmed every function up (ms of the first call). */
export interface ReadyMessage {
  type: "ready";
  warmupMs: Record<string, number>;
}

/** Worker → parent: arguments generated, the call starts now (the hang timer starts here). */
export interface StartMessage {
  type: "start";
  id: string;
  k: number;
  /** Short rendering of the arguments. */
  args: string;
  /** The big inputs used, or "small input". */
  shape: string;
}

/** What one call did. Times exclude argument generation and result checking. */
export interface CallOutcome {
  /** Duration of the call in microseconds. */
  us: number;
  /** The exception that escaped the function. */
  threw?: string;
  /** Why the result is unusable (NaN, ragged array, …). */
  badResult?: string;
  /** Why an error message is bad, with the message. */
  badMessage?: string;
  /** Short rendering of the result, given when something is wrong. */
  result?: string;
}

/** Worker → parent: the call finished. */
export interface DoneMessage extends CallOutcome {
  type: "done";
  id: string;
  k: number;
}

/** Worker → parent: the worker cannot run (bundle missing, …). */
export interface FatalMessage {
  type: "fatal";
  error: string;
}

export type WorkerMessage = ReadyMessage | StartMessage | DoneMessage | FatalMessage;
