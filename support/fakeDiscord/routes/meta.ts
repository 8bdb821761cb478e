import type { FakeContext } from '../context.js';
import { json, type Route } from '../router.js';

/** Gateway discovery and "who am I" routes discord.js calls at login. */
export function metaRoutes(ctx: FakeContext): Route[] {
  const application = () => ({
    id: ctx.applicationId,
    name: ctx.botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: { id: '0', username: 'owner', discriminator: '0', global_name: null, avatar: null },
    bot: ctx.botUser,
    approximate_guild_count: ctx.guilds.guilds.size,
    integration_types_config: { '0': {} },
  });
  return [
    {
      method: 'GET',
      pattern: '/gateway/bot',
      auth: true,
      handle: () =>
        json(200, {
          url: ctx.gatewayUrl(),
          shards: ctx.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: ctx.maxConcurrency },
        }),
    },
    { method: 'GET', pattern: '/gateway', auth: false, handle: () => json(200, { url: ctx.gatewayUrl() }) },
    { method: 'GET', pattern: '/users/@me', auth: true, handle: () => json(200, ctx.botUser) },
    { method: 'GET', pattern: '/applications/@me', auth: true, handle: () => json(200, application()) },
    { method: 'GET', pattern: '/oauth2/applications/@me', auth: true, handle: () => json(200, application()) },
  ];
}
