import type { FakeContext } from '../context.js';
import type { GuildState } from '../guilds.js';
import { apiError, json, type ApiRequest, type ApiResponse, type Route } from '../router.js';

/** Guild reads: the guild, its channels, roles, and the bot's own member. */
export function guildRoutes(ctx: FakeContext): Route[] {
  const withGuild = (fn: (req: ApiRequest, guild: GuildState) => ApiResponse) => (req: ApiRequest): ApiResponse => {
    const guild = ctx.guilds.guilds.get(req.params.guild ?? '');
    if (!guild) return apiError(404, 10004, 'Unknown Guild');
    if (!guild.botIsMember) return apiError(403, 50001, 'Missing Access');
    return fn(req, guild);
  };
  return [
    { method: 'GET', pattern: '/guilds/:guild', auth: true, handle: withGuild((_req, g) => json(200, ctx.guilds.renderGuild(g))) },
    {
      method: 'GET',
      pattern: '/guilds/:guild/channels',
      auth: true,
      handle: withGuild((_req, g) => json(200, ctx.guilds.channelsOf(g.id).map((c) => ctx.guilds.renderChannel(c)))),
    },
    { method: 'GET', pattern: '/guilds/:guild/roles', auth: true, handle: withGuild((_req, g) => json(200, ctx.guilds.renderRoles(g))) },
    {
      method: 'GET',
      pattern: '/guilds/:guild/members/:user',
      auth: true,
      handle: withGuild((req, g) =>
        req.params.user === ctx.botUser.id ? json(200, ctx.guilds.renderBotMember(g)) : apiError(404, 10007, 'Unknown Member'),
      ),
    },
  ];
}
