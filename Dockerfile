# The rollback-ready GitHub App. dist/app.js is a self-contained bundle (Probot included), so the
# image needs no node_modules (its WASM parsers sit in dist/action/, copied with the rest).
# Stateless: run as many replicas as you like behind a load balancer.
FROM node:24-alpine
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY dist ./dist
COPY app.yml ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:3000/healthz || exit 1
CMD ["node", "dist/app.js"]
