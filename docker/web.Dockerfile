# syntax=docker/dockerfile:1.7
# The H5 build of the mini-app behind nginx, which also proxies /api to the API container.
# Built from the repository root (`docker build -f docker/web.Dockerfile .`).

FROM node:20.20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json turbo.json ./
COPY packages/types/package.json packages/types/
COPY api/package.json api/
COPY miniapp/package.json miniapp/
RUN npm install --no-audit --no-fund
COPY packages/types packages/types
COPY miniapp miniapp
ARG TARO_APP_API_BASE=/api
ENV TARO_APP_API_BASE=${TARO_APP_API_BASE}
RUN npx turbo run build --filter=@tongxin/types && npm run build:h5 -w @tongxin/miniapp

FROM nginx:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/miniapp/dist/h5 /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1/healthz || exit 1
