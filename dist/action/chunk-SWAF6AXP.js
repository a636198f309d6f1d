import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  hasPermission
} from "./chunk-HLJU5Z7P.js";
import {
  COMMAND_HELP
} from "./chunk-3CRR67YJ.js";
import {
  renderFullPlan
} from "./chunk-VRU5LLEH.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/render/apply-template.ts
var TEMPLATE_MARKER = "<!-- rollback-ready:template -->";
function appendTemplate(body, skeleton) {
  const text = body ?? "";
  if (text.includes(TEMPLATE_MARKER)) return void 0;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const block = [TEMPLATE_MARKER, ...skeleton.replace(/\r\n/g, "\n").split("\n")].join(eol) + eol;
  if (text === "") return block;
  const gap = text.endsWith(eol) ? eol : eol + eol;
  return text + gap + block;
}

// src/core/render/template.ts
function renderTemplate(evaluation, config, ctx) {
  return renderFullPlan(evaluation, config, ctx);
}

// src/runner/commands.ts
var replyMarker = (commentId) => `<!-- rollback-ready:reply:${commentId} -->`;
async function replyOnce(port, comment, body) {
  const marker = replyMarker(comment.commentId);
  if ((await port.findComments(comment.number, marker)).length) return;
  await port.createComment(comment.number, `${body}

${marker}`, { reconcile: marker });
  const [, ...later] = await port.findComments(comment.number, marker);
  for (const copy of later) await port.deleteComment(copy.id);
}
async function runCommand(port, command, comment, options) {
  const react = options.react ?? true;
  const reply = options.reply ?? ((body) => replyOnce(port, comment, body));
  if (react) await port.addReaction(comment.commentId, "eyes").catch(() => void 0);
  const target = { kind: "pull_request", number: comment.number };
  const thumbsUp = async () => {
    if (react) await port.addReaction(comment.commentId, "+1").catch(() => void 0);
  };
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
      if (!command.apply) {
        await reply(`Paste this into the description and fill it in:

\`\`\`markdown
${skeleton}
\`\`\``);
        return result;
      }
      await applyTemplate(port, comment, skeleton, { reply, thumbsUp, write: react, author: result.pr?.author });
      return result;
    }
    case "ack":
    case "override":
    case "risk": {
      const decision = command.kind === "ack" ? { kind: "ack", by: comment.by, rule: command.rule, reason: command.reason } : command.kind === "override" ? { kind: "override", by: comment.by, reason: command.reason } : { kind: "risk", by: comment.by, level: command.level, reason: command.reason };
      const result = await options.evaluate({ ...target, decision }, false);
      if (result.decision?.accepted) await thumbsUp();
      else if (result.decision) await reply(result.decision.message);
      return result;
    }
  }
}
async function applyTemplate(port, comment, skeleton, io) {
  const allowed = comment.by === io.author || hasPermission(await port.getPermission(comment.by), "write");
  if (!allowed) {
    await io.reply(
      `@${comment.by}: \`/rollback template --apply\` edits the description, which only its author or someone with the write permission may have it do; nothing was changed. \`/rollback template\` replies with the skeleton instead.`
    );
    return;
  }
  const pr = await port.getPullRequest(comment.number);
  const next = appendTemplate(pr.body, skeleton);
  if (next === void 0) {
    await io.reply(`@${comment.by}: the description already has the rollback-ready skeleton; nothing was changed.`);
    return;
  }
  if (!io.write) {
    await io.reply(`Would append to the description:

\`\`\`markdown
${skeleton}
\`\`\``);
    return;
  }
  await port.updatePullRequestBody(comment.number, next);
  await io.thumbsUp();
}
export {
  replyMarker,
  replyOnce,
  runCommand
};
