# Front Door: the README's production commands, nothing more. The build needs no
# configuration; everything environment-specific is read when the app starts.
FROM node:20.20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
