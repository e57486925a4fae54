// The building block of the API: one async method = one input schema + one output type.
import type { z } from 'zod';

/** A method of the API: its input is validated by `input` on the trusted side; `output` is a type tag only. */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** A one-line description, shown in the web mode's index and errors. */
  readonly doc: string;
  /** Type-only marker for the result; never read at run time. */
  readonly output?: O;
}

/** Declares a method; `O` is the result type. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, doc: string): MethodSpec<I, O> => ({ input, doc });
}

/** A record of method specs. */
type MethodTable = Record<string, MethodSpec<z.ZodType, unknown>>;

/** The client-side interface derived from a method table: each method takes one argument object. */
export type ApiOf<T extends MethodTable> = {
  [K in keyof T]: T[K] extends MethodSpec<infer I, infer O> ? (input: z.input<I>) => Promise<O> : never;
};

/** The server-side handler set derived from a method table: handlers receive validated input. */
export type HandlersOf<T extends MethodTable> = {
  [K in keyof T]: T[K] extends MethodSpec<infer I, infer O> ? (input: z.output<I>) => Promise<O> : never;
};
