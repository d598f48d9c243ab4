window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-chord-centroid": {
      "version": 2,
      "protocol_hash": "580c5d044e35861713df33eeb194a8a0cd07cd796d733d593067bd0ed3f84a4b",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "13381b8c5681913b7858942d31abb4fc1469761f8dcef5a73fe9425a5d515eca",
      "published": []
    },
    "synth-chord-fewshot": {
      "version": 2,
      "protocol_hash": "e5d23c343080f9d01656c460aad14eac92da95f6043f9ea79257da37e4cc89e8",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "13381b8c5681913b7858942d31abb4fc1469761f8dcef5a73fe9425a5d515eca",
      "published": []
    },
    "synth-chord-knn": {
      "version": 2,
      "protocol_hash": "b58e5f5a96f002769205a7cad030fc6ed661a1f80dd2424ff1a2eb44275ccc56",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "13381b8c5681913b7858942d31abb4fc1469761f8dcef5a73fe9425a5d515eca",
      "published": []
    },
    "synth-instrument-centroid": {
      "version": 2,
      "protocol_hash": "580c5d044e35861713df33eeb194a8a0cd07cd796d733d593067bd0ed3f84a4b",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "563cec6fb1c8d8f6eddd9341da3c4e22f06d57651e5e31c6e49d092c0e28a6d5",
      "published": []
    },
    "synth-instrument-fewshot": {
      "version": 2,
      "protocol_hash": "e5d23c343080f9d01656c460aad14eac92da95f6043f9ea79257da37e4cc89e8",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "563cec6fb1c8d8f6eddd9341da3c4e22f06d57651e5e31c6e49d092c0e28a6d5",
      "published": []
    },
    "synth-instrument-knn": {
      "version": 2,
      "protocol_hash": "b58e5f5a96f002769205a7cad030fc6ed661a1f80dd2424ff1a2eb44275ccc56",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "563cec6fb1c8d8f6eddd9341da3c4e22f06d57651e5e31c6e49d092c0e28a6d5",
      "published": []
    },
    "synth-interval-centroid": {
      "version": 2,
      "protocol_hash": "580c5d044e35861713df33eeb194a8a0cd07cd796d733d593067bd0ed3f84a4b",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "9ec473f1eec45e8d1616f9e27dd539e639c97c15efb446bb39bc3bd40e75e27d",
      "published": []
    },
    "synth-interval-fewshot": {
      "version": 2,
      "protocol_hash": "e5d23c343080f9d01656c460aad14eac92da95f6043f9ea79257da37e4cc89e8",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "9ec473f1eec45e8d1616f9e27dd539e639c97c15efb446bb39bc3bd40e75e27d",
      "published": []
    },
    "synth-interval-knn": {
      "version": 2,
      "protocol_hash": "b58e5f5a96f002769205a7cad030fc6ed661a1f80dd2424ff1a2eb44275ccc56",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "9ec473f1eec45e8d1616f9e27dd539e639c97c15efb446bb39bc3bd40e75e27d",
      "published": []
    },
    "synth-key-centroid": {
      "version": 2,
      "protocol_hash": "fcefbae7111db6695ae78c175cbb3bfe77e29197845c01e170247680a0f47f78",
      "primary": "key_weighted",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "6ddbbc9aac816ee9d2b374e66686eaa9ca7de813a7c2a8337800d65b1332fe8a",
      "published": []
    },
    "synth-key-fewshot": {
      "version": 2,
      "protocol_hash": "907d3e86a359b598d454bd5911df0a0d9d6db8855460fbf750fbca2939a39759",
      "primary": "key_weighted",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "6ddbbc9aac816ee9d2b374e66686eaa9ca7de813a7c2a8337800d65b1332fe8a",
      "published": []
    },
    "synth-key-knn": {
      "version": 2,
      "protocol_hash": "be87a421862a7ce0dfda7d9c20af596b98f8fdda6ea48a8371f9621e38730dd9",
      "primary": "key_weighted",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "peers"
      ],
      "data_hash": "6ddbbc9aac816ee9d2b374e66686eaa9ca7de813a7c2a8337800d65b1332fe8a",
      "published": []
    },
    "synth-pitch-centroid": {
      "version": 2,
      "protocol_hash": "580c5d044e35861713df33eeb194a8a0cd07cd796d733d593067bd0ed3f84a4b",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "9680ddccef1cd9862987ad5a25825a4a2ace728599cb04fa2de5c2475a0c3c25",
      "published": []
    },
    "synth-pitch-fewshot": {
      "version": 2,
      "protocol_hash": "e5d23c343080f9d01656c460aad14eac92da95f6043f9ea79257da37e4cc89e8",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "9680ddccef1cd9862987ad5a25825a4a2ace728599cb04fa2de5c2475a0c3c25",
      "published": []
    },
    "synth-pitch-knn": {
      "version": 2,
      "protocol_hash": "b58e5f5a96f002769205a7cad030fc6ed661a1f80dd2424ff1a2eb44275ccc56",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "peers"
      ],
      "data_hash": "9680ddccef1cd9862987ad5a25825a4a2ace728599cb04fa2de5c2475a0c3c25",
      "published": []
    }
  },
  "overall": [
    {
      "model": "crepe-tiny",
      "params": 486552,
      "mean": 48.0255291005291,
      "borda": 7,
      "tasks_done": 15,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "logmel",
      "params": 0,
      "mean": 46.85848765432099,
      "borda": 8,
      "tasks_done": 15,
      "complete": true,
      "missing": [],
      "rank": 2
    }
  ],
  "per_task": {
    "synth-chord-centroid": [
      {
        "model": "logmel",
        "score": 0.19642857142857142,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.19642857142857142,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.14285714285714285,
        "std": 0.0,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.16071428571428573,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-chord-fewshot": [
      {
        "model": "logmel",
        "score": 0.2553571428571429,
        "std": 0.047949005650348396,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.2553571428571429,
        "last_layer_std": 0.047949005650348396,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.19285714285714284,
        "std": 0.06123724356957944,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.225,
        "last_layer_std": 0.04870779177494948,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-chord-knn": [
      {
        "model": "logmel",
        "score": 0.4107142857142857,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.4107142857142857,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.23214285714285715,
        "std": 0.0,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.19642857142857142,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-instrument-centroid": [
      {
        "model": "logmel",
        "score": 0.2875,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.2875,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.15,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.125,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-instrument-fewshot": [
      {
        "model": "logmel",
        "score": 0.25375000000000003,
        "std": 0.0515539765682532,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.25375000000000003,
        "last_layer_std": 0.0515539765682532,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.20125,
        "std": 0.021249999999999998,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.16999999999999998,
        "last_layer_std": 0.05482928049865327,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-instrument-knn": [
      {
        "model": "logmel",
        "score": 0.3375,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3375,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.2875,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.175,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-interval-centroid": [
      {
        "model": "crepe-tiny",
        "score": 0.1875,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.15625,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.16666666666666666,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.16666666666666666,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-interval-fewshot": [
      {
        "model": "crepe-tiny",
        "score": 0.18958333333333335,
        "std": 0.02072890493972125,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.13333333333333336,
        "last_layer_std": 0.02411632688081297,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.16354166666666664,
        "std": 0.023315655505832703,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.16354166666666664,
        "last_layer_std": 0.023315655505832703,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-interval-knn": [
      {
        "model": "logmel",
        "score": 0.3958333333333333,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3958333333333333,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.375,
        "std": 0.0,
        "layer": 3,
        "num_layers": 7,
        "last_layer": 0.3020833333333333,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-key-centroid": [
      {
        "model": "crepe-tiny",
        "score": 0.7250000000000001,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.6569444444444446,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.3375,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3375,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-key-fewshot": [
      {
        "model": "logmel",
        "score": 0.8397222222222224,
        "std": 0.03676858730418777,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.8397222222222224,
        "last_layer_std": 0.03676858730418777,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.7770833333333333,
        "std": 0.018302267450432494,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7398611111111111,
        "last_layer_std": 0.02693191289342004,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-key-knn": [
      {
        "model": "crepe-tiny",
        "score": 0.7430555555555556,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.6708333333333333,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.4861111111111111,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.4861111111111111,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch-centroid": [
      {
        "model": "crepe-tiny",
        "score": 1.0,
        "std": 0.0,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.9722222222222222,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.9259259259259259,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.9259259259259259,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch-fewshot": [
      {
        "model": "crepe-tiny",
        "score": 1.0,
        "std": 0.0,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.9907407407407407,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 2,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch-knn": [
      {
        "model": "crepe-tiny",
        "score": 1.0,
        "std": 0.0,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.9814814814814815,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.9722222222222222,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.9722222222222222,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 2,
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
        "synth-instrument-centroid",
        "synth-instrument-fewshot",
        "synth-instrument-knn",
        "synth-pitch-centroid",
        "synth-pitch-fewshot",
        "synth-pitch-knn"
      ],
      "overall": [
        {
          "model": "logmel",
          "params": 0,
          "mean": 62.948302469135804,
          "borda": 3,
          "tasks_done": 6,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 60.645833333333336,
          "borda": 3,
          "tasks_done": 6,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": null,
      "family": "harmonic",
      "tasks": [
        "synth-chord-centroid",
        "synth-chord-fewshot",
        "synth-chord-knn",
        "synth-interval-centroid",
        "synth-interval-fewshot",
        "synth-interval-knn",
        "synth-key-centroid",
        "synth-key-fewshot",
        "synth-key-knn"
      ],
      "overall": [
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 39.61199294532628,
          "borda": 4,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 36.13194444444444,
          "borda": 5,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": "peers",
      "family": null,
      "tasks": [
        "synth-chord-centroid",
        "synth-chord-fewshot",
        "synth-chord-knn",
        "synth-instrument-centroid",
        "synth-instrument-fewshot",
        "synth-instrument-knn",
        "synth-interval-centroid",
        "synth-interval-fewshot",
        "synth-interval-knn",
        "synth-key-centroid",
        "synth-key-fewshot",
        "synth-key-knn",
        "synth-pitch-centroid",
        "synth-pitch-fewshot",
        "synth-pitch-knn"
      ],
      "overall": [
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 48.0255291005291,
          "borda": 7,
          "tasks_done": 15,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 46.85848765432099,
          "borda": 8,
          "tasks_done": 15,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": "peers",
      "family": "acoustic",
      "tasks": [
        "synth-instrument-centroid",
        "synth-instrument-fewshot",
        "synth-instrument-knn",
        "synth-pitch-centroid",
        "synth-pitch-fewshot",
        "synth-pitch-knn"
      ],
      "overall": [
        {
          "model": "logmel",
          "params": 0,
          "mean": 62.948302469135804,
          "borda": 3,
          "tasks_done": 6,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 60.645833333333336,
          "borda": 3,
          "tasks_done": 6,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    },
    {
      "suite": "peers",
      "family": "harmonic",
      "tasks": [
        "synth-chord-centroid",
        "synth-chord-fewshot",
        "synth-chord-knn",
        "synth-interval-centroid",
        "synth-interval-fewshot",
        "synth-interval-knn",
        "synth-key-centroid",
        "synth-key-fewshot",
        "synth-key-knn"
      ],
      "overall": [
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 39.61199294532628,
          "borda": 4,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 36.13194444444444,
          "borda": 5,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 2
        }
      ]
    }
  ],
  "models": {
    "crepe-tiny": {
      "entry": "crepe-tiny",
      "adapter": "crepe",
      "revision": null,
      "params": 486552,
      "num_layers": 7,
      "layer_names": [
        "conv1",
        "conv2",
        "conv3",
        "conv4",
        "conv5",
        "conv6",
        "classifier"
      ],
      "sample_rate": 16000,
      "frame_rate": 100.0
    },
    "logmel": {
      "entry": "logmel",
      "adapter": "logmel",
      "revision": null,
      "params": 0,
      "num_layers": 1,
      "layer_names": null,
      "sample_rate": 16000,
      "frame_rate": 50.0
    }
  },
  "per_model_layers": {
    "crepe-tiny": {
      "synth-chord-centroid": {
        "scores": {
          "0": 0.14285714285714285,
          "1": 0.14285714285714285,
          "2": 0.16071428571428573,
          "3": 0.25,
          "4": 0.125,
          "5": 0.16071428571428573,
          "6": 0.16071428571428573
        },
        "selected": 1,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.17857142857142858,
          "1": 0.2857142857142857,
          "2": 0.25,
          "3": 0.21428571428571427,
          "4": 0.23214285714285715,
          "5": 0.26785714285714285,
          "6": 0.21428571428571427
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord-fewshot": {
        "scores": {
          "0": 0.18392857142857144,
          "1": 0.18392857142857144,
          "2": 0.18928571428571428,
          "3": 0.17857142857142855,
          "4": 0.16964285714285715,
          "5": 0.19285714285714284,
          "6": 0.225
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.062397875748771967,
          "1": 0.04521067464704344,
          "2": 0.06298282888767284,
          "3": 0.07098073897982783,
          "4": 0.05066521771111109,
          "5": 0.06123724356957944,
          "6": 0.04870779177494948
        },
        "valid": {
          "0": 0.17142857142857143,
          "1": 0.19642857142857142,
          "2": 0.16964285714285715,
          "3": 0.1857142857142857,
          "4": 0.2125,
          "5": 0.23035714285714287,
          "6": 0.19821428571428573
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "better"
        },
        "weighted_sum_layers": null
      },
      "synth-chord-knn": {
        "scores": {
          "0": 0.26785714285714285,
          "1": 0.26785714285714285,
          "2": 0.375,
          "3": 0.32142857142857145,
          "4": 0.23214285714285715,
          "5": 0.2857142857142857,
          "6": 0.19642857142857142
        },
        "selected": 4,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.23214285714285715,
          "1": 0.375,
          "2": 0.375,
          "3": 0.3392857142857143,
          "4": 0.39285714285714285,
          "5": 0.375,
          "6": 0.2857142857142857
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-centroid": {
        "scores": {
          "0": 0.15,
          "1": 0.25,
          "2": 0.1875,
          "3": 0.1875,
          "4": 0.1875,
          "5": 0.175,
          "6": 0.125
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.2625,
          "1": 0.175,
          "2": 0.225,
          "3": 0.2,
          "4": 0.1625,
          "5": 0.175,
          "6": 0.1625
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-fewshot": {
        "scores": {
          "0": 0.20125,
          "1": 0.18,
          "2": 0.15125,
          "3": 0.18,
          "4": 0.20249999999999999,
          "5": 0.1975,
          "6": 0.16999999999999998
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.021249999999999998,
          "1": 0.024494897427831782,
          "2": 0.035553656633319726,
          "3": 0.03799671038392666,
          "4": 0.03051638903933426,
          "5": 0.032015621187164243,
          "6": 0.05482928049865327
        },
        "valid": {
          "0": 0.22500000000000003,
          "1": 0.195,
          "2": 0.20750000000000002,
          "3": 0.20374999999999996,
          "4": 0.2,
          "5": 0.195,
          "6": 0.17875
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-knn": {
        "scores": {
          "0": 0.2875,
          "1": 0.275,
          "2": 0.275,
          "3": 0.3,
          "4": 0.3,
          "5": 0.3125,
          "6": 0.175
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.3,
          "1": 0.25,
          "2": 0.2875,
          "3": 0.25,
          "4": 0.3,
          "5": 0.275,
          "6": 0.275
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-centroid": {
        "scores": {
          "0": 0.08333333333333333,
          "1": 0.125,
          "2": 0.08333333333333333,
          "3": 0.11458333333333333,
          "4": 0.11458333333333333,
          "5": 0.1875,
          "6": 0.15625
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.03125,
          "1": 0.08333333333333333,
          "2": 0.08333333333333333,
          "3": 0.11458333333333333,
          "4": 0.125,
          "5": 0.14583333333333334,
          "6": 0.125
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-fewshot": {
        "scores": {
          "0": 0.10729166666666665,
          "1": 0.10729166666666667,
          "2": 0.11770833333333335,
          "3": 0.1,
          "4": 0.13854166666666667,
          "5": 0.18958333333333335,
          "6": 0.13333333333333336
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.02637289354410867,
          "1": 0.0255367722336068,
          "2": 0.043960308012519156,
          "3": 0.01755447869411741,
          "4": 0.042197143959435614,
          "5": 0.02072890493972125,
          "6": 0.02411632688081297
        },
        "valid": {
          "0": 0.10104166666666665,
          "1": 0.10520833333333332,
          "2": 0.08020833333333333,
          "3": 0.08229166666666668,
          "4": 0.1364583333333333,
          "5": 0.178125,
          "6": 0.15104166666666669
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-knn": {
        "scores": {
          "0": 0.21875,
          "1": 0.3125,
          "2": 0.3125,
          "3": 0.375,
          "4": 0.4166666666666667,
          "5": 0.46875,
          "6": 0.3020833333333333
        },
        "selected": 3,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.20833333333333334,
          "1": 0.22916666666666666,
          "2": 0.2604166666666667,
          "3": 0.3645833333333333,
          "4": 0.3229166666666667,
          "5": 0.34375,
          "6": 0.2916666666666667
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "better",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-centroid": {
        "scores": {
          "0": 0.3763888888888889,
          "1": 0.5194444444444445,
          "2": 0.5444444444444445,
          "3": 0.5847222222222223,
          "4": 0.6847222222222222,
          "5": 0.7250000000000001,
          "6": 0.6569444444444446
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.33472222222222225,
          "1": 0.4722222222222222,
          "2": 0.5277777777777778,
          "3": 0.49583333333333335,
          "4": 0.6222222222222222,
          "5": 0.6875,
          "6": 0.625
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-fewshot": {
        "scores": {
          "0": 0.5972222222222222,
          "1": 0.5413888888888889,
          "2": 0.6319444444444445,
          "3": 0.68875,
          "4": 0.7636111111111111,
          "5": 0.7770833333333333,
          "6": 0.7398611111111111
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.032268883838731235,
          "1": 0.030236975565655116,
          "2": 0.02696734422076056,
          "3": 0.04112354354057215,
          "4": 0.02593022451136656,
          "5": 0.018302267450432494,
          "6": 0.02693191289342004
        },
        "valid": {
          "0": 0.5941666666666666,
          "1": 0.5259722222222223,
          "2": 0.6015277777777778,
          "3": 0.6018055555555556,
          "4": 0.7073611111111111,
          "5": 0.7683333333333333,
          "6": 0.6848611111111111
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-knn": {
        "scores": {
          "0": 0.37083333333333335,
          "1": 0.5152777777777777,
          "2": 0.5444444444444445,
          "3": 0.588888888888889,
          "4": 0.6472222222222223,
          "5": 0.7430555555555556,
          "6": 0.6708333333333333
        },
        "selected": 5,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.3777777777777778,
          "1": 0.4986111111111111,
          "2": 0.5555555555555556,
          "3": 0.49166666666666675,
          "4": 0.6611111111111111,
          "5": 0.7222222222222222,
          "6": 0.6125
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-centroid": {
        "scores": {
          "0": 0.9166666666666666,
          "1": 0.9722222222222222,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9722222222222222
        },
        "selected": 4,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.8981481481481481,
          "1": 0.9907407407407407,
          "2": 0.9814814814814815,
          "3": 0.9814814814814815,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9814814814814815
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-fewshot": {
        "scores": {
          "0": 0.9805555555555554,
          "1": 0.9851851851851852,
          "2": 0.999074074074074,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9907407407407407
        },
        "selected": 4,
        "layer_weights": null,
        "std": {
          "0": 0.010516496936667166,
          "1": 0.004536092116265111,
          "2": 0.0027777777777777905,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.9768518518518517,
          "1": 0.9953703703703702,
          "2": 0.9888888888888887,
          "3": 0.986111111111111,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9814814814814815
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-knn": {
        "scores": {
          "0": 0.9537037037037037,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9814814814814815
        },
        "selected": 4,
        "layer_weights": null,
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.9537037037037037,
          "1": 0.9907407407407407,
          "2": 0.9907407407407407,
          "3": 0.9907407407407407,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9814814814814815
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "logmel": {
      "synth-chord-centroid": {
        "scores": {
          "0": 0.19642857142857142
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.16071428571428573
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord-fewshot": {
        "scores": {
          "0": 0.2553571428571429
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.047949005650348396
        },
        "valid": {
          "0": 0.2178571428571429
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord-knn": {
        "scores": {
          "0": 0.4107142857142857
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.35714285714285715
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-centroid": {
        "scores": {
          "0": 0.2875
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.275
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-fewshot": {
        "scores": {
          "0": 0.25375000000000003
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0515539765682532
        },
        "valid": {
          "0": 0.26
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument-knn": {
        "scores": {
          "0": 0.3375
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.4125
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-centroid": {
        "scores": {
          "0": 0.16666666666666666
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.08333333333333333
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-fewshot": {
        "scores": {
          "0": 0.16354166666666664
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.023315655505832703
        },
        "valid": {
          "0": 0.13229166666666667
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval-knn": {
        "scores": {
          "0": 0.3958333333333333
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.34375
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-centroid": {
        "scores": {
          "0": 0.3375
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.35277777777777775
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-fewshot": {
        "scores": {
          "0": 0.8397222222222224
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.03676858730418777
        },
        "valid": {
          "0": 0.8438888888888888
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key-knn": {
        "scores": {
          "0": 0.4861111111111111
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.5263888888888889
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-centroid": {
        "scores": {
          "0": 0.9259259259259259
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.9166666666666666
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-fewshot": {
        "scores": {
          "0": 1.0
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 1.0
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch-knn": {
        "scores": {
          "0": 0.9722222222222222
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 1.0
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    }
  },
  "skipped": [],
  "similarity": {}
};
