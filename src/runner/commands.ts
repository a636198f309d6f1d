// What a `/rollback …` comment does, for both faces: the App and the Action route the comment with
// `routeEvent` and hand it here with their own way to evaluate (the App queues per pull request,
// the Action runs once). Permissions for `ack`, `override` and `risk` are checked by the runner;
// `template --apply` is for the author and anyone with write.
//
// Every reply carries a hidden marker naming the command's comment: a reply whose answer was lost
// is found rather than posted twice, and a command delivered twice (two replicas, a redelivery) is
// answered once.
import { COMMAND_HELP, type Command } from '../core/commands';
import { appendTemplate } from '../core/render/apply-template';
import { renderTemplate } from '../core/render/template';
import { hasPermission, type GitHubPort } from '../github/port';
import type { RunResult, Target } from './run';

export interface CommandComment {
  /** The pull request the comment is on. */
  number: number;
  commentId: number;
  /** Who wrote the comment (the sender of the event). */
  by: string;
}

export interface CommandOptions {
  /** Evaluate the pull request (and publish, unless the face runs dry). `coalesce`: a plain re-check. */
  evaluate(target: Target, coalesce: boolean): Promise<RunResult>;
  /** Where replies go; the pull request's conversation by default (a dry run prints them instead). */
  reply?(body: string): Promise<unknown>;
  /** false: no reactions and no writes besides the replies (a dry run). */
  react?: boolean;
}

/** The hidden marker of the reply to one command comment. */
export const replyMarker = (commentId: number) => `<!-- rollback-ready:reply:${commentId} -->`;

/**
 * Post a reply once: not when this command was answered already, not twice when an answer is
 * lost; and when two replicas answered the same delivery at once, the later reply is deleted by
 * whichever of them looks again after posting (the oldest wins, as for the sticky comment).
 */
export async function replyOnce(port: GitHubPort, comment: CommandComment, body: string): Promise<void> {
  const marker = replyMarker(comment.commentId);
  if ((await port.findComments(comment.number, marker)).length) return;
  await port.createComment(comment.number, `${body}\n\n${marker}`, { reconcile: marker });
  const [, ...later] = await port.findComments(comment.number, marker);
  for (const copy of later) await port.deleteComment(copy.id);
}

/** Act on a slash command; returns the evaluation when the command ran one. */
export async function runCommand(port: GitHubPort, command: Command, comment: CommandComment, options: CommandOptions): Promise<RunResult | undefined> {
  const react = options.react ?? true;
  const reply = options.reply ?? ((body: string) => replyOnce(port, comment, body));
  if (react) await port.addReaction(comment.commentId, 'eyes').catch(() => undefined);
  const target: Target = { kind: 'pull_request', number: comment.number };
  const thumbsUp = async () => {
    if (react) await port.addReaction(comment.commentId, '+1').catch(() => undefined);
  };
  switch (command.kind) {
    case 'help':
      await reply(COMMAND_HELP);
      return undefined;
    case 'invalid':
      await reply(`${command.message}\n\n${COMMAND_HELP}`);
      return undefined;
    case 'check':
      return options.evaluate(target, true);
    case 'template': {
      const result = await options.evaluate(target, false);
      if (!result.evaluation || !result.config) {
        await reply(`No template: ${result.configError?.message ?? 'the pull request could not be evaluated'}.`);
        return result;
      }
      const skeleton = renderTemplate(result.evaluation, result.config, { baseSha: result.pr?.baseSha });
      if (!command.apply) {
        await reply(`Paste this into the description and fill it in:\n\n\`\`\`markdown\n${skeleton}\n\`\`\``);
        return result;
      }
      await applyTemplate(port, comment, skeleton, { reply, thumbsUp, write: react, author: result.pr?.author });
      return result;
    }
    case 'ack':
    case 'override':
    case 'risk': {
      const decision =
        command.kind === 'ack'
          ? { kind: 'ack' as const, by: comment.by, rule: command.rule, reason: command.reason }
          : command.kind === 'override'
            ? { kind: 'override' as const, by: comment.by, reason: command.reason }
            : { kind: 'risk' as const, by: comment.by, level: command.level, reason: command.reason };
      const result = await options.evaluate({ ...target, decision }, false);
      if (result.decision?.accepted) await thumbsUp();
      else if (result.decision) await reply(result.decision.message);
      return result;
    }
  }
}

/**
 * `/rollback template --apply`: append the skeleton to the description, for the author and anyone
 * with write. The description is read right before it is written, and only appended to.
 */
async function applyTemplate(
  port: GitHubPort,
  comment: CommandComment,
  skeleton: string,
  io: { reply(body: string): Promise<unknown>; thumbsUp(): Promise<void>; write: boolean; author?: string },
): Promise<void> {
  const allowed = comment.by === io.author || hasPermission(await port.getPermission(comment.by), 'write');
  if (!allowed) {
    await io.reply(
      `@${comment.by}: \`/rollback template --apply\` edits the description, which only its author or someone with the write permission may have it do; nothing was changed. \`/rollback template\` replies with the skeleton instead.`,
    );
    return;
  }
  const pr = await port.getPullRequest(comment.number);
  const next = appendTemplate(pr.body, skeleton);
  if (next === undefined) {
    await io.reply(`@${comment.by}: the description already has the rollback-ready skeleton; nothing was changed.`);
    return;
  }
  if (!io.write) {
    await io.reply(`Would append to the description:\n\n\`\`\`markdown\n${skeleton}\n\`\`\``);
    return;
  }
  await port.updatePullRequestBody(comment.number, next);
  await io.thumbsUp();
}
