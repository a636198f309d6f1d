// Entry point for AWS Lambda (API Gateway proxy events): `webhooks` is the handler. Configured by the
// environment like the server. Do not add logic here: see src/app/lambda-handler.ts.
import { createProbot } from 'probot';
import { createApp } from './app/app-function';
import { createLambdaHandler } from './app/lambda-handler';
import { appOctokit } from './app/octokit-defaults';
import { appOptionsFrom } from './app/options';

export const webhooks = createLambdaHandler(
  // No timers: the invocation ends with the evaluation; the next delivery or a "Re-run" completes a failed one.
  createApp({ ...appOptionsFrom(process.env), recheckMs: 0 }),
  createProbot({ overrides: { Octokit: appOctokit() } }),
);
