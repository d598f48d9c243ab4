window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-beat-dbn": {
      "version": 1,
      "protocol_hash": "4852cf1290c08c5e58c3fd5d30ccb19f87a4ad6396f6e12c00fdaad716a31b2f",
      "primary": "beat_f_measure",
      "higher_is_better": true,
      "family": "rhythmic",
      "suite": [
        "synth-dbn"
      ],
      "data_hash": "8b7e8b9004d61497b92b099a2e8f1f727ca9f0fcea190d48ed52cc0eca5a7aec",
      "published": []
    }
  },
  "overall": [
    {
      "model": "madmom-beats",
      "params": 89301,
      "mean": 97.61331077109158,
      "borda": 1,
      "tasks_done": 1,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "random-madmom-beats",
      "params": 89301,
      "mean": 90.1225478790129,
      "borda": 0,
      "tasks_done": 1,
      "complete": true,
      "missing": [],
      "rank": 2
    }
  ],
  "per_task": {
    "synth-beat-dbn": [
      {
        "model": "madmom-beats",
        "score": 0.9761331077109158,
        "std": 0.0,
        "layer": 3,
        "num_layers": 5,
        "last_layer": 0.9879534386801829,
        "last_layer_std": 0.0,
        "weighted_sum": 0.9604468332011119,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.9012254787901289,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.3975707165870793,
        "last_layer_std": 0.0,
        "weighted_sum": 0.9012254787901289,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 2,
        "fewer_test_clips": false
      }
    ]
  },
  "published": {},
  "overall_by": [
    {
      "suite": null,
      "family": "rhythmic",
      "tasks": [
        "synth-beat-dbn"
      ],
      "overall": [
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 97.61331077109158,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 90.1225478790129,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": "synth-dbn",
      "family": null,
      "tasks": [
        "synth-beat-dbn"
      ],
      "overall": [
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 97.61331077109158,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 90.1225478790129,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": "synth-dbn",
      "family": "rhythmic",
      "tasks": [
        "synth-beat-dbn"
      ],
      "overall": [
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 97.61331077109158,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 90.1225478790129,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    }
  ],
  "models": {
    "madmom-beats": {
      "entry": "madmom-beats",
      "adapter": "madmom-beats",
      "revision": null,
      "params": 89301,
      "num_layers": 5,
      "layer_names": [
        "spectral_features",
        "blstm1",
        "blstm2",
        "blstm3",
        "beat"
      ],
      "sample_rate": 44100,
      "frame_rate": 100
    },
    "random-madmom-beats": {
      "entry": "random-madmom-beats",
      "adapter": "madmom-beats",
      "revision": null,
      "params": 89301,
      "num_layers": 5,
      "layer_names": [
        "spectral_features",
        "blstm1",
        "blstm2",
        "blstm3",
        "beat"
      ],
      "sample_rate": 44100,
      "frame_rate": 100
    }
  },
  "per_model_layers": {
    "madmom-beats": {
      "synth-beat-dbn": {
        "scores": {
          "0": 0.9012254787901289,
          "1": 0.8318423275690717,
          "2": 0.9227262681898545,
          "3": 0.9761331077109158,
          "4": 0.9879534386801829
        },
        "selected": 3,
        "layer_weights": [
          0.3838827908039093,
          1.2313440720390645e-06,
          1.6376824873987061e-07,
          0.6161153316497803,
          5.362584261092707e-07
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.9326644596024799,
          "1": 0.9054456249141332,
          "2": 0.8432802437433765,
          "3": 0.9375891868328076,
          "4": 0.8709628662934435
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      }
    },
    "random-madmom-beats": {
      "synth-beat-dbn": {
        "scores": {
          "0": 0.9012254787901289,
          "1": 0.804347669162773,
          "2": 0.8458704154223613,
          "3": 0.8507237794246615,
          "4": 0.3975707165870793
        },
        "selected": 0,
        "layer_weights": [
          0.9998247027397156,
          3.59323930751998e-05,
          3.9894337533041835e-05,
          7.850100519135594e-05,
          2.0942696210113354e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.9326644596024799,
          "1": 0.9031965817221075,
          "2": 0.9036530073389952,
          "3": 0.8787289084739464,
          "4": 0.3970127276077603
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      }
    }
  },
  "skipped": [],
  "similarity": {}
};
