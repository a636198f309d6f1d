/** A real Octokit (core + paginate + REST methods, as probot and @actions/github build it). */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const TestOctokit = Octokit.plugin(paginateRest, restEndpointMethods);
export const ResilientOctokit = Octokit.plugin(paginateRest, restEndpointMethods, retry, throttling);

export function client(baseUrl: string, user?: string) {
  const octokit = new TestOctokit({ baseUrl, auth: 'ghs_emulator_test_token' });
  // act as a human: the emulator treats every token as the bot unless this header names someone
  if (user) octokit.hook.before('request', (options) => void (options.headers['x-emulator-user'] = user));
  return octokit;
}
