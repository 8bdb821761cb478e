# syntax=docker/dockerfile:1
# paperboy's image: production dependencies only, run as the unprivileged `node` user, node as
# PID 1's only child-free process so SIGTERM reaches the bot (exec-form CMD, no npm, no shell).
# Not built on the machine it was written on (no Docker there); see README "Docker".

# --- 1. dependencies: better-sqlite3 compiles from source here, with the build tools it needs ---
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# tsx is a runtime dependency (the TypeScript runs as is, no build step), so --omit=dev keeps it.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- 2. runtime: no compilers, no npm cache, no dev dependencies ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DIGESTS_DIR=/app/data/digests \
    DATABASE_PATH=/app/data/paperboy.db \
    INDEX_CACHE_DIR=/app/data/.cache \
    HTTP_PORT=9464 \
    HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
# The shipped digests seed the data folder; the live feed adds to it, so it belongs to `node`.
COPY --chown=node:node data/digests ./data/digests
RUN mkdir -p /app/data/.cache && chown node:node /app/data /app/data/.cache
USER node
VOLUME ["/app/data"]
EXPOSE 9464
# First start indexes the catalogue (tens of seconds at 100k papers): a generous start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 CMD ["node", "src/ops/healthcheck.mjs"]
# SIGTERM: paperboy answers the interactions in flight and exits 0 within 10 s (Docker's default grace).
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/main.ts"]
