#!/usr/bin/env bash
# Builds krt for the five release platforms into OUT_DIR and prints `os/arch=path` lines
# (the `binaries` input of upload-cli-artifacts).
# With Go on PATH it cross-compiles cmd/krt; without Go it writes small stand-in executables
# (a shell script naming the platform), and says so on stderr, so the release flow still runs.
set -euo pipefail
out="${1:?usage: build.sh OUT_DIR VERSION}"
version="${2:?usage: build.sh OUT_DIR VERSION}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
if command -v go >/dev/null 2>&1; then mode=go; else mode=stand-in; echo "build.sh: no Go on PATH: writing stand-in binaries" >&2; fi
for platform in linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64; do
  os="${platform%/*}"; arch="${platform#*/}"
  ext=""; [ "$os" = windows ] && ext=".exe"
  dir="$out/${os}_${arch}"; mkdir -p "$dir"
  bin="$dir/krt$ext"
  if [ "$mode" = go ]; then
    (cd "$root" && GOOS="$os" GOARCH="$arch" CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=$version" -o "$bin" ./cmd/krt)
  else
    printf '#!/bin/sh\n# stand-in for the krt binary (no Go toolchain where this demo ran)\necho "krt %s %s/%s"\n' "$version" "$os" "$arch" > "$bin"
    chmod 0755 "$bin"
  fi
  echo "$platform=$bin"
done
