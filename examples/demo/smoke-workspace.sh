#!/usr/bin/env bash
# CI smoke jobs: turn the demo project into the workspace's git repository, with the release-kit
# checkout (./pack) kept out of git's view, so `uses: ./pack/actions/<name>` runs on a real repo.
set -euo pipefail
cp -R pack/examples/demo/project/. .
git init -q -b main .
echo "pack/" >> .git/info/exclude
git config user.name "release-kit smoke"
git config user.email "smoke@example.invalid"
git add .github CHANGELOG.md LICENSE README.md charts cli cmd images
git commit -q -m "demo project"
git tag v0.1.0
echo "workspace: $(git rev-parse --short HEAD) on main, tag v0.1.0"
