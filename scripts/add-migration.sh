#!/usr/bin/env bash
# Adds an EF Core migration for both providers: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Relais.Web --startup-project tools/Relais.Migrations \
    --context "${provider}AppDbContext" --output-dir "Infrastructure/Data/Migrations/$provider"
done
