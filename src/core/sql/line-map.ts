// libpg-query reports UTF-8 byte offsets; lines are counted in the source string.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Maps UTF-8 byte offsets of one SQL text to 1-based lines and back to string slices. */
export class LineMap {
  /** Byte offset where each line starts. */
  private readonly starts: number[] = [0];
  private bytes: Uint8Array | undefined;
  readonly ascii: boolean;

  constructor(private readonly text: string) {
    let ascii = true;
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) byte += 1;
      else {
        ascii = false;
        if (c < 0x800) byte += 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
          byte += 4;
          i++;
        } else byte += 3;
      }
      if (c === 10) this.starts.push(byte);
    }
    this.ascii = ascii;
  }

  /** 1-based line of a byte offset. */
  line(offset: number): number {
    const s = this.starts;
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
    this.bytes ??= encoder.encode(this.text);
    return decoder.decode(this.bytes.subarray(start, end));
  }
}
