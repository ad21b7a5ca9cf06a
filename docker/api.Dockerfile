# syntax=docker/dockerfile:1.7
# The API image: built from the repository root (`docker build -f docker/api.Dockerfile .`).
# Runs the same commands as CI: npm install, then the workspace build.

FROM node:20.20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json turbo.json ./
COPY packages/types/package.json packages/types/
COPY api/package.json api/
COPY miniapp/package.json miniapp/
RUN npm install --no-audit --no-fund
COPY packages/types packages/types
COPY api api
RUN npx turbo run build --filter=@tongxin/api \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 APP_MODE=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/packages/types/package.json packages/types/
COPY --from=build --chown=node:node /app/packages/types/dist packages/types/dist
COPY --from=build --chown=node:node /app/api/package.json api/
COPY --from=build --chown=node:node /app/api/dist api/dist
RUN mkdir -p api/data && chown node:node api/data
USER node
WORKDIR /app/api
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations run at start-up (TypeORM migrationsRun); SIGTERM drains in-flight requests.
CMD ["node", "dist/main.js"]
