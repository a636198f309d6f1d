import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/line-map.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var NON_ASCII = /[^\x00-\x7f]/;
var LineMap = class {
  constructor(text) {
    this.text = text;
    this.ascii = !NON_ASCII.test(text);
  }
  text;
  /** Byte offset where each line starts (built on first use). */
  starts;
  bytes;
  ascii;
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    if (this.ascii) {
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      const bytes = this.utf8();
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
  utf8() {
    this.bytes ??= encoder.encode(this.text);
    return this.bytes;
  }
  /** 1-based line of a byte offset. */
  line(offset) {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The text between two byte offsets. */
  slice(start, end) {
    if (this.ascii) return this.text.slice(start, end);
    return decoder.decode(this.utf8().subarray(start, end));
  }
};

export {
  LineMap
};
