# The printchain image: the node and its CLI, built from source.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production
ENTRYPOINT ["node", "bin/printchain.js"]
CMD ["devnet", "--home", "/data", "--rpc-host", "0.0.0.0"]
