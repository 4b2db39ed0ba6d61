# Airlock as a container: `docker build -t airlock .` then
# `docker run -p 3000:3000 -e APP_ID=… -e PRIVATE_KEY="$(cat key.pem)" -e WEBHOOK_SECRET=… -e DATABASE_URL=postgres://… airlock`
# Without DATABASE_URL the audit trail is an SQLite file in /data (mount a volume there).

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json app.yml ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000 AIRLOCK_DB_PATH=/data/airlock.sqlite
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && mkdir -p /data && chown node:node /data
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3 \
  && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* /root/.npm
COPY --from=build /app/dist ./dist
COPY app.yml ./
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/app/start.js"]
