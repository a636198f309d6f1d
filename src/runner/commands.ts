// What a `/rollback …` comment does, for both faces: the App and the Action parse the comment with
// the core's `parseCommand` and hand it here with their own way to evaluate (the App queues per pull
// request, the Action runs once). Permissions for `ack` and `override` are checked by the runner.
import { COMMAND_HELP, type Command } from '../core/commands';
import { renderTemplate } from '../core/render/template';
import type { GitHubPort } from '../github/port';
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
  /** false: no reactions (a dry run). */
  react?: boolean;
}

/** Act on a slash command; returns the evaluation when the command ran one. */
export async function runCommand(port: GitHubPort, command: Command, comment: CommandComment, options: CommandOptions): Promise<RunResult | undefined> {
  const react = options.react ?? true;
  const reply = options.reply ?? ((body: string) => port.createComment(comment.number, body));
  if (react) await port.addReaction(comment.commentId, 'eyes').catch(() => undefined);
  const target: Target = { kind: 'pull_request', number: comment.number };
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
      await reply(`Paste this into the description and fill it in:\n\n\`\`\`markdown\n${skeleton}\n\`\`\``);
      return result;
    }
    case 'ack':
    case 'override': {
      const decision =
        command.kind === 'ack'
          ? { kind: 'ack' as const, by: comment.by, rule: command.rule, reason: command.reason }
          : { kind: 'override' as const, by: comment.by, reason: command.reason };
      const result = await options.evaluate({ ...target, decision }, false);
      if (result.decision?.accepted) {
        if (react) await port.addReaction(comment.commentId, '+1').catch(() => undefined);
      } else if (result.decision) await reply(result.decision.message);
      return result;
    }
  }
}
