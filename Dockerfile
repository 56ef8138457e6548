# Samenwerkwijzer in a container: the same `npm ci`, `npm run build` and start command as CI and
# `npm start` use. No container engine runs in CI: the scripts are proven there, this file is not
# (see the README, "Container").

# 1. Build: all dependencies, the client (dist/) and the compiled server (dist-server/).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. Run: non-root, data and seal on volumes.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=8080 \
    DATA_DIR=/data \
    SEAL_DIR=/zegel
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
COPY package.json ./
RUN mkdir -p /data /zegel && chown node:node /data /zegel
USER node
VOLUME ["/data", "/zegel"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm run serve` runs, without npm in between, so SIGTERM reaches the server (graceful shutdown).
CMD ["node", "dist-server/main.mjs"]
