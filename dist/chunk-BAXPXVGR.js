import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderTemplate
} from "./chunk-TQDFBWHS.js";
import {
  COMMAND_HELP
} from "./chunk-Y7SS66CL.js";

// src/runner/commands.ts
async function runCommand(port, command, comment, options) {
  const react = options.react ?? true;
  const reply = options.reply ?? ((body) => port.createComment(comment.number, body));
  if (react) await port.addReaction(comment.commentId, "eyes").catch(() => void 0);
  const target = { kind: "pull_request", number: comment.number };
  switch (command.kind) {
    case "help":
      await reply(COMMAND_HELP);
      return void 0;
    case "invalid":
      await reply(`${command.message}

${COMMAND_HELP}`);
      return void 0;
    case "check":
      return options.evaluate(target, true);
    case "template": {
      const result = await options.evaluate(target, false);
      if (!result.evaluation || !result.config) {
        await reply(`No template: ${result.configError?.message ?? "the pull request could not be evaluated"}.`);
        return result;
      }
      const skeleton = renderTemplate(result.evaluation, result.config, { baseSha: result.pr?.baseSha });
      await reply(`Paste this into the description and fill it in:

\`\`\`markdown
${skeleton}
\`\`\``);
      return result;
    }
    case "ack":
    case "override": {
      const decision = command.kind === "ack" ? { kind: "ack", by: comment.by, rule: command.rule, reason: command.reason } : { kind: "override", by: comment.by, reason: command.reason };
      const result = await options.evaluate({ ...target, decision }, false);
      if (result.decision?.accepted) {
        if (react) await port.addReaction(comment.commentId, "+1").catch(() => void 0);
      } else if (result.decision) await reply(result.decision.message);
      return result;
    }
  }
}

export {
  runCommand
};
