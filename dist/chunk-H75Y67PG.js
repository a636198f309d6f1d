import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  suppressedBy
} from "./chunk-BEZLO7CC.js";
import "./chunk-ADI5M2KE.js";

// src/core/render/lint-text.ts
var SGR = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] };
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function renderLintText(input) {
  const paint = (style2, text) => input.colour ? `\x1B[${SGR[style2][0]}m${text}\x1B[${SGR[style2][1]}m` : text;
  const severityStyle = { error: "red", warning: "yellow", notice: "cyan" };
  const out = [];
  let previous;
  for (const f of input.findings) {
    if (previous !== void 0 && previous !== f.path) out.push("");
    previous = f.path;
    const column = input.column?.(f) ?? 1;
    const suppressed = f.suppressed ? ` [${suppressedBy(f.suppressed, "")}: ${f.suppressed.reason}]` : "";
    out.push(
      `${paint("bold", `${f.path}:${f.line}:${column}`)}  ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${paint("dim", f.rule)}  ${f.message}${suppressed}`
    );
    out.push(`    ${paint("dim", f.docs)}`);
  }
  const reasons = /* @__PURE__ */ new Map();
  for (const s of input.skipped) reasons.set(s.reason, [...reasons.get(s.reason) ?? [], s.path]);
  if (input.skipped.length) {
    if (out.length) out.push("");
    for (const [reason, paths] of reasons) out.push(`Skipped (${reason}): ${paths.join(", ")}`);
  }
  const count = (s) => input.findings.filter((f) => f.severity === s).length;
  const counts = ["error", "warning", "notice"].filter((s) => count(s) > 0).map((s) => plural(count(s), s));
  const files = plural(input.analysed, "file");
  const skipped = [...reasons].map(([reason, paths]) => `${plural(paths.length, "file")} skipped (${reason})`);
  let summary;
  if (input.analysed === 0) summary = `No file analysed; ${skipped.join("; ")}`;
  else summary = `${counts.length ? counts.join(", ") : "No findings"} in ${files}${skipped.length ? `; ${skipped.join("; ")}` : ""}`;
  if (out.length) out.push("");
  const style = count("error") ? "red" : count("warning") ? "yellow" : "green";
  out.push(paint("bold", paint(style, summary)));
  return `${out.join("\n")}
`;
}
export {
  renderLintText
};
