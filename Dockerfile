# The printchain image: one image for every printchain service of docker-compose.yml (the node, the
# indexer, the GraphQL server), built from source. The entrypoint is the CLI; the command picks the
# service (`devnet`/`start`, `index`, `serve`; `docker run printchain:local --help` lists them).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The only install scripts are embedded-postgres's (symlinks for its bundled server). The image does
# not need them: in compose the indexer and the GraphQL server use the postgres service through
# DATABASE_URL, and npm 11 does not run them either. Skipping them keeps npm 10 (this base) and 11 alike.
RUN npm ci --ignore-scripts
COPY . .
# The build writes dist/ (bin/printchain.js loads dist/chain-sim/cli/main.js) and the dashboard assets.
# /data is the node's home (the `node-home` volume of docker-compose.yml), owned by the unprivileged user.
RUN npm run build && npm prune --omit=dev --ignore-scripts && mkdir -p /data && chown node:node /data
ENV NODE_ENV=production
USER node
# RPC (node), GraphQL API and dashboard (serve), the indexer's /metrics, /health, /ready.
EXPOSE 26657 4000 9464
ENTRYPOINT ["node", "bin/printchain.js"]
CMD ["devnet", "--home", "/data", "--rpc-host", "0.0.0.0", "--no-indexer"]
