// Reads one array of a large JSON document element by element, as the bytes arrive: the ATT&CK
// Enterprise bundle is ~45 MB and parsing it whole would hold the text and every object at once. Only
// the element being read is kept; each is handed to JSON.parse when its closing bracket arrives, and
// everything outside the chosen array is scanned past without being kept.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The largest ATT&CK object is a few tens of kilobytes; memory stays bounded by this, whatever arrives. */
const MAX_ELEMENT = 8 * 1024 * 1024;

/** Thrown when the bytes are not the JSON document expected; the message says where it went wrong. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
}

/**
 * The scanner's state between chunks. Depth counts open brackets of either kind; the chosen array's
 * elements sit at depth 2 (top-level object = 1, the array = 2).
 */
class ArrayScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Collecting a top-level key (a string at depth 1 in key position). */
  private keyParts: string[] | null = null;
  private expectingKey = false;
  private lastKey: string | null = null;
  /** 'before' the array, 'in' it, 'after' it closed. */
  private phase: 'before' | 'in' | 'after' = 'before';
  private armed = false;
  private element: string[] = [];
  private elementOpen = false;
  private sawRoot = false;

  /** Characters of the open element held so far. */
  private held = 0;

  constructor(
    private readonly key: string,
    private readonly maxElement: number,
  ) {}

  /** Set when the text went wrong after some elements of the chunk were complete. */
  error: JsonStreamError | null = null;

  /**
   * Scans one decoded chunk; returns the texts of the elements completed in it. An error after some
   * were complete is kept in `error`, so that they are handed on before it is thrown.
   */
  feed(text: string): string[] {
    const out: string[] = [];
    try {
      this.scan(text, out);
    } catch (err) {
      if (!(err instanceof JsonStreamError) || out.length === 0) throw err;
      this.error = err;
    }
    return out;
  }

  private scan(text: string, out: string[]): void {
    let start = this.elementOpen ? 0 : -1;
    let keyStart = this.keyParts ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyParts) {
            this.keyParts.push(text.slice(keyStart, i));
            this.lastKey = JSON.parse(`"${this.keyParts.join('')}"`) as string;
            this.keyParts = null;
            keyStart = -1;
          } else if (this.elementOpen && this.depth === 2) {
            // A string element of the array ends with its closing quote.
            out.push(this.take(text, start, i + 1));
            start = -1;
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (this.phase === 'in' && this.depth === 2 && !this.elementOpen && c !== COMMA && c !== CLOSE_ARRAY) {
        this.elementOpen = true;
        start = i;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectingKey) {
          this.expectingKey = false;
          this.keyParts = [];
          keyStart = i + 1;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.depth === 0) {
          if (c !== OPEN_OBJECT) throw new JsonStreamError('expected a JSON object at the top level');
          this.sawRoot = true;
          this.expectingKey = true;
        } else if (this.depth === 1 && this.armed && c === OPEN_ARRAY && this.phase === 'before') {
          this.phase = 'in';
        }
        this.armed = false;
        this.depth++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth--;
        if (this.depth < 0) throw new JsonStreamError('unbalanced closing bracket');
        if (this.elementOpen && this.depth === 2) {
          out.push(this.take(text, start, i + 1));
          start = -1;
        } else if (this.phase === 'in' && this.depth === 1) {
          // A number, true, false or null as the last element ends at the array's closing bracket.
          if (this.elementOpen) out.push(this.take(text, start, i));
          start = -1;
          this.phase = 'after';
        }
      } else if (c === COLON) {
        if (this.depth === 1) this.armed = this.phase === 'before' && this.lastKey === this.key;
      } else if (c === COMMA) {
        if (this.depth === 1) this.expectingKey = true;
        else if (this.elementOpen && this.depth === 2) {
          // A number, true, false or null element ends at the comma after it.
          out.push(this.take(text, start, i));
          start = -1;
        }
      } else if (this.depth === 0) {
        throw new JsonStreamError('expected a JSON object at the top level');
      }
    }
    if (this.keyParts && keyStart >= 0) this.keyParts.push(text.slice(keyStart));
    if (this.elementOpen && start >= 0) this.hold(text.slice(start));
  }

  /** At the end of input: anything still open means the text was cut short. */
  finish(): void {
    if (!this.sawRoot) throw new JsonStreamError('the input is empty');
    if (this.inString || this.depth !== 0)
      throw new JsonStreamError('the input ends in the middle of the JSON');
  }

  private take(text: string, start: number, end: number): string {
    this.hold(text.slice(Math.max(start, 0), end));
    const whole = this.element.join('');
    this.element = [];
    this.held = 0;
    this.elementOpen = false;
    return whole;
  }

  /** Keeps part of the open element; one element beyond the limit means the input is not a catalogue. */
  private hold(part: string): void {
    this.held += part.length;
    if (this.held > this.maxElement) {
      throw new JsonStreamError(`an element of "${this.key}" is longer than ${this.maxElement} characters`);
    }
    this.element.push(part);
  }
}

/**
 * Yields each element of the array under `key` in a top-level JSON object (`{"objects": [ … ]}`), as
 * the chunks arrive. Chunks may split the text anywhere, inside a string, an escape or a multi-byte
 * character. A document without that key yields nothing; bytes that are not JSON, or an element longer
 * than `maxElement` characters, throw JsonStreamError.
 */
export async function* jsonArrayElements(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  key: string,
  { maxElement = MAX_ELEMENT }: { maxElement?: number } = {},
): AsyncGenerator<unknown> {
  const scanner = new ArrayScanner(key, maxElement);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    for (const element of scanner.feed(text)) yield parseElement(element);
    if (scanner.error) throw scanner.error;
  }
  const rest = decoder.decode();
  if (rest) for (const element of scanner.feed(rest)) yield parseElement(element);
  if (scanner.error) throw scanner.error;
  scanner.finish();
}

function parseElement(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new JsonStreamError(`an array element is not valid JSON (${(err as Error).message})`);
  }
}
