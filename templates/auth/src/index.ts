import {definePlugin, type PluginContext} from '@ax/plugin-runtime';

/** A token as the provider's device flow returns it. */
interface Token {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const tokenKey = 'oauth:token';
/** Refresh a minute early, so no request goes out with a token about to expire. */
const refreshMarginMs = 60_000;

/** Exchanges the refresh token for a new token and stores it. */
async function refresh(ctx: PluginContext, token: Token): Promise<Token> {
  const tokenUrl = ctx.settings.get('tokenUrl') ?? 'https://auth.example.com/oauth/token';
  const response = await ctx.http.request(tokenUrl, {method: 'POST', json: {grant_type: 'refresh_token', refresh_token: token.refreshToken}, timeoutMs: 5_000});
  if (response.status !== 200) throw new Error(`Token refresh failed with HTTP ${response.status}`);
  const body = await response.json<{access_token: string; refresh_token: string; expires_in: number}>();
  const next = {accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + body.expires_in * 1000};
  await ctx.store.set(tokenKey, next, {ttlSeconds: body.expires_in});
  return next;
}

/** A valid access token, refreshed when it is about to expire; undefined before the first sign-in. */
export async function accessToken(ctx: PluginContext): Promise<string | undefined> {
  const token = await ctx.store.get<Token>(tokenKey);
  if (!token) return undefined;
  if (token.expiresAt - Date.now() > refreshMarginMs) return token.accessToken;
  return (await refresh(ctx, token)).accessToken;
}

export default definePlugin({
  name: 'hello-auth',
  async activate(ctx) {
    const signedIn = (await accessToken(ctx)) !== undefined;
    ctx.logger.info('Authentication plugin active', {signedIn});
  },
});
