#!/usr/bin/env bash
# Builds the Dockerfile with Podman over local stand-in base images (no registry is reachable here)
# and checks the image: `ask` answers; it runs as non-root on a read-only root filesystem with only
# a tmpfs at /tmp and no capabilities; detached, it becomes healthy and serves /metrics on a
# published port; `stop` ends it in under 10 s. Prints the image size and the times taken.
#
# Usage: scripts/container-check.sh            (as root; installs podman, runc, debootstrap if needed)
# Env:   CONTAINER_CHECK_CACHE  folder for the base image tarball (default ~/.cache/profile-bot-container)
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=localhost/profile-bot:check
NAME=profile-bot-check
PORT=18080
CACHE=${CONTAINER_CHECK_CACHE:-$HOME/.cache/profile-bot-container}
WORK=$(mktemp -d)
START=$SECONDS
step() { echo "[container-check +$((SECONDS - START))s] $*"; }
fail() { echo "[container-check] FAILED: $*" >&2; exit 1; }

# 1. tools. crun fails on this kind of host's cgroup layout: runc is used instead.
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc debootstrap >/dev/null
fi
step "tools: $(podman --version)"

# 2. private storage and engine settings; ulimits must stay within the host's hard limits.
mkdir -p "$CACHE"
cat > "$WORK/storage.conf" <<CONF
[storage]
driver = "overlay"
runroot = "$WORK/run"
graphroot = "$CACHE/storage"
CONF
cat > "$WORK/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=32768:32768"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_STORAGE_CONF=$WORK/storage.conf CONTAINERS_CONF=$WORK/containers.conf
cleanup() { podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

# 3. a Debian base image from the Debian archive (no registry), cached as a tarball.
BASE=localhost/debian:bookworm
if ! podman image exists "$BASE"; then
  if [ -f "$CACHE/debian-bookworm.tar" ]; then
    podman load -q -i "$CACHE/debian-bookworm.tar" >/dev/null
  else
    debootstrap --variant=minbase bookworm "$WORK/rootfs" >/dev/null
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      cp /etc/apt/sources.list.d/debian.sources "$WORK/rootfs/etc/apt/sources.list.d/"
      rm -f "$WORK/rootfs/etc/apt/sources.list"
    fi
    rm -rf "$WORK"/rootfs/var/cache/apt/*.bin "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/*
    tar --numeric-owner -C "$WORK/rootfs" -c . | podman import -q \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$BASE" >/dev/null
    rm -rf "$WORK/rootfs"
    podman save -q -o "$CACHE/debian-bookworm.tar" "$BASE"
  fi
fi
step "base image ready"

# 4. stand-ins for the public base images: Debian's JDK + Maven to build, Debian's JRE to run.
#    They trust this machine's certificate authorities, as the registries are reached through its
#    TLS proxy; that belongs to the stand-ins, not to the project's Dockerfile.
mkdir -p "$WORK/standin/certs"
cp /usr/local/share/ca-certificates/*.crt "$WORK/standin/certs/" 2>/dev/null || true
for kind in build runtime; do
  if [ "$kind" = build ]; then packages="openjdk-17-jdk-headless maven"; else packages="openjdk-17-jre-headless"; fi
  cat > "$WORK/standin/Dockerfile.$kind" <<STANDIN
FROM $BASE
COPY certs/ /usr/local/share/ca-certificates/
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      ca-certificates $packages >/dev/null && update-ca-certificates >/dev/null && rm -rf /var/lib/apt/lists/*
STANDIN
  if ! podman image exists "localhost/standin-$kind:17"; then
    podman build -q --format docker --pull=never -f "$WORK/standin/Dockerfile.$kind" -t "localhost/standin-$kind:17" \
      "$WORK/standin" >/dev/null
  fi
done
step "stand-in base images ready"

# 5. the project's image, from its own Dockerfile.
BUILD_START=$SECONDS
podman build -q --format docker --pull=never \
  --build-arg BUILD_IMAGE=localhost/standin-build:17 \
  --build-arg RUNTIME_IMAGE=localhost/standin-runtime:17 \
  -t "$IMAGE" . >/dev/null
BUILD_SECONDS=$((SECONDS - BUILD_START))
SIZE=$(podman image inspect "$IMAGE" --format '{{.Size}}')
step "image built in ${BUILD_SECONDS}s, $((SIZE / 1024 / 1024)) MiB"

HARDENED=(--read-only --read-only-tmpfs=false --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges)

# 6. a one-off question, hardened and without a network.
uid=$(podman run --rm --no-healthcheck --entrypoint id "$IMAGE" -u)
[ "$uid" != "0" ] || fail "the image runs as root"
answer=$(podman run --rm --no-healthcheck --network none "${HARDENED[@]}" "$IMAGE" ask "Where did he go to university?" 2>/dev/null)
echo "$answer"
grep -q "Durham" <<<"$answer" || fail "ask gave no answer about Durham"
step "ask answers as uid $uid on a read-only root with no capabilities and no network"

# 7. the service, detached: healthy, ready, metrics on a published loopback port.
podman run -d --name "$NAME" "${HARDENED[@]}" -p "127.0.0.1:$PORT:8080" "$IMAGE" >/dev/null
healthy=""
for _ in $(seq 1 60); do   # no systemd here: the health check timer never fires, so it is run by hand
  if podman healthcheck run "$NAME" >/dev/null 2>&1; then healthy=yes; break; fi
  sleep 1
done
[ -n "$healthy" ] || { podman logs "$NAME" | tail -20; fail "the container did not become healthy"; }
ready=""
for _ in $(seq 1 60); do
  if curl -fsS -m 2 "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then ready=yes; break; fi
  sleep 1
done
[ -n "$ready" ] || { podman logs "$NAME" | tail -20; fail "the container did not become ready"; }
podman exec "$NAME" test -s /app/data/questions.db || fail "the question log is not on the /app/data volume"
report=$(podman exec "$NAME" java -jar /app/profile-bot.jar report 2>/dev/null)
grep -q "no questions asked" <<<"$report" || fail "report did not read the question log: $report"
metrics=$(curl -fsS -m 5 "http://127.0.0.1:$PORT/metrics")
grep -q '^profilebot_index_passages ' <<<"$metrics" || fail "/metrics has no profilebot_index_passages"
step "detached container healthy and ready; /metrics answers on 127.0.0.1:$PORT"

# 8. a clean stop on SIGTERM, well within Docker's 10 s.
STOP_START=$(date +%s%N)
podman stop -t 10 "$NAME" >/dev/null
STOP_MS=$(( ($(date +%s%N) - STOP_START) / 1000000 ))
[ "$STOP_MS" -lt 10000 ] || fail "stop took ${STOP_MS} ms"
podman logs "$NAME" 2>&1 | tail -3
step "stopped in ${STOP_MS} ms"
echo "[container-check] OK: image $((SIZE / 1024 / 1024)) MiB, build ${BUILD_SECONDS}s, stop ${STOP_MS} ms, total $((SECONDS - START))s"
