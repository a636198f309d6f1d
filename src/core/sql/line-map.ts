// libpg-query reports UTF-8 byte offsets; lines are counted in the source string.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// Encoding detection, not SQL reading: is every character a single UTF-8 byte?
const NON_ASCII = /[^\x00-\x7f]/;

/** Maps UTF-8 byte offsets of one SQL text to 1-based lines and back to string slices. */
export class LineMap {
  /** Byte offset where each line starts (built on first use). */
  private starts: number[] | undefined;
  private bytes: Uint8Array | undefined;
  readonly ascii: boolean;

  constructor(private readonly text: string) {
    this.ascii = !NON_ASCII.test(text);
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    if (this.ascii) {
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      const bytes = this.utf8();
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }

  private utf8(): Uint8Array {
    this.bytes ??= encoder.encode(this.text);
    return this.bytes;
  }

  /** 1-based line of a byte offset. */
  line(offset: number): number {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The text between two byte offsets. */
  slice(start: number, end?: number): string {
    if (this.ascii) return this.text.slice(start, end);
    return decoder.decode(this.utf8().subarray(start, end));
  }
}
