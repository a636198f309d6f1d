import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  RULE_IDS
} from "./chunk-AYEM27GC.js";

// src/core/commands.ts
var COMMAND_HELP = [
  "**rollback-ready commands** (a comment whose first line starts with `/rollback`):",
  "",
  "| command | what it does | who |",
  "|---|---|---|",
  "| `/rollback help` | this list | anyone |",
  "| `/rollback check` | evaluate the pull request again now | anyone |",
  "| `/rollback template` | reply with a rollback plan skeleton sized to this change's risk | anyone |",
  "| `/rollback template --apply` | append that skeleton to the description, leaving every byte already there as it is | the author, or write |",
  "| `/rollback ack <rule> <reason>` | acknowledge every finding of `<rule>`: it stays in the report as a notice and no longer fails the `findings` gate | `overrides.permission` (default: maintain) |",
  "| `/rollback override <reason>` | pass the check for the current head commit although gates fail; a new commit ends it | `overrides.permission` (default: maintain) |",
  "| `/rollback risk <low\\|medium\\|high> <reason>` | set the risk level for the current head commit instead of the assessed one; a new commit ends it | write to raise it, maintain (or `overrides.users`) to lower it |",
  "",
  "Acknowledgements, overrides and risk levels are recorded in the rollback-ready comment with who, when and why."
].join("\n");
function parseCommand(body) {
  const first = (body ?? "").trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const words = first.split(/\s+/);
  if (words[0]?.toLowerCase() !== "/rollback") return void 0;
  const verb = (words[1] ?? "help").toLowerCase();
  const rest = words.slice(2);
  switch (verb) {
    case "help":
      return { kind: "help" };
    case "check":
      return { kind: "check" };
    case "template": {
      if (rest.length === 0) return { kind: "template" };
      if (rest.length === 1 && rest[0].toLowerCase() === "--apply") return { kind: "template", apply: true };
      return { kind: "invalid", message: `\`/rollback template\` takes only \`--apply\` (got \`${rest.join(" ")}\`).` };
    }
    case "risk": {
      const level = (rest[0] ?? "").toLowerCase();
      const reason = rest.slice(1).join(" ").trim();
      if (level !== "low" && level !== "medium" && level !== "high") {
        return { kind: "invalid", message: "Name the level: `/rollback risk <low|medium|high> <reason>`." };
      }
      if (!reason) return { kind: "invalid", message: `A risk level needs a reason: \`/rollback risk ${level} <why>\`.` };
      return { kind: "risk", level, reason };
    }
    case "override": {
      const reason = rest.join(" ").trim();
      if (!reason) return { kind: "invalid", message: "An override needs a reason: `/rollback override <why it is safe to merge>`." };
      return { kind: "override", reason };
    }
    case "ack": {
      const rule = rest[0]?.replace(/^`|`$/g, "") ?? "";
      const reason = rest.slice(1).join(" ").trim();
      if (!rule) return { kind: "invalid", message: "Name the rule: `/rollback ack <rule> <reason>`." };
      if (!RULE_IDS.includes(rule)) return { kind: "invalid", message: `Unknown rule \`${rule}\`: see docs/rules/ for the rule ids.` };
      if (!reason) return { kind: "invalid", message: `An acknowledgement needs a reason: \`/rollback ack ${rule} <why it is safe>\`.` };
      return { kind: "ack", rule, reason };
    }
    default:
      return { kind: "invalid", message: `Unknown command \`${verb}\`.` };
  }
}

export {
  COMMAND_HELP,
  parseCommand
};
