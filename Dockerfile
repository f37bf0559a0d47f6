# The Readiness Gate GitHub App: only the self-contained bundle dist/app (no node_modules), as a non-root user.
# Build after `npm run build` (dist/ is committed): docker build -t readiness-gate-app .
# Run with the App's credentials: docker run --env-file .env -p 3000:3000 readiness-gate-app
FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 LOG_FORMAT=json
WORKDIR /app
COPY --chown=node:node dist/app/ ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "index.js"]
