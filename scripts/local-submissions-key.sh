#!/usr/bin/env bash
# Make the local key that encrypts form submissions (.make/submissions.key, git-ignored)
# once; `make run` (via settings/dev.py) and scripts/serve.sh use it when SUBMISSIONS_KEY is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .make
if [ ! -s .make/submissions.key ]; then
    (umask 077 && .venv/bin/python -c "from cryptography.fernet import Fernet
print(Fernet.generate_key().decode())" > .make/submissions.key)
fi
