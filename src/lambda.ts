// Entry point for AWS Lambda (API Gateway proxy events), with Probot's serverless adapter.
// Do not add logic here: the App itself is src/app/app-function.ts.
import { createLambdaFunction, createProbot } from '@probot/adapter-aws-lambda-serverless';
import { createApp } from './app/app-function';

export const webhooks = createLambdaFunction(createApp() as never, { probot: createProbot() });
