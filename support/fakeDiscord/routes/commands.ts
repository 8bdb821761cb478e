import type { FakeContext } from '../context.js';
import { asObject } from '../json.js';
import { apiError, json, type ApiRequest, type ApiResponse, type Route } from '../router.js';
import { checkCommandList } from '../validate/commands.js';

/** Application command registration, global and per guild (bulk overwrite, create, list, delete). */
export function commandRoutes(ctx: FakeContext): Route[] {
  /** Resolves the scope of a request, or the error Discord would give for it. */
  const scope = (req: ApiRequest): { guildId: string | null } | ApiResponse => {
    if (req.params.app !== ctx.applicationId) {
      return apiError(403, 20012, 'You are not authorized to perform this action on this application');
    }
    const guildId = req.params.guild ?? null;
    if (guildId !== null && ctx.guilds.guilds.get(guildId)?.botIsMember !== true) return apiError(403, 50001, 'Missing Access');
    return { guildId };
  };
  const withScope = (fn: (req: ApiRequest, guildId: string | null) => ApiResponse) => (req: ApiRequest): ApiResponse => {
    const s = scope(req);
    return 'status' in s ? s : fn(req, s.guildId);
  };

  const list = withScope((_req, guildId) => json(200, ctx.commands.list(guildId)));
  const put = withScope((req, guildId) => {
    const invalid = checkCommandList(req.body);
    if (invalid) return json(400, invalid);
    return json(200, ctx.commands.overwrite(guildId, Array.isArray(req.body) ? req.body : []));
  });
  const post = withScope((req, guildId) => {
    const invalid = checkCommandList([req.body]);
    if (invalid) return json(400, { ...invalid, errors: invalid.errors['0'] ?? invalid.errors });
    const { created, command } = ctx.commands.upsert(guildId, asObject(req.body));
    return json(created ? 201 : 200, command);
  });
  const getOne = withScope((req, guildId) => {
    const command = ctx.commands.list(guildId).find((c) => c.id === req.params.command);
    return command ? json(200, command) : apiError(404, 10063, 'Unknown application command');
  });
  const remove = withScope((req, guildId) =>
    ctx.commands.remove(guildId, req.params.command ?? '') ? json(204) : apiError(404, 10063, 'Unknown application command'),
  );

  const routes: Route[] = [];
  for (const base of ['/applications/:app/commands', '/applications/:app/guilds/:guild/commands']) {
    routes.push(
      { method: 'GET', pattern: base, auth: true, handle: list },
      { method: 'PUT', pattern: base, auth: true, handle: put, validate: (req) => { const bad = checkCommandList(req.body); return bad ? json(400, bad) : null; } },
      { method: 'POST', pattern: base, auth: true, handle: post, validate: (req) => { const bad = checkCommandList([req.body]); return bad ? json(400, { ...bad, errors: bad.errors['0'] ?? bad.errors }) : null; } },
      { method: 'GET', pattern: `${base}/:command`, auth: true, handle: getOne },
      { method: 'DELETE', pattern: `${base}/:command`, auth: true, handle: remove },
    );
  }
  return routes;
}
