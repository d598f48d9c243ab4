window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-beat": {
      "version": 3,
      "protocol_hash": "72fe19d911dbda11ee1ba01bdeeeea1faaf8ceef7463f107da9010bacebe218e",
      "primary": "beat_f_measure",
      "higher_is_better": true,
      "family": "rhythmic",
      "suite": [
        "synth",
        "synth-frames"
      ],
      "data_hash": "8b7e8b9004d61497b92b099a2e8f1f727ca9f0fcea190d48ed52cc0eca5a7aec",
      "published": []
    },
    "synth-pitch": {
      "version": 2,
      "protocol_hash": "8e985000a843c2cae109754d2a4aa071b9862aa6803bf63307e2ed2b85d9c13d",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "synth"
      ],
      "data_hash": "9680ddccef1cd9862987ad5a25825a4a2ace728599cb04fa2de5c2475a0c3c25",
      "published": []
    }
  },
  "overall": [
    {
      "model": "hear-torchcrepe",
      "params": 0,
      "mean": 85.73539408404034,
      "borda": 0,
      "tasks_done": 2,
      "complete": true,
      "missing": [],
      "rank": 1
    }
  ],
  "per_task": {
    "synth-beat": [
      {
        "model": "hear-torchcrepe",
        "score": 0.7147078816808066,
        "std": 0.0,
        "layer": 0,
        "num_layers": 2,
        "last_layer": 0.07849130029470587,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7147078816808066,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch": [
      {
        "model": "hear-torchcrepe",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 2,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 1,
        "fewer_test_clips": false
      }
    ]
  },
  "published": {},
  "overall_by": [
    {
      "suite": null,
      "family": "acoustic",
      "tasks": [
        "synth-pitch"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 100.0,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": null,
      "family": "rhythmic",
      "tasks": [
        "synth-beat"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 71.47078816808066,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": "synth",
      "family": null,
      "tasks": [
        "synth-beat",
        "synth-pitch"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 85.73539408404034,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": "synth",
      "family": "acoustic",
      "tasks": [
        "synth-pitch"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 100.0,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": "synth",
      "family": "rhythmic",
      "tasks": [
        "synth-beat"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 71.47078816808066,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": "synth-frames",
      "family": null,
      "tasks": [
        "synth-beat"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 71.47078816808066,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    },
    {
      "suite": "synth-frames",
      "family": "rhythmic",
      "tasks": [
        "synth-beat"
      ],
      "overall": [
        {
          "model": "hear-torchcrepe",
          "params": 0,
          "mean": 71.47078816808066,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        }
      ]
    }
  ],
  "models": {
    "hear-torchcrepe": {
      "entry": "hear-torchcrepe",
      "adapter": "hear",
      "revision": null,
      "params": 0,
      "num_layers": 2,
      "layer_names": [
        "timestamp",
        "scene"
      ],
      "sample_rate": 16000,
      "frame_rate": 20.0
    }
  },
  "per_model_layers": {
    "hear-torchcrepe": {
      "synth-beat": {
        "scores": {
          "0": 0.7147078816808066,
          "1": 0.07849130029470587
        },
        "selected": 0,
        "layer_weights": [
          0.9999966621398926,
          3.3577100566617446e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0
        },
        "valid": {
          "0": 0.7633510941958479,
          "1": 0.028822751322751323
        },
        "relation": {
          "0": "tied",
          "1": "worse"
        },
        "weighted_sum_layers": [
          0,
          1
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0
        },
        "selected": 0,
        "layer_weights": [
          0.5078917841116587,
          0.49210821588834125
        ],
        "std": {
          "0": 0.0,
          "1": 0.0
        },
        "valid": {
          "0": 1.0,
          "1": 1.0
        },
        "relation": {
          "0": "tied",
          "1": "tied"
        },
        "weighted_sum_layers": [
          0,
          1
        ]
      }
    }
  },
  "skipped": [],
  "similarity": {}
};
