#!/usr/bin/env bash
# Virtuoso Open Source 7 (virtuoso-t, isql-vt) for tests/test_virtuoso.py: the exported
# graph.ttl must load into a real triple store and answer the competency queries.
# The -bin package only: no system service is started; the test runs its own
# server on 127.0.0.1 with a temporary database.
set -euo pipefail
if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
  echo "virtuoso: $(virtuoso-t --version 2>&1 | grep -m1 Version)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends virtuoso-opensource-7-bin
