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
    "synth-chord": {
      "version": 2,
      "protocol_hash": "8e985000a843c2cae109754d2a4aa071b9862aa6803bf63307e2ed2b85d9c13d",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "13381b8c5681913b7858942d31abb4fc1469761f8dcef5a73fe9425a5d515eca",
      "published": []
    },
    "synth-chords": {
      "version": 2,
      "protocol_hash": "a79248a86ba30638b904bbc1f3b92987f88e5d4c3ae6cbc2ce0d95b4e8314c80",
      "primary": "chord_majmin",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth",
        "synth-frames"
      ],
      "data_hash": "d0124ba83e164d3719e9c99cea0b4b43eee18102aba566c21763ec39df22fb95",
      "published": []
    },
    "synth-instrument": {
      "version": 2,
      "protocol_hash": "8e985000a843c2cae109754d2a4aa071b9862aa6803bf63307e2ed2b85d9c13d",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "synth"
      ],
      "data_hash": "563cec6fb1c8d8f6eddd9341da3c4e22f06d57651e5e31c6e49d092c0e28a6d5",
      "published": []
    },
    "synth-interval": {
      "version": 2,
      "protocol_hash": "8e985000a843c2cae109754d2a4aa071b9862aa6803bf63307e2ed2b85d9c13d",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "9ec473f1eec45e8d1616f9e27dd539e639c97c15efb446bb39bc3bd40e75e27d",
      "published": []
    },
    "synth-key": {
      "version": 2,
      "protocol_hash": "7cb1d69d1863c86870ef006e3e8b2a2d89fda155a30702dc82cb9eff3918103c",
      "primary": "key_weighted",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "6ddbbc9aac816ee9d2b374e66686eaa9ca7de813a7c2a8337800d65b1332fe8a",
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
    },
    "synth-tags": {
      "version": 2,
      "protocol_hash": "663624bad1def84a0e4789b6a6ef2349d2ec7316b6d7eacf46a2a65f9597b9df",
      "primary": "roc_auc",
      "higher_is_better": true,
      "family": "semantic",
      "suite": [
        "synth"
      ],
      "data_hash": "818e2b09dc1aad2025b32bb0d68c9801c7f6bf2fcf167842a2892819d92aedcf",
      "published": []
    },
    "synth-tempo": {
      "version": 2,
      "protocol_hash": "dadf8a42b07a14c5213ced83a8cf3c50c1b3722216d46bc5c240b50d2989461e",
      "primary": "r2",
      "higher_is_better": true,
      "family": "rhythmic",
      "suite": [
        "synth"
      ],
      "data_hash": "288c862790c05b353f0d12c6c3c86442927213431c04643e27944da0ff996e73",
      "published": []
    }
  },
  "overall": [
    {
      "model": "madmom-chroma",
      "params": 538124,
      "mean": 77.17207074808371,
      "borda": 133,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "basic-pitch",
      "params": 16702,
      "mean": 74.60677652456377,
      "borda": 153,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 2
    },
    {
      "model": "madmom-key",
      "params": 665808,
      "mean": 73.61802788150145,
      "borda": 127,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 3
    },
    {
      "model": "madmom-downbeats",
      "params": 99003,
      "mean": 73.57914730643023,
      "borda": 136,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 4
    },
    {
      "model": "random-beatnet",
      "params": 402325,
      "mean": 73.40635181446677,
      "borda": 131,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 5
    },
    {
      "model": "random-madmom-downbeats",
      "params": 99003,
      "mean": 72.5290280283483,
      "borda": 115,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 6
    },
    {
      "model": "random-basic-pitch",
      "params": 16702,
      "mean": 72.47331317939262,
      "borda": 132,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 7
    },
    {
      "model": "random-madmom-chroma",
      "params": 538124,
      "mean": 71.83727662176264,
      "borda": 115,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 8
    },
    {
      "model": "madmom-beats",
      "params": 89301,
      "mean": 71.81860202029009,
      "borda": 120,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 9
    },
    {
      "model": "random-madmom-key",
      "params": 665808,
      "mean": 71.64859266897798,
      "borda": 116,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 10
    },
    {
      "model": "random-madmom-beats",
      "params": 89301,
      "mean": 71.37042355530636,
      "borda": 118,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 11
    },
    {
      "model": "crepe-full",
      "params": 22239976,
      "mean": 69.8532534655764,
      "borda": 106,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 12
    },
    {
      "model": "beatnet",
      "params": 402325,
      "mean": 69.67729253855855,
      "borda": 115,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 13
    },
    {
      "model": "logmel",
      "params": 0,
      "mean": 68.50539232536251,
      "borda": 94,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 14
    },
    {
      "model": "random-musicnn",
      "params": 787159,
      "mean": 67.75992324841194,
      "borda": 123,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 15
    },
    {
      "model": "vgg-mtt",
      "params": 605748,
      "mean": 66.26141089833715,
      "borda": 130,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 16
    },
    {
      "model": "musicnn-mtt",
      "params": 787159,
      "mean": 66.13683742381295,
      "borda": 113,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 17
    },
    {
      "model": "crepe-tiny",
      "params": 486552,
      "mean": 62.38484979207994,
      "borda": 53,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 18
    },
    {
      "model": "vgg-msd",
      "params": 605748,
      "mean": 61.22293915279853,
      "borda": 103,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 19
    },
    {
      "model": "random-vgg",
      "params": 605748,
      "mean": 56.281856549303114,
      "borda": 80,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 20
    },
    {
      "model": "random-crepe-tiny",
      "params": 486552,
      "mean": 53.09420745521679,
      "borda": 27,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 21
    },
    {
      "model": "chroma",
      "params": 0,
      "mean": 52.176531851192145,
      "borda": 34,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 22
    },
    {
      "model": "mfcc",
      "params": 0,
      "mean": 49.34099613974919,
      "borda": 48,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 23
    },
    {
      "model": "musicnn-msd",
      "params": 787159,
      "mean": 36.79484639454539,
      "borda": 62,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 24
    }
  ],
  "per_task": {
    "synth-beat": [
      {
        "model": "random-beatnet",
        "score": 0.7931407268985852,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.45001465011795067,
        "last_layer_std": 0.0,
        "weighted_sum": 0.793613056021527,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.7909921728382016,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7504989428307253,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7909921728382016,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.7889551061488356,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.8097387587773962,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8340382110544321,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.7889551061488356,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6561019020982725,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7889551061488356,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.7836016675347928,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.9430609109729755,
        "last_layer_std": 0.0,
        "weighted_sum": 0.9222972332489877,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.7836016675347928,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6431158310740396,
        "last_layer_std": 0.0,
        "weighted_sum": 0.783405252731692,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.7712475153678965,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.685976364307841,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7712475153678965,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.7696173907429257,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.7886626075127761,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8402914060135472,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.7545812401160503,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.31801881297893014,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7423162218352369,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.7545812401160503,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.5632925089453118,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7480282078898106,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.7517904051134542,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.5719108278516701,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7558022671478363,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.7430064683403679,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7430064683403679,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.7377718740369157,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7377718740369157,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.7360414796035925,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.031868686868686866,
        "last_layer_std": 0.0,
        "weighted_sum": 0.756319733330293,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.7261201722009675,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.03975720867826131,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7690363158495293,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.6965925695916014,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.5372967855158639,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7070259765214576,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.6932235232890712,
        "std": 0.0,
        "layer": 3,
        "num_layers": 8,
        "last_layer": 0.03903559403559404,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7461582349077138,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.6844170471214877,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.6527785311651025,
        "last_layer_std": 0.0,
        "weighted_sum": 0.6718992371569218,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.5047965598367946,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.05963083213083213,
        "last_layer_std": 0.0,
        "weighted_sum": 0.4944099788618771,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.5047965598367946,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.06313960406065669,
        "last_layer_std": 0.0,
        "weighted_sum": 0.5005074250257971,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.43267156132212514,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.43267156132212514,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.28601700027741006,
        "std": 0.0,
        "layer": 5,
        "num_layers": 6,
        "last_layer": 0.28601700027741006,
        "last_layer_std": 0.0,
        "weighted_sum": 0.23887787369502392,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.2814201197073288,
        "std": 0.0,
        "layer": 5,
        "num_layers": 6,
        "last_layer": 0.2814201197073288,
        "last_layer_std": 0.0,
        "weighted_sum": 0.20269761123481517,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.17301061128703527,
        "std": 0.0,
        "layer": 5,
        "num_layers": 6,
        "last_layer": 0.17301061128703527,
        "last_layer_std": 0.0,
        "weighted_sum": 0.0834622957196655,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-chord": [
      {
        "model": "madmom-chroma",
        "score": 0.9285714285714285,
        "std": 1.1102230246251565e-16,
        "layer": 4,
        "num_layers": 5,
        "last_layer": 0.9285714285714285,
        "last_layer_std": 1.1102230246251565e-16,
        "weighted_sum": 0.7678571428571429,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.75,
        "std": 0.038575837490523,
        "layer": 2,
        "num_layers": 8,
        "last_layer": 0.5595238095238095,
        "last_layer_std": 0.008417937871268393,
        "weighted_sum": 0.5654761904761905,
        "weighted_sum_std": 0.008417937871268393,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.6190476190476191,
        "std": 0.008417937871268445,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.3273809523809524,
        "last_layer_std": 0.055200110092236326,
        "weighted_sum": 0.3452380952380953,
        "weighted_sum_std": 0.016835875742536838,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.5357142857142857,
        "std": 0.03857583749052297,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.19047619047619047,
        "last_layer_std": 0.016835875742536838,
        "weighted_sum": 0.42857142857142855,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.5238095238095238,
        "std": 0.02227177015936871,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.2738095238095238,
        "last_layer_std": 0.030351306628528467,
        "weighted_sum": 0.44047619047619047,
        "weighted_sum_std": 0.008417937871268445,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.5,
        "std": 0.014580296087995123,
        "layer": 6,
        "num_layers": 8,
        "last_layer": 0.5178571428571429,
        "last_layer_std": 0.0,
        "weighted_sum": 0.5357142857142857,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.5,
        "std": 0.07715167498104594,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.25595238095238093,
        "last_layer_std": 0.022271770159368688,
        "weighted_sum": 0.36309523809523814,
        "weighted_sum_std": 0.022271770159368688,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.49404761904761907,
        "std": 0.05120431706572994,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.10119047619047618,
        "last_layer_std": 0.03035130662852848,
        "weighted_sum": 0.36904761904761907,
        "weighted_sum_std": 0.008417937871268419,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.49404761904761907,
        "std": 0.05120431706572994,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.15476190476190474,
        "last_layer_std": 0.01683587574253685,
        "weighted_sum": 0.46428571428571425,
        "weighted_sum_std": 0.029160592175990225,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.4761904761904762,
        "std": 0.046869094488165564,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.2023809523809524,
        "last_layer_std": 0.03367175148507369,
        "weighted_sum": 0.4523809523809524,
        "weighted_sum_std": 0.016835875742536865,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.46428571428571425,
        "std": 5.551115123125783e-17,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.22023809523809523,
        "last_layer_std": 0.022271770159368702,
        "weighted_sum": 0.22023809523809523,
        "weighted_sum_std": 0.01683587574253685,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.46428571428571425,
        "std": 0.0145802960879951,
        "layer": 2,
        "num_layers": 5,
        "last_layer": 0.26785714285714285,
        "last_layer_std": 0.025253813613805257,
        "weighted_sum": 0.4226190476190476,
        "weighted_sum_std": 0.016835875742536865,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.43452380952380953,
        "std": 0.022271770159368712,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.32142857142857145,
        "last_layer_std": 0.014580296087995123,
        "weighted_sum": 0.4523809523809524,
        "weighted_sum_std": 0.008417937871268419,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.43452380952380953,
        "std": 0.04686909448816555,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.1488095238095238,
        "last_layer_std": 0.008417937871268433,
        "weighted_sum": 0.35714285714285715,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.4226190476190476,
        "std": 0.008417937871268419,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.36904761904761907,
        "last_layer_std": 0.008417937871268419,
        "weighted_sum": 0.36904761904761907,
        "weighted_sum_std": 0.008417937871268419,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.4047619047619047,
        "std": 0.033671751485073675,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.10714285714285715,
        "last_layer_std": 0.014580296087995106,
        "weighted_sum": 0.4523809523809524,
        "weighted_sum_std": 0.016835875742536865,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.38690476190476186,
        "std": 0.016835875742536838,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.38690476190476186,
        "last_layer_std": 0.016835875742536838,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.36904761904761907,
        "std": 0.016835875742536838,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.16071428571428573,
        "last_layer_std": 0.014580296087995112,
        "weighted_sum": 0.23809523809523805,
        "weighted_sum_std": 0.0222717701593687,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.32142857142857145,
        "std": 0.025253813613805284,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.32142857142857145,
        "last_layer_std": 0.025253813613805284,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.3154761904761905,
        "std": 0.022271770159368716,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.2261904761904762,
        "last_layer_std": 0.022271770159368702,
        "weighted_sum": 0.19642857142857142,
        "weighted_sum_std": 0.025253813613805257,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.29166666666666663,
        "std": 0.008417937871268419,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.29166666666666663,
        "last_layer_std": 0.008417937871268419,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.2738095238095238,
        "std": 0.008417937871268419,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.17857142857142858,
        "last_layer_std": 0.02525381361380527,
        "weighted_sum": 0.2261904761904762,
        "weighted_sum_std": 0.008417937871268433,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.25595238095238093,
        "std": 0.008417937871268419,
        "layer": 3,
        "num_layers": 7,
        "last_layer": 0.25,
        "last_layer_std": 0.02916059217599021,
        "weighted_sum": 0.3273809523809524,
        "weighted_sum_std": 0.055200110092236326,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.19642857142857142,
        "std": 0.02916059217599021,
        "layer": 4,
        "num_layers": 6,
        "last_layer": 0.18452380952380953,
        "last_layer_std": 0.008417937871268419,
        "weighted_sum": 0.19642857142857142,
        "weighted_sum_std": 0.03857583749052297,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-chords": [
      {
        "model": "random-madmom-key",
        "score": 0.8559076564459401,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.09758010386204569,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8418719899965343,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.8542565461121583,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.8055637763477705,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8542565461121583,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.8528850958402544,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.6857866911705948,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8567578212397274,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.8498729522715738,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.3075426769433544,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8207477840607242,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.8415105188124534,
        "std": 0.0,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.7907096597488187,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8544396616731794,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.8414285432107194,
        "std": 0.0,
        "layer": 1,
        "num_layers": 8,
        "last_layer": 0.10766397511530351,
        "last_layer_std": 0.0,
        "weighted_sum": 0.8540278846735516,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.8383986208999346,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.8383986208999346,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.7949411299595294,
        "std": 0.0,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.10404091469220741,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7949411299595294,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.7949411299595294,
        "std": 0.0,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.11073142368044814,
        "last_layer_std": 0.0,
        "weighted_sum": 0.805401714166802,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.7650271976624846,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.1090553971897336,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7650271976624846,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.7650271976624846,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.1782685934503443,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7650271976624846,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.7279718133121231,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7279718133121231,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.7246906011665576,
        "std": 0.0,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.6120014872737677,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7246906011665576,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.6701642258842864,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.10331024677028616,
        "last_layer_std": 0.0,
        "weighted_sum": 0.6701642258842865,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.6701642258842864,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.12094598139795312,
        "last_layer_std": 0.0,
        "weighted_sum": 0.6701642258842864,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.6345850752359532,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.5888367283312559,
        "last_layer_std": 0.0,
        "weighted_sum": 0.6341377656732584,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.6030613518571709,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.19544661144676762,
        "last_layer_std": 0.0,
        "weighted_sum": 0.6223268842586991,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.4577960848259223,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.1129469230980984,
        "last_layer_std": 0.0,
        "weighted_sum": 0.3184372129816597,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.38044208379876265,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.10407207110288662,
        "last_layer_std": 0.0,
        "weighted_sum": 0.23904302279645942,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.2070636562253781,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.08426524154688969,
        "last_layer_std": 0.0,
        "weighted_sum": 0.21167511402805206,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.20254901705611372,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.1010041540202882,
        "last_layer_std": 0.0,
        "weighted_sum": 0.15755381195843648,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.19399755674128905,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.08950246421988278,
        "last_layer_std": 0.0,
        "weighted_sum": 0.21871380126367826,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.19359455696757796,
        "std": 0.0,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.19359455696757796,
        "last_layer_std": 0.0,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.15542999741911676,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.08475426909988781,
        "last_layer_std": 0.0,
        "weighted_sum": 0.17305550441045137,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-instrument": [
      {
        "model": "musicnn-mtt",
        "score": 0.8458333333333332,
        "std": 0.015590239111558123,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.6041666666666666,
        "last_layer_std": 0.015590239111558084,
        "weighted_sum": 0.7291666666666666,
        "weighted_sum_std": 0.015590239111558084,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.7833333333333333,
        "std": 0.005892556509887875,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.5166666666666666,
        "last_layer_std": 0.015590239111558084,
        "weighted_sum": 0.6583333333333333,
        "weighted_sum_std": 0.005892556509887875,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.7166666666666667,
        "std": 0.011785113019775802,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.5875,
        "last_layer_std": 0.02041241452319317,
        "weighted_sum": 0.6791666666666667,
        "weighted_sum_std": 0.011785113019775804,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.6625,
        "std": 0.04082482904638629,
        "layer": 3,
        "num_layers": 6,
        "last_layer": 0.4625000000000001,
        "last_layer_std": 0.010206207261596562,
        "weighted_sum": 0.4666666666666666,
        "weighted_sum_std": 0.005892556509887875,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.6166666666666667,
        "std": 0.011785113019775804,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.225,
        "last_layer_std": 0.027003086243366083,
        "weighted_sum": 0.5541666666666667,
        "weighted_sum_std": 0.011785113019775802,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.6083333333333334,
        "std": 0.011785113019775804,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.12916666666666668,
        "last_layer_std": 0.005892556509887901,
        "weighted_sum": 0.6041666666666666,
        "weighted_sum_std": 0.005892556509887928,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.5916666666666667,
        "std": 0.03118047822311616,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.2125,
        "last_layer_std": 0.027003086243366083,
        "weighted_sum": 0.5833333333333334,
        "weighted_sum_std": 0.025685058345704066,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.5791666666666666,
        "std": 0.015590239111558084,
        "layer": 4,
        "num_layers": 6,
        "last_layer": 0.6458333333333334,
        "last_layer_std": 0.005892556509887928,
        "weighted_sum": 0.5249999999999999,
        "weighted_sum_std": 0.010206207261596585,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.55,
        "std": 0.010206207261596585,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.2625,
        "last_layer_std": 0.027003086243366083,
        "weighted_sum": 0.5458333333333333,
        "weighted_sum_std": 0.005892556509887928,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.55,
        "std": 0.010206207261596585,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.1708333333333333,
        "last_layer_std": 0.015590239111558091,
        "weighted_sum": 0.5,
        "weighted_sum_std": 0.010206207261596562,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.5208333333333334,
        "std": 0.02568505834570409,
        "layer": 6,
        "num_layers": 8,
        "last_layer": 0.5375,
        "last_layer_std": 0.017677669529663678,
        "weighted_sum": 0.4041666666666666,
        "weighted_sum_std": 0.005892556509887875,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.5166666666666667,
        "std": 0.02124591463996994,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5166666666666667,
        "last_layer_std": 0.02124591463996994,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.4833333333333334,
        "std": 0.03584302194601095,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.1625,
        "last_layer_std": 0.0,
        "weighted_sum": 0.39999999999999997,
        "weighted_sum_std": 0.017677669529663678,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.4583333333333333,
        "std": 0.005892556509887901,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.31666666666666665,
        "last_layer_std": 0.005892556509887902,
        "weighted_sum": 0.3458333333333334,
        "weighted_sum_std": 0.011785113019775776,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.4583333333333333,
        "std": 0.03280836614171588,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.35833333333333334,
        "last_layer_std": 0.01559023911155808,
        "weighted_sum": 0.425,
        "weighted_sum_std": 0.02700308624336609,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.39999999999999997,
        "std": 0.010206207261596562,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.39999999999999997,
        "last_layer_std": 0.010206207261596562,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.3541666666666667,
        "std": 0.011785113019775776,
        "layer": 6,
        "num_layers": 7,
        "last_layer": 0.3541666666666667,
        "last_layer_std": 0.011785113019775776,
        "weighted_sum": 0.3666666666666667,
        "weighted_sum_std": 0.011785113019775804,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.325,
        "std": 0.010206207261596585,
        "layer": 4,
        "num_layers": 8,
        "last_layer": 0.2833333333333333,
        "last_layer_std": 0.025685058345704066,
        "weighted_sum": 0.3416666666666666,
        "weighted_sum_std": 0.01559023911155808,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.3166666666666667,
        "std": 0.059802917060030526,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.25416666666666665,
        "last_layer_std": 0.011785113019775804,
        "weighted_sum": 0.3375000000000001,
        "weighted_sum_std": 0.010206207261596562,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.3166666666666667,
        "std": 0.021245914639969953,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.29583333333333334,
        "last_layer_std": 0.025685058345704066,
        "weighted_sum": 0.28750000000000003,
        "weighted_sum_std": 0.030618621784789732,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.29583333333333334,
        "std": 0.005892556509887901,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.25416666666666665,
        "last_layer_std": 0.005892556509887902,
        "weighted_sum": 0.25,
        "weighted_sum_std": 0.010206207261596585,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.2833333333333334,
        "std": 0.031180478223116183,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.19999999999999998,
        "last_layer_std": 0.01767766952966369,
        "weighted_sum": 0.2625,
        "weighted_sum_std": 0.010206207261596585,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.28333333333333327,
        "std": 0.01559023911155808,
        "layer": 3,
        "num_layers": 7,
        "last_layer": 0.26666666666666666,
        "last_layer_std": 0.03584302194601094,
        "weighted_sum": 0.22916666666666666,
        "weighted_sum_std": 0.042491829279939865,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.22083333333333335,
        "std": 0.015590239111558081,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.22083333333333335,
        "last_layer_std": 0.015590239111558081,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-interval": [
      {
        "model": "random-musicnn",
        "score": 0.6770833333333334,
        "std": 0.02250257186947171,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.34375,
        "last_layer_std": 0.01473139127471974,
        "weighted_sum": 0.5729166666666666,
        "weighted_sum_std": 0.008505172717997162,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.6770833333333334,
        "std": 0.02551551815399144,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.17708333333333334,
        "last_layer_std": 0.01473139127471974,
        "weighted_sum": 0.3854166666666667,
        "weighted_sum_std": 0.0170103454359943,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.6701388888888888,
        "std": 0.004910463758239948,
        "layer": 3,
        "num_layers": 8,
        "last_layer": 0.48263888888888884,
        "last_layer_std": 0.02598373185259679,
        "weighted_sum": 0.5729166666666666,
        "weighted_sum_std": 0.01701034543599428,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.6597222222222222,
        "std": 0.0049104637582398965,
        "layer": 2,
        "num_layers": 5,
        "last_layer": 0.6354166666666666,
        "last_layer_std": 0.008505172717997162,
        "weighted_sum": 0.6631944444444443,
        "weighted_sum_std": 0.004910463758239896,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.6215277777777778,
        "std": 0.0049104637582398965,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.3958333333333333,
        "last_layer_std": 0.00850517271799714,
        "weighted_sum": 0.46527777777777785,
        "weighted_sum_std": 0.019641855032959663,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.6111111111111112,
        "std": 0.004910463758239948,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.23958333333333334,
        "last_layer_std": 0.00850517271799715,
        "weighted_sum": 0.4791666666666667,
        "weighted_sum_std": 0.00850517271799714,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.6041666666666666,
        "std": 0.03707318837510872,
        "layer": 7,
        "num_layers": 8,
        "last_layer": 0.6041666666666666,
        "last_layer_std": 0.03707318837510872,
        "weighted_sum": 0.642361111111111,
        "weighted_sum_std": 0.009820927516479845,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.5972222222222222,
        "std": 0.004910463758239896,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.3645833333333333,
        "last_layer_std": 0.0170103454359943,
        "weighted_sum": 0.5104166666666666,
        "weighted_sum_std": 0.008505172717997162,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.5902777777777777,
        "std": 0.012991865926298411,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.2534722222222222,
        "last_layer_std": 0.021404215288086725,
        "weighted_sum": 0.3958333333333333,
        "weighted_sum_std": 0.022502571869471726,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.5104166666666666,
        "std": 0.0170103454359943,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.1284722222222222,
        "last_layer_std": 0.004910463758239909,
        "weighted_sum": 0.40625,
        "weighted_sum_std": 0.008505172717997162,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.5,
        "std": 0.00850517271799714,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.19444444444444442,
        "last_layer_std": 0.021404215288086725,
        "weighted_sum": 0.4131944444444444,
        "weighted_sum_std": 0.019641855032959635,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.49652777777777785,
        "std": 0.04195502074164783,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.10416666666666667,
        "last_layer_std": 0.017010345435994292,
        "weighted_sum": 0.4791666666666667,
        "weighted_sum_std": 0.022502571869471726,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.49652777777777785,
        "std": 0.0644001284409424,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.09722222222222222,
        "last_layer_std": 0.004910463758239916,
        "weighted_sum": 0.5,
        "weighted_sum_std": 0.02250257186947174,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.47222222222222215,
        "std": 0.02734030511809655,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.11458333333333333,
        "last_layer_std": 0.014731391274719733,
        "weighted_sum": 0.4201388888888889,
        "weighted_sum_std": 0.0049104637582398965,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.46527777777777773,
        "std": 0.02140421528808672,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.3229166666666667,
        "last_layer_std": 0.0170103454359943,
        "weighted_sum": 0.3854166666666667,
        "weighted_sum_std": 0.00850517271799714,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.45138888888888884,
        "std": 0.01770492886664162,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.25,
        "last_layer_std": 0.00850517271799715,
        "weighted_sum": 0.3888888888888889,
        "weighted_sum_std": 0.021404215288086736,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.44097222222222215,
        "std": 0.012991865926298406,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.2222222222222222,
        "last_layer_std": 0.01770492886664162,
        "weighted_sum": 0.3923611111111111,
        "weighted_sum_std": 0.012991865926298406,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.4305555555555556,
        "std": 0.009820927516479817,
        "layer": 4,
        "num_layers": 7,
        "last_layer": 0.2986111111111111,
        "last_layer_std": 0.012991865926298406,
        "weighted_sum": 0.23611111111111113,
        "weighted_sum_std": 0.012991865926298408,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.4236111111111111,
        "std": 0.025983731852596812,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.06250000000000001,
        "last_layer_std": 0.008505172717997146,
        "weighted_sum": 0.4930555555555556,
        "weighted_sum_std": 0.009820927516479817,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.40277777777777773,
        "std": 0.004910463758239922,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.08680555555555554,
        "last_layer_std": 0.004910463758239916,
        "weighted_sum": 0.2569444444444445,
        "weighted_sum_std": 0.01770492886664161,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.3993055555555555,
        "std": 0.025983731852596816,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3993055555555555,
        "last_layer_std": 0.025983731852596816,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.37152777777777773,
        "std": 0.02140421528808672,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.37152777777777773,
        "last_layer_std": 0.02140421528808672,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.3576388888888889,
        "std": 0.021404215288086736,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3576388888888889,
        "last_layer_std": 0.021404215288086736,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.1909722222222222,
        "std": 0.009820927516479817,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.16666666666666666,
        "last_layer_std": 0.00850517271799715,
        "weighted_sum": 0.17013888888888887,
        "weighted_sum_std": 0.012991865926298408,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-key": [
      {
        "model": "madmom-chroma",
        "score": 1.0,
        "std": 0.0,
        "layer": 4,
        "num_layers": 5,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": 0.9930555555555557,
        "weighted_sum_std": 1.1102230246251565e-16,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.9893518518518519,
        "std": 0.0028538953717448866,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.7902777777777779,
        "last_layer_std": 0.013078191566505129,
        "weighted_sum": 0.9861111111111112,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.9893518518518519,
        "std": 0.0028538953717448866,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6824074074074074,
        "last_layer_std": 0.024251483062423713,
        "weighted_sum": 0.9421296296296297,
        "weighted_sum_std": 0.001309457002197358,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.9893518518518519,
        "std": 0.0028538953717448866,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.20601851851851852,
        "last_layer_std": 0.021104206148224967,
        "weighted_sum": 0.9425925925925925,
        "weighted_sum_std": 0.010227186127025204,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.9532407407407408,
        "std": 0.00458309950769057,
        "layer": 2,
        "num_layers": 7,
        "last_layer": 0.9574074074074074,
        "last_layer_std": 0.012439841520874509,
        "weighted_sum": 0.9810185185185185,
        "weighted_sum_std": 0.001309457002197358,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.9523148148148147,
        "std": 0.003982557994001198,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.9388888888888888,
        "last_layer_std": 0.0,
        "weighted_sum": 0.850462962962963,
        "weighted_sum_std": 0.003645374015746215,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.9444444444444445,
        "std": 0.006000685831859109,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.8097222222222222,
        "last_layer_std": 0.012266334536566411,
        "weighted_sum": 0.8930555555555556,
        "weighted_sum_std": 0.006000685831859246,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.9101851851851852,
        "std": 0.014973112619255822,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.09583333333333333,
        "last_layer_std": 0.00226804605813257,
        "weighted_sum": 0.8712962962962963,
        "weighted_sum_std": 0.0013094570021973055,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.9101851851851852,
        "std": 0.014973112619255822,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.18425925925925926,
        "last_layer_std": 0.0032736425054932837,
        "weighted_sum": 0.838425925925926,
        "weighted_sum_std": 0.004583099507690626,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.9037037037037038,
        "std": 0.013718085546323148,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.08750000000000001,
        "last_layer_std": 0.01500171457964782,
        "weighted_sum": 0.7430555555555555,
        "weighted_sum_std": 0.014163943093313291,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.9037037037037038,
        "std": 0.013718085546323148,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.15416666666666665,
        "last_layer_std": 0.015713484026367713,
        "weighted_sum": 0.8722222222222222,
        "weighted_sum_std": 0.014478236825103628,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.8731481481481481,
        "std": 0.009644753081481341,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.8731481481481481,
        "last_layer_std": 0.009644753081481341,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.8606481481481483,
        "std": 0.008511470514282487,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.8606481481481483,
        "last_layer_std": 0.008511470514282487,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.8421296296296297,
        "std": 0.0045830995076905625,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7425925925925926,
        "last_layer_std": 0.020981979988193785,
        "weighted_sum": 0.7569444444444443,
        "weighted_sum_std": 0.009820927516479791,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.7680555555555556,
        "std": 0.019641855032959715,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.12685185185185185,
        "last_layer_std": 0.01274620360920019,
        "weighted_sum": 0.5032407407407408,
        "weighted_sum_std": 0.03451481262891817,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 0.7574074074074074,
        "std": 0.017022941028565018,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.13101851851851853,
        "last_layer_std": 0.018714243455007166,
        "weighted_sum": 0.48287037037037034,
        "weighted_sum_std": 0.025162367114261473,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.7444444444444445,
        "std": 0.009689097007618648,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.10694444444444444,
        "last_layer_std": 0.004088778178855483,
        "weighted_sum": 0.661574074074074,
        "weighted_sum_std": 0.003982557994001206,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.7444444444444445,
        "std": 0.009689097007618648,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.08287037037037037,
        "last_layer_std": 0.007290748031492411,
        "weighted_sum": 0.6384259259259258,
        "weighted_sum_std": 0.007378415486346838,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.6032407407407407,
        "std": 0.029881739931675783,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.14444444444444446,
        "last_layer_std": 0.020506698694768618,
        "weighted_sum": 0.47453703703703703,
        "weighted_sum_std": 0.012125741531211882,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.5750000000000001,
        "std": 0.03086959829290679,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.4856481481481481,
        "last_layer_std": 0.008359013928364696,
        "weighted_sum": 0.5671296296296297,
        "weighted_sum_std": 0.028718634109760728,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.25787037037037036,
        "std": 0.016602241738001015,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.11712962962962964,
        "last_layer_std": 0.007202013512085208,
        "weighted_sum": 0.1324074074074074,
        "weighted_sum_std": 0.009166199015381163,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.24583333333333335,
        "std": 0.012001371663718272,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.10046296296296296,
        "last_layer_std": 0.01118800553110609,
        "weighted_sum": 0.11527777777777777,
        "weighted_sum_std": 0.03381214747501891,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.19212962962962962,
        "std": 0.023166659265179277,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.19212962962962962,
        "last_layer_std": 0.023166659265179277,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.1574074074074074,
        "std": 0.011803285911094401,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.0837962962962963,
        "last_layer_std": 0.010536858034019478,
        "weighted_sum": 0.13796296296296298,
        "weighted_sum_std": 0.004583099507690593,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch": [
      {
        "model": "basic-pitch",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.9876543209876543,
        "last_layer_std": 0.004364856673991001,
        "weighted_sum": 0.9722222222222222,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.15123456790123457,
        "last_layer_std": 0.00436485667399104,
        "weighted_sum": 0.9907407407407408,
        "weighted_sum_std": 0.0075601535271085625,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 1.0,
        "std": 0.0,
        "layer": 2,
        "num_layers": 7,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 3,
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
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.9845679012345679,
        "last_layer_std": 0.004364856673991001,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.07407407407407407,
        "last_layer_std": 0.020002286106197097,
        "weighted_sum": 0.9969135802469135,
        "weighted_sum_std": 0.004364856673991053,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.7870370370370371,
        "last_layer_std": 0.013094570021973107,
        "weighted_sum": 0.9907407407407408,
        "weighted_sum_std": 1.1102230246251565e-16,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.30864197530864196,
        "last_layer_std": 0.024302493438308075,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 1.0,
        "std": 0.0,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.11419753086419752,
        "last_layer_std": 0.004364856673991033,
        "weighted_sum": 0.9938271604938271,
        "weighted_sum_std": 0.004364856673991053,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.9660493827160493,
        "last_layer_std": 0.004364856673991053,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.25925925925925924,
        "last_layer_std": 0.007560153527108585,
        "weighted_sum": 0.9969135802469135,
        "weighted_sum_std": 0.004364856673991053,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.6265432098765432,
        "last_layer_std": 0.004364856673991053,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 1.0,
        "std": 0.0,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.79320987654321,
        "last_layer_std": 0.015737714548125847,
        "weighted_sum": 0.9753086419753086,
        "weighted_sum_std": 0.004364856673991053,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 1.0,
        "std": 0.0,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.5524691358024691,
        "last_layer_std": 0.011548325267820769,
        "weighted_sum": 0.9475308641975309,
        "weighted_sum_std": 0.008729713347982055,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-mtt",
        "score": 1.0,
        "std": 0.0,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.49382716049382713,
        "last_layer_std": 0.011548325267820833,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.9907407407407408,
        "std": 1.1102230246251565e-16,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.9907407407407408,
        "last_layer_std": 1.1102230246251565e-16,
        "weighted_sum": 0.9907407407407408,
        "weighted_sum_std": 1.1102230246251565e-16,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.9753086419753086,
        "std": 0.004364856673991053,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.5833333333333334,
        "last_layer_std": 0.013094570021973107,
        "weighted_sum": 0.7469135802469135,
        "weighted_sum_std": 0.011548325267820809,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.9722222222222222,
        "std": 0.0075601535271086085,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.033950617283950615,
        "last_layer_std": 0.004364856673991033,
        "weighted_sum": 0.9475308641975309,
        "weighted_sum_std": 0.011548325267820769,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.9351851851851852,
        "std": 0.0,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.9197530864197531,
        "last_layer_std": 0.004364856673991053,
        "weighted_sum": 0.9290123456790124,
        "weighted_sum_std": 0.011548325267820809,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.8796296296296297,
        "std": 0.013094570021973107,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.17901234567901234,
        "last_layer_std": 0.015737714548125874,
        "weighted_sum": 0.4753086419753087,
        "weighted_sum_std": 0.004364856673991027,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.6697530864197531,
        "std": 0.004364856673991053,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.6697530864197531,
        "last_layer_std": 0.004364856673991053,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.6388888888888888,
        "std": 0.013094570021973107,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.6388888888888888,
        "last_layer_std": 0.013094570021973107,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.5771604938271605,
        "std": 0.01573771454812586,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.14506172839506173,
        "last_layer_std": 0.008729713347982067,
        "weighted_sum": 0.2962962962962963,
        "weighted_sum_std": 0.026189140043946214,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 108,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-tags": [
      {
        "model": "vgg-mtt",
        "score": 0.876447381984987,
        "std": 0.0027158362695017535,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.7858359030034533,
        "last_layer_std": 0.001872705059302249,
        "weighted_sum": 0.8237954164033656,
        "weighted_sum_std": 0.0029477342959211787,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.8586612156254106,
        "std": 0.004620325564193073,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.7248190141290642,
        "last_layer_std": 0.0036637241600391353,
        "weighted_sum": 0.8283001209090101,
        "weighted_sum_std": 0.001868423630304909,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.8537893334511167,
        "std": 0.000981806988777961,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.7334246823653262,
        "last_layer_std": 0.0032552078062581757,
        "weighted_sum": 0.8360907492204199,
        "weighted_sum_std": 0.0018876215239199046,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.8517987580918759,
        "std": 0.0034378569175702706,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.7925165344167576,
        "last_layer_std": 0.0024712146823052754,
        "weighted_sum": 0.8573179346292887,
        "weighted_sum_std": 0.0044051684512846885,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": 0.8496248773959785,
        "std": 0.004423433424189914,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.7556974689510839,
        "last_layer_std": 0.00252592742073006,
        "weighted_sum": 0.8177772291560577,
        "weighted_sum_std": 0.003033942577689828,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.8317480896703037,
        "std": 0.0020324732464218442,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7255140390364248,
        "last_layer_std": 0.0022664807826278856,
        "weighted_sum": 0.7861945228277865,
        "weighted_sum_std": 0.006569233906199188,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.8260020074050862,
        "std": 0.0008421971228980123,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.6875711792343827,
        "last_layer_std": 0.003489133906579159,
        "weighted_sum": 0.780041695434546,
        "weighted_sum_std": 0.002734599267627846,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.80297962216355,
        "std": 0.003342823535592454,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.5803148214425523,
        "last_layer_std": 0.002056173964934318,
        "weighted_sum": 0.8091113152028911,
        "weighted_sum_std": 0.0027315862868465325,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.80297962216355,
        "std": 0.003342823535592454,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.5450298702454682,
        "last_layer_std": 0.0038251931164332968,
        "weighted_sum": 0.7935194201325985,
        "weighted_sum_std": 0.005313879687958965,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.8002775837701844,
        "std": 0.0022557068754014164,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.640220713617982,
        "last_layer_std": 0.003290861975182412,
        "weighted_sum": 0.7991944434437154,
        "weighted_sum_std": 0.003992523331471679,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.8002775837701844,
        "std": 0.0022557068754014164,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.5863427340609217,
        "last_layer_std": 0.0014575449852022968,
        "weighted_sum": 0.7874325850640048,
        "weighted_sum_std": 0.005404878323510844,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.771258303519311,
        "std": 0.0053986479404170675,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.6409901719038101,
        "last_layer_std": 0.0007769513952720682,
        "weighted_sum": 0.771339948936563,
        "weighted_sum_std": 0.0019734661937768996,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.7686863488697192,
        "std": 0.006655952543355579,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7686863488697192,
        "last_layer_std": 0.006655952543355579,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.7578378933636296,
        "std": 0.003000907416585954,
        "layer": 0,
        "num_layers": 6,
        "last_layer": 0.5868882741232978,
        "last_layer_std": 0.0010049013542217829,
        "weighted_sum": 0.7510916755555913,
        "weighted_sum_std": 0.005135308735245406,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.7554386947671649,
        "std": 0.001982061964136672,
        "layer": 6,
        "num_layers": 7,
        "last_layer": 0.7554386947671649,
        "last_layer_std": 0.001982061964136672,
        "weighted_sum": 0.7926888730864388,
        "weighted_sum_std": 0.0034188196017430903,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.7544626474382783,
        "std": 0.0019840285339659774,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7544626474382783,
        "last_layer_std": 0.0019840285339659774,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.7467383639645392,
        "std": 0.003299626899906482,
        "layer": 1,
        "num_layers": 8,
        "last_layer": 0.5570703648124326,
        "last_layer_std": 0.006355118237304324,
        "weighted_sum": 0.6814899127096714,
        "weighted_sum_std": 0.004258539640675947,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.7451566304355254,
        "std": 0.00545972840394756,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7086933686176288,
        "last_layer_std": 0.0046202994244840135,
        "weighted_sum": 0.7656517265094536,
        "weighted_sum_std": 0.001919154536578484,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.7389545506302558,
        "std": 0.005355333083481772,
        "layer": 2,
        "num_layers": 8,
        "last_layer": 0.652357143384298,
        "last_layer_std": 0.0018989674882772093,
        "weighted_sum": 0.7009496459060003,
        "weighted_sum_std": 0.004071787416532504,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.7249317697394142,
        "std": 0.007137298820522094,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.6751664222266577,
        "last_layer_std": 0.009128318894127302,
        "weighted_sum": 0.7011202124658454,
        "weighted_sum_std": 0.002475077819660149,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.6933096903693053,
        "std": 0.001957913200370889,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6199582747983466,
        "last_layer_std": 0.0007667503056971926,
        "weighted_sum": 0.6712215534323992,
        "weighted_sum_std": 0.0024026874475767315,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.6734298138487848,
        "std": 0.006756996272956715,
        "layer": 2,
        "num_layers": 5,
        "last_layer": 0.6349196033275017,
        "last_layer_std": 0.0021485127032759015,
        "weighted_sum": 0.6923258287402613,
        "weighted_sum_std": 0.004283668349441157,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.6590929997781326,
        "std": 0.00955535247106828,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.7197483430890571,
        "last_layer_std": 0.0014785852426920743,
        "weighted_sum": 0.7026677238016831,
        "weighted_sum_std": 0.005346165913114654,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.5882740432394068,
        "std": 0.00266682499420814,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5882740432394068,
        "last_layer_std": 0.00266682499420814,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 24,
        "fewer_test_clips": false
      }
    ],
    "synth-tempo": [
      {
        "model": "vgg-mtt",
        "score": 0.9612939159075419,
        "std": 0.0005125592698302226,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.8104010224342346,
        "last_layer_std": 0.004679152902785274,
        "weighted_sum": 0.8661360939343771,
        "weighted_sum_std": 0.005867583505751179,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-mtt",
        "score": 0.9560575286547343,
        "std": 0.0024202450543307228,
        "layer": 1,
        "num_layers": 8,
        "last_layer": 0.8108363747596741,
        "last_layer_std": 0.00401855315373185,
        "weighted_sum": 0.8845634659131368,
        "weighted_sum_std": 0.005888254328871723,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "vgg-msd",
        "score": 0.9495967427889506,
        "std": 0.0011052678187669584,
        "layer": 2,
        "num_layers": 6,
        "last_layer": 0.8321312665939331,
        "last_layer_std": 0.009206175129704017,
        "weighted_sum": 0.7762613892555237,
        "weighted_sum_std": 0.008904624144406688,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "basic-pitch",
        "score": 0.927608867486318,
        "std": 0.0005288316097101965,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.8900716304779053,
        "last_layer_std": 0.00562129880177168,
        "weighted_sum": 0.8896376887957255,
        "weighted_sum_std": 0.0019354159002415927,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "random-vgg",
        "score": 0.9184972246487936,
        "std": 0.001437359630840057,
        "layer": 3,
        "num_layers": 6,
        "last_layer": 0.8369844754536947,
        "last_layer_std": 0.004172800748071584,
        "weighted_sum": 0.890586773554484,
        "weighted_sum_std": 0.0009514381812813616,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-downbeats",
        "score": 0.9009321530659994,
        "std": 0.004177002279289067,
        "layer": 3,
        "num_layers": 5,
        "last_layer": 0.7775599360466003,
        "last_layer_std": 0.0006226472617472439,
        "weighted_sum": 0.8978944818178812,
        "weighted_sum_std": 0.0017693824283010748,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.8913532694180807,
        "std": 0.023972276042663037,
        "layer": 2,
        "num_layers": 5,
        "last_layer": 0.4205599029858907,
        "last_layer_std": 0.015340913934064442,
        "weighted_sum": 0.8069969415664673,
        "weighted_sum_std": 0.0007827266338122502,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 7,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.8870077331860861,
        "std": 0.006032009998047412,
        "layer": 4,
        "num_layers": 6,
        "last_layer": 0.3433633844057719,
        "last_layer_std": 0.003841941280568095,
        "weighted_sum": 0.8531970580418905,
        "weighted_sum_std": 0.010072770879693905,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.8847944339116415,
        "std": 0.0015344974419930805,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.484269917011261,
        "last_layer_std": 0.0006668212424641992,
        "weighted_sum": 0.8819523652394613,
        "weighted_sum_std": 0.0022342425971128544,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "random-musicnn",
        "score": 0.8453980286916097,
        "std": 0.0023942690660376602,
        "layer": 1,
        "num_layers": 8,
        "last_layer": 0.6056206425031027,
        "last_layer_std": 0.01713997280397833,
        "weighted_sum": 0.8673336307207743,
        "weighted_sum_std": 0.0037375935472050365,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 10,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.8399060964584351,
        "std": 0.005278331970239198,
        "layer": 3,
        "num_layers": 5,
        "last_layer": 0.2757550875345866,
        "last_layer_std": 0.0004784088863172257,
        "weighted_sum": 0.8809755444526672,
        "weighted_sum_std": 0.005978158214618341,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 11,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.8155627846717834,
        "std": 0.0017989260397938713,
        "layer": 4,
        "num_layers": 6,
        "last_layer": 0.21683480342229208,
        "last_layer_std": 0.002329767091833585,
        "weighted_sum": 0.7568958799044291,
        "weighted_sum_std": 0.0034709460476675916,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 12,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.8060555458068848,
        "std": 0.0035429401669394575,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.517407496770223,
        "last_layer_std": 0.005889625726715607,
        "weighted_sum": 0.37354252735773724,
        "weighted_sum_std": 0.048272766656808304,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 13,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-full",
        "score": 0.8050361275672913,
        "std": 0.004122384174413268,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.6110983689626058,
        "last_layer_std": 0.013428899592102831,
        "weighted_sum": 0.6662237048149109,
        "weighted_sum_std": 0.004241824428429176,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 14,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-key",
        "score": 0.7981683015823364,
        "std": 0.010114215849800047,
        "layer": 1,
        "num_layers": 8,
        "last_layer": 0.14542311429977417,
        "last_layer_std": 0.01030211097885501,
        "weighted_sum": 0.58685169617335,
        "weighted_sum_std": 0.005691785925117735,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 15,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.7754937012990316,
        "std": 0.004660846701443257,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7754937012990316,
        "last_layer_std": 0.004660846701443257,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 16,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.7558154265085856,
        "std": 0.007299123203952924,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.6376689473787943,
        "last_layer_std": 0.018463712776951663,
        "weighted_sum": 0.7182221412658691,
        "weighted_sum_std": 0.006555120401604338,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 17,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-chroma",
        "score": 0.7511246005694071,
        "std": 0.01987398062248699,
        "layer": 1,
        "num_layers": 5,
        "last_layer": 0.4563884536425273,
        "last_layer_std": 0.0037276790063287602,
        "weighted_sum": 0.624271035194397,
        "weighted_sum_std": 0.009345481845161426,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 18,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-key",
        "score": 0.7343627214431763,
        "std": 0.003888312390649472,
        "layer": 2,
        "num_layers": 8,
        "last_layer": 0.4634365240732829,
        "last_layer_std": 0.018417388232650007,
        "weighted_sum": 0.6217813293139139,
        "weighted_sum_std": 0.0022747657643353582,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 19,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.693658451239268,
        "std": 0.006065243327506341,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.693658451239268,
        "last_layer_std": 0.006065243327506341,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 20,
        "fewer_test_clips": false
      },
      {
        "model": "random-basic-pitch",
        "score": 0.5945985515912374,
        "std": 0.1464343520499498,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.8995422919591268,
        "last_layer_std": 0.003910538322382316,
        "weighted_sum": 0.8838285406430563,
        "weighted_sum_std": 0.015247271574784109,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 21,
        "fewer_test_clips": false
      },
      {
        "model": "random-crepe-tiny",
        "score": 0.5736070076624552,
        "std": 0.011241176267954766,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.6620415250460306,
        "last_layer_std": 0.0067476167492492856,
        "weighted_sum": 0.7097602685292562,
        "weighted_sum_std": 0.0005350235658589277,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 22,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.5475326180458069,
        "std": 0.0027201913702283005,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5475326180458069,
        "last_layer_std": 0.0027201913702283005,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 23,
        "fewer_test_clips": false
      },
      {
        "model": "musicnn-msd",
        "score": -0.6519608894983927,
        "std": 0.9956795718349482,
        "layer": 5,
        "num_layers": 8,
        "last_layer": 0.8625478744506836,
        "last_layer_std": 0.015900457447064514,
        "weighted_sum": -21.93954340616862,
        "weighted_sum_std": 5.616539269179167,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 24,
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
        "synth-instrument",
        "synth-pitch"
      ],
      "overall": [
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 87.9320987654321,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 86.27314814814814,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 83.125,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 80.83333333333334,
          "borda": 41,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 79.58333333333333,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 79.02777777777777,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 78.95833333333333,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 77.5,
          "borda": 33,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 77.5,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 76.04166666666667,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 74.16666666666667,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 72.91666666666666,
          "borda": 33,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 72.91666666666666,
          "borda": 18,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 70.0,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 67.70833333333334,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 66.25,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 65.83333333333334,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 65.83333333333334,
          "borda": 17,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 64.79166666666667,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 64.69135802469137,
          "borda": 21,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 63.70370370370371,
          "borda": 9,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 60.925925925925924,
          "borda": 5,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.32098765432099,
          "borda": 14,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 42.986111111111114,
          "borda": 1,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": null,
      "family": "harmonic",
      "tasks": [
        "synth-chord",
        "synth-chords",
        "synth-interval",
        "synth-key"
      ],
      "overall": [
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.7451042401526,
          "borda": 85,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 81.2729820987865,
          "borda": 83,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 76.17866894380924,
          "borda": 80,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 73.73565437411146,
          "borda": 78,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 72.86554073800627,
          "borda": 71,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 67.64818559706455,
          "borda": 60,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 67.2244078863068,
          "borda": 53,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 67.1312994130094,
          "borda": 56,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 64.54896036484254,
          "borda": 50,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 62.58963496801714,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 62.443927162710004,
          "borda": 39,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 60.12960167885319,
          "borda": 45,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 60.12960167885319,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 57.44627957173955,
          "borda": 34,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 56.69218554444329,
          "borda": 29,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 54.43171706701011,
          "borda": 54,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 54.080566034337984,
          "borda": 25,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 49.05132780742112,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 47.613056882552826,
          "borda": 50,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 42.32189865581562,
          "borda": 36,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 41.071077447222926,
          "borda": 13,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 39.21726448574247,
          "borda": 18,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 28.17053759571501,
          "borda": 15,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 26.2229657760413,
          "borda": 7,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": null,
      "family": "rhythmic",
      "tasks": [
        "synth-beat",
        "synth-tempo"
      ],
      "overall": [
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 85.93005201622597,
          "borda": 42,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 84.49436296074175,
          "borda": 39,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 84.10888504278509,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 84.00742300423357,
          "borda": 39,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 83.74774684764367,
          "borda": 36,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 83.68747700302386,
          "borda": 35,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 81.1753881996614,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 79.25900877073545,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 79.07197541476012,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 78.03183929614676,
          "borda": 25,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 77.84132663403727,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.66327876679736,
          "borda": 19,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 75.28529203427287,
          "borda": 21,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 72.62039980500936,
          "borda": 15,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.83324597898178,
          "borda": 16,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 68.29230334795669,
          "borda": 20,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 65.14824307095655,
          "borda": 14,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 62.901202739197146,
          "borda": 8,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 62.36554580924759,
          "borda": 25,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 61.957964063998546,
          "borda": 9,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 61.550843124813966,
          "borda": 22,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 54.57539179679144,
          "borda": 19,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 49.0102089683966,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 2.0631316895339253,
          "borda": 7,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": null,
      "family": "semantic",
      "tasks": [
        "synth-tags"
      ],
      "overall": [
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 87.6447381984987,
          "borda": 23,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 85.86612156254107,
          "borda": 22,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 85.37893334511168,
          "borda": 21,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 85.17987580918759,
          "borda": 20,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 84.96248773959785,
          "borda": 19,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 83.17480896703037,
          "borda": 18,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 82.60020074050863,
          "borda": 17,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 80.297962216355,
          "borda": 16,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 80.297962216355,
          "borda": 15,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 80.02775837701844,
          "borda": 14,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 80.02775837701844,
          "borda": 13,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 77.1258303519311,
          "borda": 12,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 76.86863488697192,
          "borda": 11,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 75.78378933636296,
          "borda": 10,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 75.54386947671648,
          "borda": 9,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.44626474382783,
          "borda": 8,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 74.67383639645392,
          "borda": 7,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 74.51566304355254,
          "borda": 6,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 73.89545506302558,
          "borda": 5,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 72.49317697394142,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 69.33096903693054,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 67.34298138487847,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 65.90929997781326,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.82740432394068,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth",
      "family": null,
      "tasks": [
        "synth-beat",
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "overall": [
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 77.17207074808371,
          "borda": 133,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 74.60677652456377,
          "borda": 153,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 73.61802788150145,
          "borda": 127,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 73.57914730643023,
          "borda": 136,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 73.40635181446677,
          "borda": 131,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 72.5290280283483,
          "borda": 115,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 72.47331317939262,
          "borda": 132,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 71.83727662176264,
          "borda": 115,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 71.81860202029009,
          "borda": 120,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 71.64859266897798,
          "borda": 116,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 71.37042355530636,
          "borda": 118,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 69.8532534655764,
          "borda": 106,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 69.67729253855855,
          "borda": 115,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 68.50539232536251,
          "borda": 94,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 67.75992324841194,
          "borda": 123,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 66.26141089833715,
          "borda": 130,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 66.13683742381295,
          "borda": 113,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 62.38484979207994,
          "borda": 53,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 61.22293915279853,
          "borda": 103,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 56.281856549303114,
          "borda": 80,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 53.09420745521679,
          "borda": 27,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 52.176531851192145,
          "borda": 34,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 49.34099613974919,
          "borda": 48,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 36.79484639454539,
          "borda": 62,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth",
      "family": "acoustic",
      "tasks": [
        "synth-instrument",
        "synth-pitch"
      ],
      "overall": [
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 87.9320987654321,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 86.27314814814814,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 83.125,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 80.83333333333334,
          "borda": 41,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 79.58333333333333,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 79.02777777777777,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 78.95833333333333,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 77.5,
          "borda": 33,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 77.5,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 76.04166666666667,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 74.16666666666667,
          "borda": 26,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 72.91666666666666,
          "borda": 33,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 72.91666666666666,
          "borda": 18,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 70.0,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 67.70833333333334,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 66.25,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 65.83333333333334,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 65.83333333333334,
          "borda": 17,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 64.79166666666667,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 64.69135802469137,
          "borda": 21,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 63.70370370370371,
          "borda": 9,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 60.925925925925924,
          "borda": 5,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.32098765432099,
          "borda": 14,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 42.986111111111114,
          "borda": 1,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth",
      "family": "harmonic",
      "tasks": [
        "synth-chord",
        "synth-chords",
        "synth-interval",
        "synth-key"
      ],
      "overall": [
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.7451042401526,
          "borda": 85,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 81.2729820987865,
          "borda": 83,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 76.17866894380924,
          "borda": 80,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 73.73565437411146,
          "borda": 78,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 72.86554073800627,
          "borda": 71,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 67.64818559706455,
          "borda": 60,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 67.2244078863068,
          "borda": 53,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 67.1312994130094,
          "borda": 56,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 64.54896036484254,
          "borda": 50,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 62.58963496801714,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 62.443927162710004,
          "borda": 39,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 60.12960167885319,
          "borda": 45,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 60.12960167885319,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 57.44627957173955,
          "borda": 34,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 56.69218554444329,
          "borda": 29,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 54.43171706701011,
          "borda": 54,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 54.080566034337984,
          "borda": 25,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 49.05132780742112,
          "borda": 41,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 47.613056882552826,
          "borda": 50,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 42.32189865581562,
          "borda": 36,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 41.071077447222926,
          "borda": 13,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 39.21726448574247,
          "borda": 18,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 28.17053759571501,
          "borda": 15,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 26.2229657760413,
          "borda": 7,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth",
      "family": "rhythmic",
      "tasks": [
        "synth-beat",
        "synth-tempo"
      ],
      "overall": [
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 85.93005201622597,
          "borda": 42,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 84.49436296074175,
          "borda": 39,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 84.10888504278509,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 84.00742300423357,
          "borda": 39,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 83.74774684764367,
          "borda": 36,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 83.68747700302386,
          "borda": 35,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 81.1753881996614,
          "borda": 31,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 79.25900877073545,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 79.07197541476012,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 78.03183929614676,
          "borda": 25,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 77.84132663403727,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.66327876679736,
          "borda": 19,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 75.28529203427287,
          "borda": 21,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 72.62039980500936,
          "borda": 15,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.83324597898178,
          "borda": 16,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 68.29230334795669,
          "borda": 20,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 65.14824307095655,
          "borda": 14,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 62.901202739197146,
          "borda": 8,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 62.36554580924759,
          "borda": 25,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 61.957964063998546,
          "borda": 9,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 61.550843124813966,
          "borda": 22,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 54.57539179679144,
          "borda": 19,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 49.0102089683966,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 2.0631316895339253,
          "borda": 7,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth",
      "family": "semantic",
      "tasks": [
        "synth-tags"
      ],
      "overall": [
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 87.6447381984987,
          "borda": 23,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 85.86612156254107,
          "borda": 22,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 85.37893334511168,
          "borda": 21,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 85.17987580918759,
          "borda": 20,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 84.96248773959785,
          "borda": 19,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 83.17480896703037,
          "borda": 18,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 82.60020074050863,
          "borda": 17,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 80.297962216355,
          "borda": 16,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 80.297962216355,
          "borda": 15,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 80.02775837701844,
          "borda": 14,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 80.02775837701844,
          "borda": 13,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 77.1258303519311,
          "borda": 12,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 76.86863488697192,
          "borda": 11,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 75.78378933636296,
          "borda": 10,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 75.54386947671648,
          "borda": 9,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.44626474382783,
          "borda": 8,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 74.67383639645392,
          "borda": 7,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 74.51566304355254,
          "borda": 6,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 73.89545506302558,
          "borda": 5,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 72.49317697394142,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 69.33096903693054,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 67.34298138487847,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 65.90929997781326,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.82740432394068,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth-frames",
      "family": null,
      "tasks": [
        "synth-beat",
        "synth-chords"
      ],
      "overall": [
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 82.19386343392279,
          "borda": 43,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 81.27520307400275,
          "borda": 39,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 80.2227096193812,
          "borda": 34,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 79.80458794642519,
          "borda": 34,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 79.40409284290573,
          "borda": 38,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 78.80852474684252,
          "borda": 28,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 78.22792603512275,
          "borda": 32,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 77.699115190566,
          "borda": 35,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 77.699115190566,
          "borda": 33,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 73.82405031400059,
          "borda": 24,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 72.68829467095395,
          "borda": 29,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 72.68829467095395,
          "borda": 27,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 68.03521081413675,
          "borda": 27,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 67.31125515237571,
          "borda": 23,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 66.55888224137773,
          "borda": 16,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 64.37391994893292,
          "borda": 13,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 59.69187822147573,
          "borda": 16,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.03216873171242,
          "borda": 15,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 55.328112799986506,
          "borda": 14,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 46.83005126539729,
          "borda": 13,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 44.788627017259245,
          "borda": 10,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 24.65403282513941,
          "borda": 6,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 23.77088382243089,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 16.4220304353076,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    },
    {
      "suite": "synth-frames",
      "family": "harmonic",
      "tasks": [
        "synth-chords"
      ],
      "overall": [
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 85.59076564459401,
          "borda": 23,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 85.42565461121583,
          "borda": 22,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 85.28850958402543,
          "borda": 21,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 84.98729522715738,
          "borda": 20,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 84.15105188124534,
          "borda": 19,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 84.14285432107194,
          "borda": 18,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 83.83986208999346,
          "borda": 17,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 79.49411299595293,
          "borda": 16,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 79.49411299595293,
          "borda": 15,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 76.50271976624846,
          "borda": 14,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 76.50271976624846,
          "borda": 13,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 72.79718133121231,
          "borda": 12,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 72.46906011665575,
          "borda": 11,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 67.01642258842864,
          "borda": 10,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 67.01642258842864,
          "borda": 9,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 63.45850752359532,
          "borda": 8,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 60.30613518571709,
          "borda": 7,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 45.77960848259223,
          "borda": 6,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 38.04420837987627,
          "borda": 5,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 20.70636562253781,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 20.254901705611374,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 19.399755674128905,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 19.359455696757795,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 15.542999741911675,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 24
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
          "model": "random-beatnet",
          "params": 402325,
          "mean": 79.31407268985852,
          "borda": 23,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "basic-pitch",
          "params": 16702,
          "mean": 79.09921728382015,
          "borda": 22,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.89551061488356,
          "borda": 21,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.89551061488356,
          "borda": 20,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.36016675347928,
          "borda": 19,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.36016675347928,
          "borda": 18,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "random-basic-pitch",
          "params": 16702,
          "mean": 77.12475153678965,
          "borda": 17,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.96173907429257,
          "borda": 16,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 75.45812401160504,
          "borda": 15,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 75.45812401160504,
          "borda": 14,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 10
        },
        {
          "model": "crepe-full",
          "params": 22239976,
          "mean": 75.17904051134542,
          "borda": 13,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 11
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 74.30064683403678,
          "borda": 12,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 12
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 73.77718740369157,
          "borda": 11,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 13
        },
        {
          "model": "random-musicnn",
          "params": 787159,
          "mean": 73.60414796035924,
          "borda": 10,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 14
        },
        {
          "model": "musicnn-mtt",
          "params": 787159,
          "mean": 72.61201722009675,
          "borda": 9,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 15
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 69.65925695916015,
          "borda": 8,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 16
        },
        {
          "model": "musicnn-msd",
          "params": 787159,
          "mean": 69.32235232890712,
          "borda": 7,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 17
        },
        {
          "model": "random-crepe-tiny",
          "params": 486552,
          "mean": 68.44170471214876,
          "borda": 6,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 18
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 50.479655983679464,
          "borda": 5,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 19
        },
        {
          "model": "random-madmom-key",
          "params": 665808,
          "mean": 50.479655983679464,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 20
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 43.26715613221251,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 21
        },
        {
          "model": "vgg-mtt",
          "params": 605748,
          "mean": 28.601700027741007,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 22
        },
        {
          "model": "vgg-msd",
          "params": 605748,
          "mean": 28.142011970732877,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 23
        },
        {
          "model": "random-vgg",
          "params": 605748,
          "mean": 17.301061128703527,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 24
        }
      ]
    }
  ],
  "models": {
    "basic-pitch": {
      "entry": "basic-pitch",
      "adapter": "basic-pitch",
      "revision": null,
      "params": 16702,
      "num_layers": 7,
      "layer_names": [
        "cqt",
        "contour_stack",
        "contour",
        "note_stack",
        "note",
        "onset_stack",
        "onset"
      ],
      "sample_rate": 22050,
      "frame_rate": 86.1328125
    },
    "beatnet": {
      "entry": "beatnet",
      "adapter": "beatnet",
      "revision": null,
      "params": 402325,
      "num_layers": 6,
      "layer_names": [
        "spectral_features",
        "conv",
        "dense",
        "lstm1",
        "lstm2",
        "beat_downbeat"
      ],
      "sample_rate": 22050,
      "frame_rate": 50.0
    },
    "chroma": {
      "entry": "chroma",
      "adapter": "chroma",
      "revision": null,
      "params": 0,
      "num_layers": 1,
      "layer_names": null,
      "sample_rate": 16000,
      "frame_rate": 50.0
    },
    "crepe-full": {
      "entry": "crepe-full",
      "adapter": "crepe",
      "revision": null,
      "params": 22239976,
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
    },
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
    "madmom-chroma": {
      "entry": "madmom-chroma",
      "adapter": "madmom-chroma",
      "revision": null,
      "params": 538124,
      "num_layers": 5,
      "layer_names": [
        "log_filtered_spectrogram",
        "dense1",
        "dense2",
        "dense3",
        "chroma"
      ],
      "sample_rate": 44100,
      "frame_rate": 10.0
    },
    "madmom-downbeats": {
      "entry": "madmom-downbeats",
      "adapter": "madmom-downbeats",
      "revision": null,
      "params": 99003,
      "num_layers": 5,
      "layer_names": [
        "spectral_features",
        "blstm1",
        "blstm2",
        "blstm3",
        "beat_downbeat"
      ],
      "sample_rate": 44100,
      "frame_rate": 100
    },
    "madmom-key": {
      "entry": "madmom-key",
      "adapter": "madmom-key",
      "revision": null,
      "params": 665808,
      "num_layers": 8,
      "layer_names": [
        "log_filtered_spectrogram",
        "block1",
        "block2",
        "block3",
        "block4",
        "key_maps",
        "key_maps_mean",
        "key"
      ],
      "sample_rate": 44100,
      "frame_rate": 5.0
    },
    "mfcc": {
      "entry": "mfcc",
      "adapter": "mfcc",
      "revision": null,
      "params": 0,
      "num_layers": 1,
      "layer_names": null,
      "sample_rate": 16000,
      "frame_rate": 50.0
    },
    "musicnn-msd": {
      "entry": "musicnn-msd",
      "adapter": "musicnn",
      "revision": null,
      "params": 787159,
      "num_layers": 8,
      "layer_names": [
        "timbral",
        "temporal",
        "cnn1",
        "cnn2",
        "cnn3",
        "pooled",
        "penultimate",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 62.5
    },
    "musicnn-mtt": {
      "entry": "musicnn-mtt",
      "adapter": "musicnn",
      "revision": null,
      "params": 787159,
      "num_layers": 8,
      "layer_names": [
        "timbral",
        "temporal",
        "cnn1",
        "cnn2",
        "cnn3",
        "pooled",
        "penultimate",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 62.5
    },
    "random-basic-pitch": {
      "entry": "random-basic-pitch",
      "adapter": "basic-pitch",
      "revision": null,
      "params": 16702,
      "num_layers": 7,
      "layer_names": [
        "cqt",
        "contour_stack",
        "contour",
        "note_stack",
        "note",
        "onset_stack",
        "onset"
      ],
      "sample_rate": 22050,
      "frame_rate": 86.1328125
    },
    "random-beatnet": {
      "entry": "random-beatnet",
      "adapter": "beatnet",
      "revision": null,
      "params": 402325,
      "num_layers": 6,
      "layer_names": [
        "spectral_features",
        "conv",
        "dense",
        "lstm1",
        "lstm2",
        "beat_downbeat"
      ],
      "sample_rate": 22050,
      "frame_rate": 50.0
    },
    "random-crepe-tiny": {
      "entry": "random-crepe-tiny",
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
    },
    "random-madmom-chroma": {
      "entry": "random-madmom-chroma",
      "adapter": "madmom-chroma",
      "revision": null,
      "params": 538124,
      "num_layers": 5,
      "layer_names": [
        "log_filtered_spectrogram",
        "dense1",
        "dense2",
        "dense3",
        "chroma"
      ],
      "sample_rate": 44100,
      "frame_rate": 10.0
    },
    "random-madmom-downbeats": {
      "entry": "random-madmom-downbeats",
      "adapter": "madmom-downbeats",
      "revision": null,
      "params": 99003,
      "num_layers": 5,
      "layer_names": [
        "spectral_features",
        "blstm1",
        "blstm2",
        "blstm3",
        "beat_downbeat"
      ],
      "sample_rate": 44100,
      "frame_rate": 100
    },
    "random-madmom-key": {
      "entry": "random-madmom-key",
      "adapter": "madmom-key",
      "revision": null,
      "params": 665808,
      "num_layers": 8,
      "layer_names": [
        "log_filtered_spectrogram",
        "block1",
        "block2",
        "block3",
        "block4",
        "key_maps",
        "key_maps_mean",
        "key"
      ],
      "sample_rate": 44100,
      "frame_rate": 5.0
    },
    "random-musicnn": {
      "entry": "random-musicnn",
      "adapter": "musicnn",
      "revision": null,
      "params": 787159,
      "num_layers": 8,
      "layer_names": [
        "timbral",
        "temporal",
        "cnn1",
        "cnn2",
        "cnn3",
        "pooled",
        "penultimate",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 62.5
    },
    "random-vgg": {
      "entry": "random-vgg",
      "adapter": "musicnn-vgg",
      "revision": null,
      "params": 605748,
      "num_layers": 6,
      "layer_names": [
        "pool1",
        "pool2",
        "pool3",
        "pool4",
        "pool5",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 0.3342245989304813
    },
    "vgg-msd": {
      "entry": "vgg-msd",
      "adapter": "musicnn-vgg",
      "revision": null,
      "params": 605748,
      "num_layers": 6,
      "layer_names": [
        "pool1",
        "pool2",
        "pool3",
        "pool4",
        "pool5",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 0.3342245989304813
    },
    "vgg-mtt": {
      "entry": "vgg-mtt",
      "adapter": "musicnn-vgg",
      "revision": null,
      "params": 605748,
      "num_layers": 6,
      "layer_names": [
        "pool1",
        "pool2",
        "pool3",
        "pool4",
        "pool5",
        "logits"
      ],
      "sample_rate": 16000,
      "frame_rate": 0.3342245989304813
    }
  },
  "per_model_layers": {
    "basic-pitch": {
      "synth-beat": {
        "scores": {
          "0": 0.738844889966411,
          "1": 0.7960755727329135,
          "2": 0.68518646794037,
          "3": 0.728823120149901,
          "4": 0.6705798627007665,
          "5": 0.7909921728382016,
          "6": 0.7504989428307253
        },
        "selected": 5,
        "layer_weights": [
          1.1033047542241547e-07,
          1.1949226745855412e-06,
          1.2593240228397917e-07,
          1.0349857575420174e-06,
          7.595937745463743e-08,
          0.9999973773956299,
          1.5909559181181976e-07
        ],
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
          "0": 0.7571482023517864,
          "1": 0.8098026852156662,
          "2": 0.7209426390284396,
          "3": 0.8171510658363184,
          "4": 0.7051918127780484,
          "5": 0.8485650752823741,
          "6": 0.7984241919707151
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.33928571428571425,
          "1": 0.43452380952380953,
          "2": 0.4761904761904762,
          "3": 0.41071428571428575,
          "4": 0.4047619047619048,
          "5": 0.46428571428571425,
          "6": 0.32142857142857145
        },
        "selected": 1,
        "layer_weights": [
          0.1105681483944257,
          0.17859749495983124,
          0.18028868734836578,
          0.16471480826536813,
          0.10727016131083171,
          0.15023436148961386,
          0.10832634568214417
        ],
        "std": {
          "0": 0.0145802960879951,
          "1": 0.022271770159368712,
          "2": 0.016835875742536838,
          "3": 0.0145802960879951,
          "4": 0.060702613257056955,
          "5": 5.551115123125783e-17,
          "6": 0.014580296087995123
        },
        "valid": {
          "0": 0.36904761904761907,
          "1": 0.4583333333333333,
          "2": 0.4523809523809524,
          "3": 0.3630952380952381,
          "4": 0.3273809523809524,
          "5": 0.43452380952380953,
          "6": 0.24404761904761904
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.8539191088766128,
          "1": 0.8618148939674972,
          "2": 0.8228834710316929,
          "3": 0.8567578212397274,
          "4": 0.8403194078864457,
          "5": 0.8528850958402544,
          "6": 0.6857866911705948
        },
        "selected": 5,
        "layer_weights": [
          3.3129552434729703e-07,
          6.502576979983132e-06,
          3.8999647244963853e-07,
          0.9999767541885376,
          3.9854728584032273e-07,
          1.5111477296159137e-05,
          4.456661315543897e-07
        ],
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
          "0": 0.7643029032586607,
          "1": 0.7877321677224562,
          "2": 0.7506382231615387,
          "3": 0.776283584544383,
          "4": 0.7490591892917481,
          "5": 0.7968118924138906,
          "6": 0.6216361737374467
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.375,
          "1": 0.42083333333333334,
          "2": 0.3166666666666667,
          "3": 0.33749999999999997,
          "4": 0.32916666666666666,
          "5": 0.4583333333333333,
          "6": 0.31666666666666665
        },
        "selected": 5,
        "layer_weights": [
          0.15190419058005014,
          0.15834893782933554,
          0.16162591675917307,
          0.13323819637298584,
          0.12884813050429025,
          0.13663324217001596,
          0.1294014404217402
        ],
        "std": {
          "0": 0.027003086243366083,
          "1": 0.005892556509887902,
          "2": 0.021245914639969953,
          "3": 0.017677669529663678,
          "4": 0.005892556509887901,
          "5": 0.005892556509887901,
          "6": 0.005892556509887902
        },
        "valid": {
          "0": 0.3833333333333333,
          "1": 0.425,
          "2": 0.3666666666666667,
          "3": 0.35000000000000003,
          "4": 0.32916666666666666,
          "5": 0.4708333333333334,
          "6": 0.35000000000000003
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.48263888888888884,
          "1": 0.46527777777777773,
          "2": 0.4236111111111111,
          "3": 0.40277777777777773,
          "4": 0.3923611111111111,
          "5": 0.3958333333333333,
          "6": 0.3229166666666667
        },
        "selected": 1,
        "layer_weights": [
          0.15568755070368448,
          0.16584154466787973,
          0.17485524217287698,
          0.16019895176092783,
          0.09931774685780208,
          0.14432811240355173,
          0.09977087626854579
        ],
        "std": {
          "0": 0.019641855032959635,
          "1": 0.02140421528808672,
          "2": 0.012991865926298406,
          "3": 0.02140421528808672,
          "4": 0.019641855032959663,
          "5": 0.01473139127471974,
          "6": 0.0170103454359943
        },
        "valid": {
          "0": 0.2951388888888889,
          "1": 0.40277777777777785,
          "2": 0.3993055555555556,
          "3": 0.3125,
          "4": 0.3645833333333333,
          "5": 0.3298611111111111,
          "6": 0.23263888888888892
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9523148148148147,
          "1": 0.9750000000000001,
          "2": 0.9532407407407408,
          "3": 0.9745370370370371,
          "4": 0.9740740740740742,
          "5": 0.9583333333333334,
          "6": 0.9574074074074074
        },
        "selected": 2,
        "layer_weights": [
          0.11116548130909602,
          0.1660947104295095,
          0.16135344902674356,
          0.11509980758031209,
          0.16530262927214304,
          0.12384864687919617,
          0.15713529288768768
        ],
        "std": {
          "0": 0.003982557994001198,
          "1": 0.004943091783347833,
          "2": 0.00458309950769057,
          "3": 0.004583099507690622,
          "4": 0.01113038451867715,
          "5": 0.011509076754311159,
          "6": 0.012439841520874509
        },
        "valid": {
          "0": 0.9662037037037038,
          "1": 0.9671296296296297,
          "2": 0.9861111111111112,
          "3": 0.9847222222222222,
          "4": 0.9768518518518517,
          "5": 0.9699074074074074,
          "6": 0.9703703703703703
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "better",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 0.9814814814814815,
          "2": 0.9938271604938271,
          "3": 0.9876543209876543,
          "4": 0.9814814814814815,
          "5": 1.0,
          "6": 0.9876543209876543
        },
        "selected": 0,
        "layer_weights": [
          0.1624667594830195,
          0.13761289417743683,
          0.16388501723607382,
          0.1394029309352239,
          0.13282034794489542,
          0.1310759981473287,
          0.13273603717486063
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.004364856673991053,
          "3": 0.004364856673991001,
          "4": 0.0,
          "5": 0.0,
          "6": 0.004364856673991001
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 0.9969135802469135,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9629629629629629
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7825355309130765,
          "1": 0.8095238916374968,
          "2": 0.7724836764785249,
          "3": 0.7788396354895553,
          "4": 0.7552935788962607,
          "5": 0.8317480896703037,
          "6": 0.7255140390364248
        },
        "selected": 5,
        "layer_weights": [
          0.10433542728424072,
          0.21606906255086264,
          0.24251343806584677,
          0.11435986806948979,
          0.0964943418900172,
          0.1289673720796903,
          0.09726045529047649
        ],
        "std": {
          "0": 0.0030444109704205573,
          "1": 0.0033300387470518765,
          "2": 0.0012768490681557211,
          "3": 0.0007725741805756595,
          "4": 0.003078034162026905,
          "5": 0.0020324732464218442,
          "6": 0.0022664807826278856
        },
        "valid": {
          "0": 0.7636087769437799,
          "1": 0.7892289829832038,
          "2": 0.7416600453535215,
          "3": 0.7702150333071748,
          "4": 0.7348013848829495,
          "5": 0.8395318388710651,
          "6": 0.722311496906717
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8902933796246847,
          "1": 0.8924916982650757,
          "2": 0.895388146241506,
          "3": 0.8961208462715149,
          "4": 0.8881726264953613,
          "5": 0.927608867486318,
          "6": 0.8900716304779053
        },
        "selected": 5,
        "layer_weights": [
          0.14319176971912384,
          0.15002185106277466,
          0.1383525679508845,
          0.14237847924232483,
          0.13715785245100656,
          0.14782240490118662,
          0.14107507963975272
        ],
        "std": {
          "0": 0.0024902750346087405,
          "1": 0.0038206252155219764,
          "2": 0.002834213767878589,
          "3": 0.00467854693167304,
          "4": 0.00315375834946513,
          "5": 0.0005288316097101965,
          "6": 0.00562129880177168
        },
        "valid": {
          "0": 0.8298825621604919,
          "1": 0.898487369219462,
          "2": 0.7966199119885763,
          "3": 0.7626501719156901,
          "4": 0.8289621472358704,
          "5": 0.9228841066360474,
          "6": 0.8482619126637777
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      }
    },
    "beatnet": {
      "synth-beat": {
        "scores": {
          "0": 0.8001438187452182,
          "1": 0.7696173907429257,
          "2": 0.7271777355512101,
          "3": 0.7892058746434423,
          "4": 0.8058993367600564,
          "5": 0.7886626075127761
        },
        "selected": 1,
        "layer_weights": [
          0.3149705231189728,
          5.051932930655312e-06,
          1.7402055163984187e-05,
          0.46797776222229004,
          0.21702353656291962,
          5.670623067999259e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.86290146924244,
          "1": 0.8650162039605619,
          "2": 0.8434026278128712,
          "3": 0.8245151801043916,
          "4": 0.8354773650196666,
          "5": 0.8217582935588909
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.28571428571428575,
          "1": 0.23809523809523805,
          "2": 0.3511904761904762,
          "3": 0.2142857142857143,
          "4": 0.19642857142857142,
          "5": 0.18452380952380953
        },
        "selected": 4,
        "layer_weights": [
          0.18587505320707956,
          0.17675636212031046,
          0.16758748392264047,
          0.15701695283253989,
          0.16411459942658743,
          0.14864952862262726
        ],
        "std": {
          "0": 0.02525381361380526,
          "1": 0.0222717701593687,
          "2": 0.04686909448816555,
          "3": 0.02916059217599021,
          "4": 0.02916059217599021,
          "5": 0.008417937871268419
        },
        "valid": {
          "0": 0.26785714285714285,
          "1": 0.2619047619047619,
          "2": 0.2916666666666667,
          "3": 0.26785714285714285,
          "4": 0.3214285714285714,
          "5": 0.16071428571428573
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "better",
          "3": "tied",
          "4": "tied",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.7949411299595294,
          "1": 0.6798646554754161,
          "2": 0.6913352237547399,
          "3": 0.35243360201795854,
          "4": 0.18520698804548308,
          "5": 0.10404091469220741
        },
        "selected": 0,
        "layer_weights": [
          0.9999903440475464,
          1.4004232298248098e-06,
          1.923636546052876e-06,
          2.1887060484004905e-06,
          2.1295782062225044e-06,
          2.040668505287613e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.723901226385965,
          "1": 0.6523370219792654,
          "2": 0.6811748156450441,
          "3": 0.39585359326519914,
          "4": 0.20638962909656836,
          "5": 0.12754810592200397
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.4833333333333334,
          "1": 0.6166666666666667,
          "2": 0.4375,
          "3": 0.5041666666666667,
          "4": 0.5041666666666667,
          "5": 0.225
        },
        "selected": 1,
        "layer_weights": [
          0.23689544200897217,
          0.22042413552602133,
          0.12190780291954677,
          0.1331653818488121,
          0.16780704259872437,
          0.11980017026265462
        ],
        "std": {
          "0": 0.03584302194601095,
          "1": 0.011785113019775804,
          "2": 0.010206207261596585,
          "3": 0.005892556509887875,
          "4": 0.015590239111558104,
          "5": 0.027003086243366083
        },
        "valid": {
          "0": 0.5083333333333333,
          "1": 0.5791666666666667,
          "2": 0.4375,
          "3": 0.5375,
          "4": 0.5625,
          "5": 0.2916666666666667
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.37847222222222215,
          "1": 0.27777777777777773,
          "2": 0.40277777777777773,
          "3": 0.28472222222222227,
          "4": 0.2534722222222222,
          "5": 0.08680555555555554
        },
        "selected": 2,
        "layer_weights": [
          0.2260456085205078,
          0.21771097679932913,
          0.13910642266273499,
          0.13886805872122446,
          0.14219689865907034,
          0.13607203463713327
        ],
        "std": {
          "0": 0.012991865926298406,
          "1": 0.02140421528808672,
          "2": 0.004910463758239922,
          "3": 0.0343732463076794,
          "4": 0.017704928866641614,
          "5": 0.004910463758239916
        },
        "valid": {
          "0": 0.23263888888888892,
          "1": 0.2465277777777778,
          "2": 0.375,
          "3": 0.17361111111111113,
          "4": 0.1388888888888889,
          "5": 0.07291666666666667
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9037037037037038,
          "1": 0.6513888888888889,
          "2": 0.5444444444444446,
          "3": 0.2537037037037037,
          "4": 0.21712962962962964,
          "5": 0.08750000000000001
        },
        "selected": 0,
        "layer_weights": [
          0.3441082735856374,
          0.11337316284577052,
          0.16339272260665894,
          0.11607872446378072,
          0.14065216481685638,
          0.12239491442839305
        ],
        "std": {
          "0": 0.013718085546323148,
          "1": 0.012880025688188535,
          "2": 0.03156986503931909,
          "3": 0.02838080022961872,
          "4": 0.014404027024170419,
          "5": 0.01500171457964782
        },
        "valid": {
          "0": 0.9374999999999999,
          "1": 0.6777777777777777,
          "2": 0.536574074074074,
          "3": 0.32268518518518524,
          "4": 0.20324074074074075,
          "5": 0.12453703703703704
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 0.9598765432098766,
          "2": 0.9969135802469135,
          "3": 0.9444444444444445,
          "4": 0.8179012345679012,
          "5": 0.15123456790123457
        },
        "selected": 0,
        "layer_weights": [
          0.21172315875689188,
          0.20508762697378793,
          0.18319949507713318,
          0.12955530484517416,
          0.13414372503757477,
          0.1362906942764918
        ],
        "std": {
          "0": 0.0,
          "1": 0.004364856673991001,
          "2": 0.004364856673991053,
          "3": 0.013094570021973107,
          "4": 0.008729713347982055,
          "5": 0.00436485667399104
        },
        "valid": {
          "0": 1.0,
          "1": 0.9969135802469135,
          "2": 0.9814814814814815,
          "3": 0.9043209876543209,
          "4": 0.7870370370370371,
          "5": 0.0925925925925926
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7578378933636296,
          "1": 0.771258303519311,
          "2": 0.7469763935908903,
          "3": 0.7667361967363507,
          "4": 0.7655903855474383,
          "5": 0.6409901719038101
        },
        "selected": 1,
        "layer_weights": [
          0.21695008873939514,
          0.19993910690148672,
          0.13672450681527457,
          0.14633761843045553,
          0.16560589770476022,
          0.13444278637568155
        ],
        "std": {
          "0": 0.003000907416585954,
          "1": 0.0053986479404170675,
          "2": 0.0022531097314535853,
          "3": 0.0035494676466959404,
          "4": 0.004136087852045076,
          "5": 0.0007769513952720682
        },
        "valid": {
          "0": 0.7904890466686835,
          "1": 0.8212281789161008,
          "2": 0.7548386602378349,
          "3": 0.7565447290468731,
          "4": 0.7082846038179786,
          "5": 0.649975807569222
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7774011691411337,
          "1": 0.8989503383636475,
          "2": 0.9058500528335571,
          "3": 0.7546627521514893,
          "4": 0.8155627846717834,
          "5": 0.21683480342229208
        },
        "selected": 4,
        "layer_weights": [
          0.15976639091968536,
          0.15694036583105722,
          0.1617638717095057,
          0.17693977554639181,
          0.17981842656930289,
          0.1647712141275406
        ],
        "std": {
          "0": 0.0029600813673916577,
          "1": 0.0025446873473223067,
          "2": 0.0032072780375066814,
          "3": 0.008810089182097152,
          "4": 0.0017989260397938713,
          "5": 0.002329767091833585
        },
        "valid": {
          "0": 0.7907423575719198,
          "1": 0.9009117682774862,
          "2": 0.8820772369702657,
          "3": 0.9949471950531006,
          "4": 0.9953306118647257,
          "5": 0.25932713349660236
        },
        "relation": {
          "0": "tied",
          "1": "better",
          "2": "better",
          "3": "worse",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      }
    },
    "chroma": {
      "synth-beat": {
        "scores": {
          "0": 0.43267156132212514
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.5265413121398919
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.32142857142857145
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.025253813613805284
        },
        "valid": {
          "0": 0.38095238095238093
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.7279718133121231
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.6507669209740392
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.22083333333333335
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.015590239111558081
        },
        "valid": {
          "0": 0.18333333333333335
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.3576388888888889
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.021404215288086736
        },
        "valid": {
          "0": 0.3055555555555556
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key": {
        "scores": {
          "0": 0.8606481481481483
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.008511470514282487
        },
        "valid": {
          "0": 0.8388888888888889
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch": {
        "scores": {
          "0": 0.6388888888888888
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.013094570021973107
        },
        "valid": {
          "0": 0.6481481481481483
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tags": {
        "scores": {
          "0": 0.5882740432394068
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.00266682499420814
        },
        "valid": {
          "0": 0.5549417864698187
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.5475326180458069
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0027201913702283005
        },
        "valid": {
          "0": 0.047520061333974205
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "crepe-full": {
      "synth-beat": {
        "scores": {
          "0": 0.7517904051134542,
          "1": 0.6568004796727492,
          "2": 0.7072253793188099,
          "3": 0.6790445749036589,
          "4": 0.6751440489343759,
          "5": 0.6650442192232632,
          "6": 0.5719108278516701
        },
        "selected": 0,
        "layer_weights": [
          0.6539211869239807,
          2.8166885385871865e-05,
          0.25303196907043457,
          0.00013595004566013813,
          0.0002462698903400451,
          0.09245163202285767,
          0.00018490015645511448
        ],
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
          "0": 0.7781649085414423,
          "1": 0.706660154770025,
          "2": 0.6972227243488296,
          "3": 0.7218651563626167,
          "4": 0.7527217682231815,
          "5": 0.7288038283252375,
          "6": 0.6307532793019468
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.2261904761904762,
          "1": 0.3511904761904762,
          "2": 0.3511904761904762,
          "3": 0.3988095238095238,
          "4": 0.38690476190476186,
          "5": 0.4226190476190476,
          "6": 0.36904761904761907
        },
        "selected": 5,
        "layer_weights": [
          0.11829772839943568,
          0.1203534925977389,
          0.12418976922829945,
          0.12414428840080897,
          0.18018162747224173,
          0.1981492539246877,
          0.13468385736147562
        ],
        "std": {
          "0": 0.008417937871268433,
          "1": 0.0336717514850737,
          "2": 0.0336717514850737,
          "3": 0.030351306628528467,
          "4": 0.022271770159368688,
          "5": 0.008417937871268419,
          "6": 0.008417937871268419
        },
        "valid": {
          "0": 0.2797619047619047,
          "1": 0.2976190476190476,
          "2": 0.3035714285714286,
          "3": 0.4166666666666667,
          "4": 0.4226190476190476,
          "5": 0.48809523809523814,
          "6": 0.33928571428571436
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.666768107341057,
          "1": 0.6424462847355912,
          "2": 0.7091220353243519,
          "3": 0.7160065105384753,
          "4": 0.7341133444501893,
          "5": 0.7246906011665576,
          "6": 0.6120014872737677
        },
        "selected": 5,
        "layer_weights": [
          1.6827991203172132e-05,
          6.365409262798494e-06,
          5.491356660058955e-06,
          5.411080110206967e-06,
          6.455095899582375e-06,
          0.9999523162841797,
          7.1482818384538405e-06
        ],
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
          "0": 0.631855335491559,
          "1": 0.6278679387899743,
          "2": 0.6352129526314252,
          "3": 0.6185401568730056,
          "4": 0.6450778362707511,
          "5": 0.6484019967812231,
          "6": 0.546658681933287
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.32916666666666666,
          "1": 0.325,
          "2": 0.275,
          "3": 0.29583333333333334,
          "4": 0.29583333333333334,
          "5": 0.24583333333333335,
          "6": 0.25416666666666665
        },
        "selected": 4,
        "layer_weights": [
          0.15537670254707336,
          0.13592204948266348,
          0.1333827575047811,
          0.13160857558250427,
          0.16502254704634348,
          0.13854161401589712,
          0.14014572401841482
        ],
        "std": {
          "0": 0.02124591463996994,
          "1": 0.017677669529663678,
          "2": 0.04448782605013046,
          "3": 0.01559023911155808,
          "4": 0.005892556509887901,
          "5": 0.025685058345704077,
          "6": 0.005892556509887902
        },
        "valid": {
          "0": 0.2791666666666666,
          "1": 0.25,
          "2": 0.2625,
          "3": 0.2833333333333334,
          "4": 0.3208333333333333,
          "5": 0.25833333333333336,
          "6": 0.25416666666666665
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.20138888888888892,
          "1": 0.27777777777777773,
          "2": 0.4375,
          "3": 0.5381944444444443,
          "4": 0.5729166666666666,
          "5": 0.5972222222222222,
          "6": 0.3645833333333333
        },
        "selected": 5,
        "layer_weights": [
          0.11715154846509297,
          0.11438832680384318,
          0.1131686419248581,
          0.11257541676362355,
          0.2068358063697815,
          0.22004798551400503,
          0.11583227912584941
        ],
        "std": {
          "0": 0.01770492886664161,
          "1": 0.009820927516479845,
          "2": 0.01701034543599428,
          "3": 0.004910463758239896,
          "4": 0.01701034543599428,
          "5": 0.004910463758239896,
          "6": 0.0170103454359943
        },
        "valid": {
          "0": 0.19444444444444445,
          "1": 0.21875,
          "2": 0.31597222222222227,
          "3": 0.3993055555555556,
          "4": 0.47222222222222215,
          "5": 0.4826388888888889,
          "6": 0.3333333333333333
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.6092592592592592,
          "1": 0.7685185185185185,
          "2": 0.8939814814814815,
          "3": 0.9601851851851851,
          "4": 0.9203703703703704,
          "5": 0.9444444444444445,
          "6": 0.8097222222222222
        },
        "selected": 5,
        "layer_weights": [
          0.10084810853004456,
          0.09975817302862804,
          0.156137024362882,
          0.17319364845752716,
          0.17414629956086478,
          0.19093526899814606,
          0.10498148202896118
        ],
        "std": {
          "0": 0.015727118288391725,
          "1": 0.0017322487901731247,
          "2": 0.005237828008789274,
          "3": 0.005237828008789327,
          "4": 0.03330116760806385,
          "5": 0.006000685831859109,
          "6": 0.012266334536566411
        },
        "valid": {
          "0": 0.5643518518518519,
          "1": 0.7592592592592594,
          "2": 0.8083333333333332,
          "3": 0.9138888888888888,
          "4": 0.9101851851851851,
          "5": 0.9254629629629628,
          "6": 0.7967592592592592
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9938271604938271,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 1.0
        },
        "selected": 2,
        "layer_weights": [
          0.13107241690158844,
          0.1329224556684494,
          0.13308657705783844,
          0.1332607368628184,
          0.1599346250295639,
          0.15472215910752615,
          0.15500097970167795
        ],
        "std": {
          "0": 0.004364856673991053,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0
        },
        "valid": {
          "0": 0.9876543209876543,
          "1": 0.9907407407407408,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 1.0
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7532059423301535,
          "1": 0.7568213604681077,
          "2": 0.7316520383427251,
          "3": 0.7232946655612053,
          "4": 0.7388605497515307,
          "5": 0.7451566304355254,
          "6": 0.7086933686176288
        },
        "selected": 5,
        "layer_weights": [
          0.14316216111183167,
          0.1328845371802648,
          0.13059667746225992,
          0.1302599310874939,
          0.17001478374004364,
          0.15962059299151102,
          0.13346132636070251
        ],
        "std": {
          "0": 0.003901275974131994,
          "1": 0.004692293431406366,
          "2": 0.005524896901481183,
          "3": 0.0027671573205587763,
          "4": 0.0010201880296098044,
          "5": 0.00545972840394756,
          "6": 0.0046202994244840135
        },
        "valid": {
          "0": 0.6994023749338621,
          "1": 0.6883965417973302,
          "2": 0.6724767393599578,
          "3": 0.6541702469488228,
          "4": 0.6923736988753033,
          "5": 0.7045150321384724,
          "6": 0.6355234767148222
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.734507163365682,
          "1": 0.8050361275672913,
          "2": 0.7727806766827902,
          "3": 0.6684076189994812,
          "4": 0.6113979617754618,
          "5": 0.6643485625584921,
          "6": 0.6110983689626058
        },
        "selected": 1,
        "layer_weights": [
          0.13389533758163452,
          0.14899419248104095,
          0.1362412025531133,
          0.14622466762860617,
          0.14274575809637705,
          0.1443276604016622,
          0.1475711613893509
        ],
        "std": {
          "0": 0.009486960815849309,
          "1": 0.004122384174413268,
          "2": 0.019444950560112483,
          "3": 0.012429473910401922,
          "4": 0.007102573132590016,
          "5": 0.006589236960012194,
          "6": 0.013428899592102831
        },
        "valid": {
          "0": 0.728218138217926,
          "1": 0.8292827804883321,
          "2": 0.7191848158836365,
          "3": 0.49164797862370807,
          "4": 0.5247930884361267,
          "5": 0.6187571485837301,
          "6": 0.5076782902081808
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      }
    },
    "crepe-tiny": {
      "synth-beat": {
        "scores": {
          "0": 0.6965925695916014,
          "1": 0.6173087544208549,
          "2": 0.4698809639306185,
          "3": 0.46819280553028897,
          "4": 0.5833413061330327,
          "5": 0.6333306294346909,
          "6": 0.5372967855158639
        },
        "selected": 0,
        "layer_weights": [
          0.7977613806724548,
          6.500084509752924e-06,
          9.920713637256995e-06,
          8.40005486679729e-06,
          5.247238732408732e-06,
          2.2079420887166634e-05,
          0.20218656957149506
        ],
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
          "0": 0.7331787971366085,
          "1": 0.6127513622027876,
          "2": 0.5719123618822822,
          "3": 0.5563455414057885,
          "4": 0.6836264914816724,
          "5": 0.7222342008604475,
          "6": 0.5980923423213971
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.30357142857142855,
          "1": 0.2023809523809524,
          "2": 0.24404761904761907,
          "3": 0.25595238095238093,
          "4": 0.2738095238095238,
          "5": 0.2619047619047619,
          "6": 0.25
        },
        "selected": 3,
        "layer_weights": [
          0.16204286615053812,
          0.13244646787643433,
          0.13254347443580627,
          0.1329218496878942,
          0.13314518332481384,
          0.14373369018236795,
          0.1631664385398229
        ],
        "std": {
          "0": 0.014580296087995123,
          "1": 0.03367175148507369,
          "2": 0.008417937871268419,
          "3": 0.008417937871268419,
          "4": 0.008417937871268419,
          "5": 0.022271770159368688,
          "6": 0.02916059217599021
        },
        "valid": {
          "0": 0.30952380952380953,
          "1": 0.3452380952380952,
          "2": 0.2976190476190476,
          "3": 0.3988095238095238,
          "4": 0.2916666666666667,
          "5": 0.39285714285714285,
          "6": 0.26190476190476186
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.6345850752359532,
          "1": 0.5651824733182924,
          "2": 0.6037220212778001,
          "3": 0.5989593519590187,
          "4": 0.6559018069556868,
          "5": 0.684669526254639,
          "6": 0.5888367283312559
        },
        "selected": 0,
        "layer_weights": [
          0.746126651763916,
          2.5546244160068454e-06,
          2.7206649519939674e-06,
          2.669427203727537e-06,
          2.7115654575027293e-06,
          1.2395605608617188e-06,
          0.2538614273071289
        ],
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
          "0": 0.6388222435207628,
          "1": 0.48342839629629214,
          "2": 0.5125672744067852,
          "3": 0.4790511665604878,
          "4": 0.5643399532097462,
          "5": 0.5705653124248953,
          "6": 0.5206711277792456
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.2833333333333334,
          "1": 0.2625,
          "2": 0.1791666666666667,
          "3": 0.23750000000000002,
          "4": 0.26666666666666666,
          "5": 0.2125,
          "6": 0.19999999999999998
        },
        "selected": 0,
        "layer_weights": [
          0.21601258714993796,
          0.1152234176794688,
          0.11499446878830592,
          0.11487959822018941,
          0.11413679271936417,
          0.11621091266473134,
          0.20854226251443228
        ],
        "std": {
          "0": 0.031180478223116183,
          "1": 0.027003086243366083,
          "2": 0.021245914639969943,
          "3": 0.020412414523193156,
          "4": 0.005892556509887902,
          "5": 0.020412414523193145,
          "6": 0.01767766952966369
        },
        "valid": {
          "0": 0.325,
          "1": 0.22083333333333333,
          "2": 0.27499999999999997,
          "3": 0.2625,
          "4": 0.2625,
          "5": 0.24166666666666667,
          "6": 0.2708333333333333
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.2569444444444444,
          "1": 0.2708333333333333,
          "2": 0.2881944444444444,
          "3": 0.3125,
          "4": 0.4305555555555556,
          "5": 0.4270833333333333,
          "6": 0.2986111111111111
        },
        "selected": 4,
        "layer_weights": [
          0.2664792438348134,
          0.09080280115207036,
          0.09113417565822601,
          0.09095218280951183,
          0.09076337019602458,
          0.10754704475402832,
          0.2623211294412613
        ],
        "std": {
          "0": 0.009820927516479817,
          "1": 0.0,
          "2": 0.024552318791199585,
          "3": 0.008505172717997162,
          "4": 0.009820927516479817,
          "5": 0.00850517271799714,
          "6": 0.012991865926298406
        },
        "valid": {
          "0": 0.23958333333333334,
          "1": 0.24305555555555555,
          "2": 0.2708333333333333,
          "3": 0.2743055555555556,
          "4": 0.3368055555555556,
          "5": 0.3229166666666667,
          "6": 0.3055555555555555
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "tied",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.6453703703703704,
          "1": 0.625462962962963,
          "2": 0.7060185185185185,
          "3": 0.7337962962962963,
          "4": 0.8319444444444444,
          "5": 0.8421296296296297,
          "6": 0.7425925925925926
        },
        "selected": 5,
        "layer_weights": [
          0.19203330079714456,
          0.10981650153795879,
          0.108901746571064,
          0.10893089820941289,
          0.10667271167039871,
          0.17672314743200937,
          0.19692167143026987
        ],
        "std": {
          "0": 0.02199926735280877,
          "1": 0.013718085546323165,
          "2": 0.011638708416644949,
          "3": 0.014359317054880381,
          "4": 0.01500171457964784,
          "5": 0.0045830995076905625,
          "6": 0.020981979988193785
        },
        "valid": {
          "0": 0.611574074074074,
          "1": 0.5879629629629629,
          "2": 0.6277777777777778,
          "3": 0.5990740740740742,
          "4": 0.7393518518518518,
          "5": 0.8166666666666665,
          "6": 0.7865740740740742
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9783950617283951,
          "1": 0.9907407407407408,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9907407407407408
        },
        "selected": 1,
        "layer_weights": [
          0.16817443569501242,
          0.13056605557600656,
          0.13097684582074484,
          0.13075585663318634,
          0.13058561086654663,
          0.13639508684476218,
          0.17254610359668732
        ],
        "std": {
          "0": 0.004364856673991053,
          "1": 1.1102230246251565e-16,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 1.1102230246251565e-16
        },
        "valid": {
          "0": 0.9753086419753086,
          "1": 1.0,
          "2": 0.9907407407407408,
          "3": 0.9907407407407408,
          "4": 1.0,
          "5": 1.0,
          "6": 0.9907407407407408
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7249317697394142,
          "1": 0.6889578903449273,
          "2": 0.6483017753097294,
          "3": 0.667477451243362,
          "4": 0.683996409323472,
          "5": 0.6990751494378816,
          "6": 0.6751664222266577
        },
        "selected": 0,
        "layer_weights": [
          0.17160630226135254,
          0.13054139415423074,
          0.13053673009077707,
          0.13037531077861786,
          0.1302075336376826,
          0.13123016556104025,
          0.17550253371397653
        ],
        "std": {
          "0": 0.007137298820522094,
          "1": 0.0075738907557730325,
          "2": 0.0025383776929995723,
          "3": 0.0017698278928658078,
          "4": 0.0039874174381727195,
          "5": 0.004009151569993453,
          "6": 0.009128318894127302
        },
        "valid": {
          "0": 0.6496375519490803,
          "1": 0.6422823385927933,
          "2": 0.5956307908252544,
          "3": 0.6257020920158425,
          "4": 0.6260183039903434,
          "5": 0.6060348224698022,
          "6": 0.6377510738956624
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7558154265085856,
          "1": 0.6449461380640665,
          "2": 0.479125181833903,
          "3": 0.47616030772527057,
          "4": 0.5698473850886027,
          "5": 0.6708757082621256,
          "6": 0.6376689473787943
        },
        "selected": 0,
        "layer_weights": [
          0.15046697854995728,
          0.13812968134880066,
          0.13581176102161407,
          0.1354746768871943,
          0.13586846987406412,
          0.14744809766610464,
          0.15680034458637238
        ],
        "std": {
          "0": 0.007299123203952924,
          "1": 0.005943158122601346,
          "2": 0.003176235378064701,
          "3": 0.0028432766236727303,
          "4": 0.003684550943501197,
          "5": 0.008167654883981142,
          "6": 0.018463712776951663
        },
        "valid": {
          "0": 0.7426729202270508,
          "1": 0.48668112357457477,
          "2": 0.46655339002609253,
          "3": 0.42226602633794147,
          "4": 0.578131914138794,
          "5": 0.5490933458010355,
          "6": 0.5600584149360657
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      }
    },
    "logmel": {
      "synth-beat": {
        "scores": {
          "0": 0.7377718740369157
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.8189800774316953
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.38690476190476186
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.016835875742536838
        },
        "valid": {
          "0": 0.375
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.8383986208999346
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.7288239358723826
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.39999999999999997
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.010206207261596562
        },
        "valid": {
          "0": 0.35833333333333334
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.3993055555555555
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.025983731852596816
        },
        "valid": {
          "0": 0.34722222222222227
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key": {
        "scores": {
          "0": 0.8731481481481481
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.009644753081481341
        },
        "valid": {
          "0": 0.8930555555555554
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch": {
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
      "synth-tags": {
        "scores": {
          "0": 0.7544626474382783
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0019840285339659774
        },
        "valid": {
          "0": 0.7438672556524982
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7754937012990316
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.004660846701443257
        },
        "valid": {
          "0": 0.7748889525731405
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "madmom-beats": {
      "synth-beat": {
        "scores": {
          "0": 0.7836016675347928,
          "1": 0.7261109765413927,
          "2": 0.8343349042191417,
          "3": 0.8956648502934559,
          "4": 0.9430609109729755
        },
        "selected": 0,
        "layer_weights": [
          0.3850535452365875,
          2.0495635908446275e-05,
          0.18079021573066711,
          0.43410128355026245,
          3.447088965913281e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.8794802670080631,
          "1": 0.7880391734145087,
          "2": 0.8068231351592722,
          "3": 0.8413734297651507,
          "4": 0.8390962526469774
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "better",
          "4": "better"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.49404761904761907,
          "1": 0.14285714285714288,
          "2": 0.18452380952380953,
          "3": 0.17857142857142858,
          "4": 0.10119047619047618
        },
        "selected": 0,
        "layer_weights": [
          0.24921056628227234,
          0.18793480098247528,
          0.18751251697540283,
          0.18783490359783173,
          0.18750721712907156
        ],
        "std": {
          "0": 0.05120431706572994,
          "1": 0.02525381361380527,
          "2": 0.022271770159368688,
          "3": 0.03857583749052297,
          "4": 0.03035130662852848
        },
        "valid": {
          "0": 0.38095238095238093,
          "1": 0.22023809523809526,
          "2": 0.16666666666666666,
          "3": 0.1726190476190476,
          "4": 0.125
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.6701642258842864,
          "1": 0.2597414560197657,
          "2": 0.18447669394067912,
          "3": 0.16111467419742348,
          "4": 0.10331024677028616
        },
        "selected": 0,
        "layer_weights": [
          0.9999681711196899,
          9.896097253658809e-06,
          7.838871169951744e-06,
          8.168956810550299e-06,
          5.847936790814856e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.6236696538515485,
          "1": 0.32448638096779914,
          "2": 0.2218892234809631,
          "3": 0.18023794931854803,
          "4": 0.12663259574941316
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.6083333333333334,
          "1": 0.4625000000000001,
          "2": 0.44583333333333336,
          "3": 0.3625,
          "4": 0.12916666666666668
        },
        "selected": 0,
        "layer_weights": [
          0.3058892587820689,
          0.171274334192276,
          0.17317544420560202,
          0.17982066174348196,
          0.16984027127424875
        ],
        "std": {
          "0": 0.011785113019775804,
          "1": 5.551115123125783e-17,
          "2": 0.015590239111558104,
          "3": 0.030618621784789732,
          "4": 0.005892556509887901
        },
        "valid": {
          "0": 0.5958333333333333,
          "1": 0.4749999999999999,
          "2": 0.4375,
          "3": 0.4166666666666667,
          "4": 0.17916666666666667
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.49652777777777785,
          "1": 0.3125,
          "2": 0.22916666666666666,
          "3": 0.13888888888888887,
          "4": 0.10416666666666667
        },
        "selected": 0,
        "layer_weights": [
          0.36153504252433777,
          0.16251243650913239,
          0.15891987085342407,
          0.1596821298201879,
          0.15735043585300446
        ],
        "std": {
          "0": 0.04195502074164783,
          "1": 0.008505172717997162,
          "2": 0.00850517271799715,
          "3": 0.017704928866641618,
          "4": 0.017010345435994292
        },
        "valid": {
          "0": 0.35763888888888884,
          "1": 0.1597222222222222,
          "2": 0.14930555555555555,
          "3": 0.09375,
          "4": 0.0763888888888889
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.7444444444444445,
          "1": 0.31157407407407406,
          "2": 0.20138888888888892,
          "3": 0.18472222222222223,
          "4": 0.10694444444444444
        },
        "selected": 0,
        "layer_weights": [
          0.39256547888120014,
          0.14826275408267975,
          0.15116503338019052,
          0.15234004954497019,
          0.1556666592756907
        ],
        "std": {
          "0": 0.009689097007618648,
          "1": 0.006644768562225616,
          "2": 0.004943091783347833,
          "3": 0.00743628629824492,
          "4": 0.004088778178855483
        },
        "valid": {
          "0": 0.8120370370370371,
          "1": 0.2828703703703704,
          "2": 0.20046296296296298,
          "3": 0.12268518518518519,
          "4": 0.1537037037037037
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9722222222222222,
          "1": 0.888888888888889,
          "2": 0.5771604938271605,
          "3": 0.4598765432098766,
          "4": 0.033950617283950615
        },
        "selected": 0,
        "layer_weights": [
          0.3555763264497121,
          0.15146241088708243,
          0.16435937583446503,
          0.16331613063812256,
          0.165285790959994
        ],
        "std": {
          "0": 0.0075601535271086085,
          "1": 0.013094570021973107,
          "2": 0.024302493438308082,
          "3": 0.004364856673991027,
          "4": 0.004364856673991033
        },
        "valid": {
          "0": 0.9382716049382717,
          "1": 0.8703703703703703,
          "2": 0.638888888888889,
          "3": 0.4351851851851852,
          "4": 0.06172839506172839
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.80297962216355,
          "1": 0.7549030927759861,
          "2": 0.731154012414697,
          "3": 0.6825115461213792,
          "4": 0.5803148214425523
        },
        "selected": 0,
        "layer_weights": [
          0.5604526201883951,
          0.09955548743406932,
          0.11307559410730998,
          0.13154842952887216,
          0.0953678439060847
        ],
        "std": {
          "0": 0.003342823535592454,
          "1": 0.004535615955745136,
          "2": 0.0053000150071831845,
          "3": 0.005353554182000727,
          "4": 0.002056173964934318
        },
        "valid": {
          "0": 0.8180545380754131,
          "1": 0.7425648686107219,
          "2": 0.743126291980794,
          "3": 0.7145264108279523,
          "4": 0.5957748086013371
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8684294819831848,
          "1": 0.9603480696678162,
          "2": 0.8913532694180807,
          "3": 0.7568821310997009,
          "4": 0.4205599029858907
        },
        "selected": 2,
        "layer_weights": [
          0.19403182963530222,
          0.20827787617842355,
          0.2081063042084376,
          0.20187284549077353,
          0.18771114448706308
        ],
        "std": {
          "0": 0.0018542074883490293,
          "1": 0.0007465756648250792,
          "2": 0.023972276042663037,
          "3": 0.003900162642071611,
          "4": 0.015340913934064442
        },
        "valid": {
          "0": 0.8003358642260233,
          "1": 0.8786789774894714,
          "2": 0.940091629823049,
          "3": 0.9258037209510803,
          "4": -0.02169533570607503
        },
        "relation": {
          "0": "tied",
          "1": "better",
          "2": "tied",
          "3": "worse",
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
    },
    "madmom-chroma": {
      "synth-beat": {
        "scores": {
          "0": 0.7545812401160503,
          "1": 0.6729680509579221,
          "2": 0.6488608872053855,
          "3": 0.5771129801261984,
          "4": 0.31801881297893014
        },
        "selected": 0,
        "layer_weights": [
          0.4455735981464386,
          0.5544227361679077,
          1.2855808790845913e-06,
          1.0438021718073287e-06,
          1.2929384638482588e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7899391778922159,
          "1": 0.7479654687616655,
          "2": 0.7031239227495552,
          "3": 0.5759913555280266,
          "4": 0.3210014215423057
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.5595238095238095,
          "1": 0.7380952380952381,
          "2": 0.9285714285714285,
          "3": 0.9404761904761904,
          "4": 0.9285714285714285
        },
        "selected": 4,
        "layer_weights": [
          0.23518845438957214,
          0.16519887248675028,
          0.24135648707548776,
          0.22484518587589264,
          0.13341100265582403
        ],
        "std": {
          "0": 0.016835875742536838,
          "1": 0.008417937871268445,
          "2": 0.0145802960879951,
          "3": 0.02227177015936871,
          "4": 1.1102230246251565e-16
        },
        "valid": {
          "0": 0.4047619047619047,
          "1": 0.5892857142857143,
          "2": 0.7678571428571428,
          "3": 0.7083333333333334,
          "4": 0.7678571428571429
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
      },
      "synth-chords": {
        "scores": {
          "0": 0.8498729522715738,
          "1": 0.8415105188124534,
          "2": 0.7840593086874444,
          "3": 0.8001745347136967,
          "4": 0.7907096597488187
        },
        "selected": 1,
        "layer_weights": [
          0.4520840644836426,
          1.6745169659770909e-06,
          1.480529249420215e-06,
          0.5479103922843933,
          2.347380359424278e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7613961864546985,
          "1": 0.7761795123848343,
          "2": 0.715344354211696,
          "3": 0.7255737552176807,
          "4": 0.7208049825430339
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
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
      },
      "synth-instrument": {
        "scores": {
          "0": 0.35833333333333334,
          "1": 0.3166666666666667,
          "2": 0.23750000000000002,
          "3": 0.2125,
          "4": 0.25416666666666665
        },
        "selected": 1,
        "layer_weights": [
          0.23157126208146414,
          0.2172625015179316,
          0.19939562181631723,
          0.18520338336626688,
          0.16656720638275146
        ],
        "std": {
          "0": 0.025685058345704066,
          "1": 0.059802917060030526,
          "2": 0.03679900360969937,
          "3": 0.010206207261596573,
          "4": 0.011785113019775804
        },
        "valid": {
          "0": 0.3333333333333333,
          "1": 0.375,
          "2": 0.30833333333333335,
          "3": 0.34166666666666673,
          "4": 0.26666666666666666
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.6111111111111112,
          "1": 0.6006944444444445,
          "2": 0.6597222222222222,
          "3": 0.65625,
          "4": 0.6354166666666666
        },
        "selected": 2,
        "layer_weights": [
          0.1799125075340271,
          0.22765707472960153,
          0.25494703153769177,
          0.22838521003723145,
          0.10909816374381383
        ],
        "std": {
          "0": 0.004910463758239948,
          "1": 0.009820927516479843,
          "2": 0.0049104637582398965,
          "3": 0.01473139127471974,
          "4": 0.008505172717997162
        },
        "valid": {
          "0": 0.5277777777777778,
          "1": 0.6006944444444445,
          "2": 0.6597222222222223,
          "3": 0.6111111111111112,
          "4": 0.5625
        },
        "relation": {
          "0": "tied",
          "1": "tied",
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
      },
      "synth-key": {
        "scores": {
          "0": 0.9893518518518519,
          "1": 0.9930555555555557,
          "2": 0.9930555555555557,
          "3": 0.9907407407407408,
          "4": 1.0
        },
        "selected": 4,
        "layer_weights": [
          0.23005745808283487,
          0.22537954151630402,
          0.21517057220141092,
          0.16563381254673004,
          0.16375858585039774
        ],
        "std": {
          "0": 0.0028538953717448866,
          "1": 1.1102230246251565e-16,
          "2": 1.1102230246251565e-16,
          "3": 0.0032736425054932642,
          "4": 0.0
        },
        "valid": {
          "0": 0.9907407407407408,
          "1": 0.9861111111111112,
          "2": 0.9837962962962963,
          "3": 0.9861111111111112,
          "4": 1.0
        },
        "relation": {
          "0": "tied",
          "1": "tied",
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
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 0.9907407407407408,
          "3": 0.9753086419753086,
          "4": 0.9845679012345679
        },
        "selected": 0,
        "layer_weights": [
          0.19539633889993033,
          0.19538724919160208,
          0.22006712357203165,
          0.23023880024751028,
          0.15891049802303314
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 1.1102230246251565e-16,
          "3": 0.008729713347982107,
          "4": 0.004364856673991001
        },
        "valid": {
          "0": 1.0,
          "1": 0.9969135802469135,
          "2": 0.9876543209876543,
          "3": 0.9722222222222222,
          "4": 0.9814814814814815
        },
        "relation": {
          "0": "tied",
          "1": "tied",
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
      },
      "synth-tags": {
        "scores": {
          "0": 0.6933096903693053,
          "1": 0.6681954155955042,
          "2": 0.6128443662210448,
          "3": 0.5912691014057178,
          "4": 0.6199582747983466
        },
        "selected": 0,
        "layer_weights": [
          0.234177495042483,
          0.24546966950098673,
          0.22826699912548065,
          0.16516349713007608,
          0.12692229698101679
        ],
        "std": {
          "0": 0.001957913200370889,
          "1": 0.0023163433352302236,
          "2": 0.005931896877335854,
          "3": 0.0022964215729540075,
          "4": 0.0007667503056971926
        },
        "valid": {
          "0": 0.6789535353113884,
          "1": 0.649281893105277,
          "2": 0.5807264479727511,
          "3": 0.5767017218381184,
          "4": 0.6001216605818726
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.6710975567499796,
          "1": 0.7511246005694071,
          "2": 0.7849812308947245,
          "3": 0.7401386499404907,
          "4": 0.4563884536425273
        },
        "selected": 1,
        "layer_weights": [
          0.1573154479265213,
          0.2896002531051636,
          0.17937508722146353,
          0.18121720850467682,
          0.1924919585386912
        ],
        "std": {
          "0": 0.011178259541865918,
          "1": 0.01987398062248699,
          "2": 0.010695911254701878,
          "3": 0.006569895306529002,
          "4": 0.0037276790063287602
        },
        "valid": {
          "0": 0.661226769288381,
          "1": 0.9013919035593668,
          "2": 0.8901703953742981,
          "3": 0.7047779162724813,
          "4": 0.17534422874450684
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
    },
    "madmom-downbeats": {
      "synth-beat": {
        "scores": {
          "0": 0.7889551061488356,
          "1": 0.7385374377590254,
          "2": 0.7817482725025822,
          "3": 0.8177933044063533,
          "4": 0.8097387587773962
        },
        "selected": 0,
        "layer_weights": [
          0.4098205864429474,
          1.5529198208241723e-05,
          2.533211045374628e-06,
          0.5901534557342529,
          7.892287612776272e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.87900412616807,
          "1": 0.8027565802611061,
          "2": 0.818886701796375,
          "3": 0.8403945053302802,
          "4": 0.8433935474218477
        },
        "relation": {
          "0": "tied",
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
      },
      "synth-chord": {
        "scores": {
          "0": 0.43452380952380953,
          "1": 0.2261904761904762,
          "2": 0.19642857142857142,
          "3": 0.19642857142857142,
          "4": 0.1488095238095238
        },
        "selected": 0,
        "layer_weights": [
          0.3065594534079234,
          0.17305932939052582,
          0.17278648912906647,
          0.17374828457832336,
          0.17384648323059082
        ],
        "std": {
          "0": 0.04686909448816555,
          "1": 0.03035130662852848,
          "2": 0.0145802960879951,
          "3": 0.02525381361380527,
          "4": 0.008417937871268433
        },
        "valid": {
          "0": 0.3571428571428572,
          "1": 0.3511904761904762,
          "2": 0.26785714285714285,
          "3": 0.2619047619047619,
          "4": 0.10714285714285714
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.7650271976624846,
          "1": 0.5562675132384964,
          "2": 0.25391418047173697,
          "3": 0.143705278358007,
          "4": 0.1090553971897336
        },
        "selected": 0,
        "layer_weights": [
          0.9999896287918091,
          2.507032604626147e-06,
          2.498501999070868e-06,
          2.6481861823413055e-06,
          2.708456122491043e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7312253430744565,
          "1": 0.5498640116384078,
          "2": 0.23588399587379338,
          "3": 0.18866876772752447,
          "4": 0.13494667155514445
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.55,
          "1": 0.41250000000000003,
          "2": 0.4375,
          "3": 0.4666666666666666,
          "4": 0.2625
        },
        "selected": 0,
        "layer_weights": [
          0.2687482535839081,
          0.1812638541062673,
          0.18297454218069711,
          0.18315461774667105,
          0.18385876218477884
        ],
        "std": {
          "0": 0.010206207261596585,
          "1": 0.03679900360969937,
          "2": 0.017677669529663705,
          "3": 0.02124591463996993,
          "4": 0.027003086243366083
        },
        "valid": {
          "0": 0.5333333333333333,
          "1": 0.4166666666666667,
          "2": 0.5,
          "3": 0.48333333333333334,
          "4": 0.2916666666666667
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
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
      },
      "synth-interval": {
        "scores": {
          "0": 0.47222222222222215,
          "1": 0.23958333333333334,
          "2": 0.1909722222222222,
          "3": 0.18055555555555555,
          "4": 0.11458333333333333
        },
        "selected": 0,
        "layer_weights": [
          0.3659260869026184,
          0.1581257830063502,
          0.15840375423431396,
          0.16062969466050467,
          0.15691464642683664
        ],
        "std": {
          "0": 0.02734030511809655,
          "1": 0.014731391274719754,
          "2": 0.017704928866641618,
          "3": 0.01770492886664161,
          "4": 0.014731391274719733
        },
        "valid": {
          "0": 0.34722222222222215,
          "1": 0.22916666666666666,
          "2": 0.18055555555555558,
          "3": 0.11805555555555554,
          "4": 0.13194444444444445
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9101851851851852,
          "1": 0.5300925925925927,
          "2": 0.3782407407407407,
          "3": 0.2888888888888889,
          "4": 0.09583333333333333
        },
        "selected": 0,
        "layer_weights": [
          0.36747027436892193,
          0.1550167202949524,
          0.1562174359957377,
          0.15928155183792114,
          0.16201401253541312
        ],
        "std": {
          "0": 0.014973112619255822,
          "1": 0.017210768792075126,
          "2": 0.019848102879838903,
          "3": 0.009820927516479845,
          "4": 0.00226804605813257
        },
        "valid": {
          "0": 0.9324074074074074,
          "1": 0.5157407407407407,
          "2": 0.3277777777777778,
          "3": 0.24768518518518515,
          "4": 0.12407407407407407
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 0.9907407407407408,
          "2": 0.7407407407407408,
          "3": 0.5370370370370371,
          "4": 0.07407407407407407
        },
        "selected": 0,
        "layer_weights": [
          0.28079451123873395,
          0.1787777046362559,
          0.17957359552383423,
          0.18022501468658447,
          0.18062914907932281
        ],
        "std": {
          "0": 0.0,
          "1": 1.1102230246251565e-16,
          "2": 0.013094570021973107,
          "3": 0.020002286106197083,
          "4": 0.020002286106197097
        },
        "valid": {
          "0": 1.0,
          "1": 0.9907407407407408,
          "2": 0.7808641975308642,
          "3": 0.5246913580246914,
          "4": 0.040123456790123455
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.8002775837701844,
          "1": 0.750607063419327,
          "2": 0.7624401989008421,
          "3": 0.7215910979573033,
          "4": 0.640220713617982
        },
        "selected": 0,
        "layer_weights": [
          0.4041225512822469,
          0.14654682079950967,
          0.14915399750073752,
          0.14812345306078592,
          0.15205318729082742
        ],
        "std": {
          "0": 0.0022557068754014164,
          "1": 0.0036955106659833296,
          "2": 0.003446811483384659,
          "3": 0.002241616615157102,
          "4": 0.003290861975182412
        },
        "valid": {
          "0": 0.8231207832554368,
          "1": 0.7088914613615023,
          "2": 0.7181539784785285,
          "3": 0.6678910912979245,
          "4": 0.6206808174268162
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8351495862007141,
          "1": 0.9347853064537048,
          "2": 0.9270103375116984,
          "3": 0.9009321530659994,
          "4": 0.7775599360466003
        },
        "selected": 3,
        "layer_weights": [
          0.1890482654174169,
          0.1853438268105189,
          0.20694067080815634,
          0.2219031701485316,
          0.19676407674948374
        ],
        "std": {
          "0": 0.002670258005379373,
          "1": 0.0023307420078569688,
          "2": 0.0008479561944319225,
          "3": 0.004177002279289067,
          "4": 0.0006226472617472439
        },
        "valid": {
          "0": 0.7962668339411417,
          "1": 0.8845813075701395,
          "2": 0.9510601162910461,
          "3": 0.9706320961316427,
          "4": 0.7474585175514221
        },
        "relation": {
          "0": "worse",
          "1": "better",
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
    },
    "madmom-key": {
      "synth-beat": {
        "scores": {
          "0": 0.5047965598367946,
          "1": 0.24700106165783137,
          "2": 0.13845715858660237,
          "3": 0.07371559036776427,
          "4": 0.15059149563570148,
          "5": 0.04972203359458261,
          "6": 0.06125132275132276,
          "7": 0.05963083213083213
        },
        "selected": 0,
        "layer_weights": [
          0.4906765818595886,
          0.3664030134677887,
          8.798633643891662e-05,
          7.083519449224696e-05,
          0.14264027774333954,
          5.31899968336802e-05,
          3.4774537198245525e-05,
          3.33898606186267e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.531734902841299,
          "1": 0.26310247075538856,
          "2": 0.16722567081612558,
          "3": 0.13297091421159496,
          "4": 0.15559718290774438,
          "5": 0.07115512448794183,
          "6": 0.038532679738562094,
          "7": 0.05126898788189111
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.5654761904761905,
          "1": 0.6488095238095238,
          "2": 0.75,
          "3": 0.7619047619047619,
          "4": 0.6130952380952381,
          "5": 0.6071428571428572,
          "6": 0.5773809523809523,
          "7": 0.5595238095238095
        },
        "selected": 2,
        "layer_weights": [
          0.10936607917149861,
          0.12405840555826823,
          0.14550354580084482,
          0.14534435669581094,
          0.12499017765124638,
          0.13402155538400015,
          0.10829980671405792,
          0.1084160606066386
        ],
        "std": {
          "0": 0.016835875742536838,
          "1": 0.008417937871268393,
          "2": 0.038575837490523,
          "3": 0.008417937871268445,
          "4": 0.016835875742536838,
          "5": 0.0145802960879951,
          "6": 0.008417937871268445,
          "7": 0.008417937871268393
        },
        "valid": {
          "0": 0.38690476190476186,
          "1": 0.4285714285714286,
          "2": 0.5714285714285714,
          "3": 0.5714285714285714,
          "4": 0.5178571428571429,
          "5": 0.5535714285714286,
          "6": 0.5535714285714285,
          "7": 0.5059523809523809
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.8559076564459401,
          "1": 0.8414285432107194,
          "2": 0.6578925575538928,
          "3": 0.3776591698707072,
          "4": 0.21208074547426964,
          "5": 0.1842041264355755,
          "6": 0.11558497541681445,
          "7": 0.10766397511530351
        },
        "selected": 1,
        "layer_weights": [
          0.4246591031551361,
          0.5752691030502319,
          1.4700597603223287e-05,
          9.091684660234023e-06,
          2.9258386348374188e-05,
          6.3440174926654436e-06,
          6.165326340124011e-06,
          6.140569439594401e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.7675412205042966,
          "1": 0.7720143057783195,
          "2": 0.6412965612577215,
          "3": 0.3690113440419297,
          "4": 0.20297860139607304,
          "5": 0.2050534420349798,
          "6": 0.15364947213478897,
          "7": 0.13739054895463995
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.3458333333333334,
          "1": 0.3541666666666667,
          "2": 0.37083333333333335,
          "3": 0.30833333333333335,
          "4": 0.325,
          "5": 0.30833333333333335,
          "6": 0.2125,
          "7": 0.2833333333333333
        },
        "selected": 4,
        "layer_weights": [
          0.10068624963363011,
          0.1328533093134562,
          0.1658379783233007,
          0.16916722059249878,
          0.11120973279078801,
          0.11479715754588445,
          0.10274653136730194,
          0.10270177324612935
        ],
        "std": {
          "0": 0.005892556509887875,
          "1": 0.011785113019775776,
          "2": 0.005892556509887902,
          "3": 0.005892556509887902,
          "4": 0.010206207261596585,
          "5": 0.015590239111558104,
          "6": 0.010206207261596573,
          "7": 0.025685058345704066
        },
        "valid": {
          "0": 0.37083333333333335,
          "1": 0.3833333333333333,
          "2": 0.35000000000000003,
          "3": 0.3458333333333334,
          "4": 0.4041666666666666,
          "5": 0.3083333333333333,
          "6": 0.2916666666666667,
          "7": 0.2833333333333333
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.5972222222222223,
          "1": 0.5,
          "2": 0.6215277777777778,
          "3": 0.6701388888888888,
          "4": 0.625,
          "5": 0.5104166666666666,
          "6": 0.4791666666666667,
          "7": 0.48263888888888884
        },
        "selected": 3,
        "layer_weights": [
          0.09223061800003052,
          0.12988721827665964,
          0.1698628862698873,
          0.17172973354657492,
          0.09084869921207428,
          0.16024014353752136,
          0.09259049594402313,
          0.09261021266380946
        ],
        "std": {
          "0": 0.012991865926298411,
          "1": 0.0170103454359943,
          "2": 0.004910463758239896,
          "3": 0.004910463758239948,
          "4": 0.030665836341416113,
          "5": 0.025515518153991418,
          "6": 0.00850517271799714,
          "7": 0.02598373185259679
        },
        "valid": {
          "0": 0.5069444444444444,
          "1": 0.4201388888888889,
          "2": 0.5381944444444445,
          "3": 0.6493055555555555,
          "4": 0.5347222222222222,
          "5": 0.5104166666666666,
          "6": 0.44097222222222227,
          "7": 0.47222222222222227
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9893518518518519,
          "1": 0.9893518518518519,
          "2": 0.9888888888888889,
          "3": 0.9847222222222222,
          "4": 0.963425925925926,
          "5": 0.9541666666666667,
          "6": 0.8999999999999999,
          "7": 0.7902777777777779
        },
        "selected": 0,
        "layer_weights": [
          0.13820719718933105,
          0.10909349222977956,
          0.1449030488729477,
          0.12531815965970358,
          0.14340253174304962,
          0.13383343319098154,
          0.10266591360171635,
          0.10257621109485626
        ],
        "std": {
          "0": 0.0028538953717448866,
          "1": 0.005237828008789222,
          "2": 0.0,
          "3": 0.001964185503295958,
          "4": 0.008661243950865625,
          "5": 0.009820927516479845,
          "6": 0.0034020690871988013,
          "7": 0.013078191566505129
        },
        "valid": {
          "0": 0.9884259259259259,
          "1": 0.9791666666666666,
          "2": 0.9750000000000001,
          "3": 0.9675925925925926,
          "4": 0.9583333333333334,
          "5": 0.9722222222222222,
          "6": 0.850925925925926,
          "7": 0.7763888888888889
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 0.9691358024691358,
          "6": 0.8179012345679012,
          "7": 0.7870370370370371
        },
        "selected": 0,
        "layer_weights": [
          0.10892677803834279,
          0.14537258446216583,
          0.1444572458664576,
          0.14354188740253448,
          0.10334903250137965,
          0.14317905406157175,
          0.10543849319219589,
          0.10573489467302959
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.011548325267820809,
          "6": 0.008729713347982055,
          "7": 0.013094570021973107
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.8271604938271605,
          "7": 0.79320987654321
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.6971853779737253,
          "1": 0.7467383639645392,
          "2": 0.7136731272298121,
          "3": 0.6423461629602091,
          "4": 0.6503772076201731,
          "5": 0.6072397985456911,
          "6": 0.5679900053652772,
          "7": 0.5570703648124326
        },
        "selected": 1,
        "layer_weights": [
          0.11689645797014236,
          0.13294335703055063,
          0.13631950815518698,
          0.13581159710884094,
          0.1283572812875112,
          0.12676059703032175,
          0.1113241861263911,
          0.11158699293931325
        ],
        "std": {
          "0": 0.002868179480468102,
          "1": 0.003299626899906482,
          "2": 0.007903758207561715,
          "3": 0.006366377723609434,
          "4": 0.005868343321179087,
          "5": 0.006985680558834425,
          "6": 0.006086454477641118,
          "7": 0.006355118237304324
        },
        "valid": {
          "0": 0.6758575633882248,
          "1": 0.7206801402793618,
          "2": 0.668438615841212,
          "3": 0.6386394751672039,
          "4": 0.5966158881817387,
          "5": 0.5472547722932884,
          "6": 0.5256413660942213,
          "7": 0.5060112394063871
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.6712014675140381,
          "1": 0.7981683015823364,
          "2": 0.7435010274251302,
          "3": 0.5843071142832438,
          "4": 0.5349811315536499,
          "5": 0.44324763615926105,
          "6": 0.28817931811014813,
          "7": 0.14542311429977417
        },
        "selected": 1,
        "layer_weights": [
          0.12376691897710164,
          0.13682706654071808,
          0.12466689944267273,
          0.13625317315260568,
          0.1202929417292277,
          0.11929633716742198,
          0.11931392550468445,
          0.1195827250679334
        ],
        "std": {
          "0": 0.010506976909274292,
          "1": 0.010114215849800047,
          "2": 0.0029138791517155822,
          "3": 0.00852099635730936,
          "4": 0.002692022293477272,
          "5": 0.0037633348578979832,
          "6": 0.011992412000713807,
          "7": 0.01030211097885501
        },
        "valid": {
          "0": 0.6957105795542399,
          "1": 0.9626033306121826,
          "2": 0.9461397329966227,
          "3": 0.9109706878662109,
          "4": 0.84764297803243,
          "5": 0.8231866359710693,
          "6": 0.47938740253448486,
          "7": 0.3902529676755269
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      }
    },
    "mfcc": {
      "synth-beat": {
        "scores": {
          "0": 0.7430064683403679
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.8003782180787161
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.29166666666666663
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.008417937871268419
        },
        "valid": {
          "0": 0.43452380952380953
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.19359455696757796
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0
        },
        "valid": {
          "0": 0.2433154027724222
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.5166666666666667
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.02124591463996994
        },
        "valid": {
          "0": 0.4875
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.37152777777777773
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.02140421528808672
        },
        "valid": {
          "0": 0.2673611111111111
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key": {
        "scores": {
          "0": 0.19212962962962962
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.023166659265179277
        },
        "valid": {
          "0": 0.2166666666666667
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch": {
        "scores": {
          "0": 0.6697530864197531
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.004364856673991053
        },
        "valid": {
          "0": 0.7129629629629629
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tags": {
        "scores": {
          "0": 0.7686863488697192
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006655952543355579
        },
        "valid": {
          "0": 0.7366199019536747
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.693658451239268
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006065243327506341
        },
        "valid": {
          "0": 0.7428265611330668
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "musicnn-msd": {
      "synth-beat": {
        "scores": {
          "0": 0.7174258140361808,
          "1": 0.7235894606523489,
          "2": 0.7425269190601018,
          "3": 0.6932235232890712,
          "4": 0.6856657771903745,
          "5": 0.03569264069264069,
          "6": 0.03078455361064057,
          "7": 0.03903559403559404
        },
        "selected": 3,
        "layer_weights": [
          9.062521288960568e-10,
          0.25944456458091736,
          0.5769091844558716,
          4.4573488366950187e-07,
          6.614171979890671e-06,
          0.16363929212093353,
          7.111677219340251e-11,
          2.7637954425063782e-11
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.7853451892604252,
          "1": 0.7666269061945906,
          "2": 0.7946983153508024,
          "3": 0.8033151807372633,
          "4": 0.7800034512848115,
          "5": 0.037515873015873016,
          "6": 0.04082539682539683,
          "7": 0.04558465608465608
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "better",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.3154761904761905,
          "1": 0.25,
          "2": 0.23214285714285712,
          "3": 0.13095238095238096,
          "4": 0.24404761904761907,
          "5": 0.20238095238095236,
          "6": 0.18452380952380953,
          "7": 0.2261904761904762
        },
        "selected": 0,
        "layer_weights": [
          0.11199519534905751,
          0.11219231287638347,
          0.11162090798219045,
          0.11525875578324,
          0.11115330209334691,
          0.166561891635259,
          0.15971586108207703,
          0.1115017831325531
        ],
        "std": {
          "0": 0.022271770159368716,
          "1": 0.0145802960879951,
          "2": 0.014580296087995112,
          "3": 0.016835875742536845,
          "4": 0.008417937871268419,
          "5": 0.016835875742536838,
          "6": 0.022271770159368688,
          "7": 0.022271770159368702
        },
        "valid": {
          "0": 0.5476190476190476,
          "1": 0.16071428571428573,
          "2": 0.46428571428571425,
          "3": 0.3273809523809524,
          "4": 0.36904761904761907,
          "5": 0.36309523809523814,
          "6": 0.26785714285714285,
          "7": 0.26785714285714285
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.20254901705611372,
          "1": 0.15804987225747014,
          "2": 0.15193574939045254,
          "3": 0.15270398842478783,
          "4": 0.1375515956715108,
          "5": 0.11344543563742226,
          "6": 0.10094326668820416,
          "7": 0.1010041540202882
        },
        "selected": 0,
        "layer_weights": [
          0.3709428906440735,
          6.333824785542674e-06,
          9.94098445517011e-06,
          0.15907247364521027,
          7.999103218025994e-06,
          0.4699510335922241,
          3.9420965549652465e-06,
          5.425999916042201e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.21272448273518885,
          "1": 0.18354249888750276,
          "2": 0.19707432595257127,
          "3": 0.170559929503911,
          "4": 0.16953797146357832,
          "5": 0.1725687244462572,
          "6": 0.14073158657681895,
          "7": 0.12228668904519893
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.5416666666666666,
          "1": 0.6541666666666667,
          "2": 0.55,
          "3": 0.5833333333333334,
          "4": 0.6083333333333334,
          "5": 0.7166666666666667,
          "6": 0.5625,
          "7": 0.5875
        },
        "selected": 5,
        "layer_weights": [
          0.11201570928096771,
          0.11072922001282375,
          0.11112449566523235,
          0.11056979248921077,
          0.10915128141641617,
          0.174455260237058,
          0.16152259707450867,
          0.11043164134025574
        ],
        "std": {
          "0": 0.015590239111558084,
          "1": 0.015590239111558123,
          "2": 0.010206207261596585,
          "3": 0.005892556509887927,
          "4": 0.015590239111558084,
          "5": 0.011785113019775802,
          "6": 0.0,
          "7": 0.02041241452319317
        },
        "valid": {
          "0": 0.65,
          "1": 0.6124999999999999,
          "2": 0.6291666666666667,
          "3": 0.6791666666666667,
          "4": 0.65,
          "5": 0.7916666666666666,
          "6": 0.7583333333333333,
          "7": 0.6
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.45138888888888884,
          "1": 0.16666666666666666,
          "2": 0.3680555555555556,
          "3": 0.3229166666666667,
          "4": 0.3194444444444444,
          "5": 0.31597222222222215,
          "6": 0.34722222222222227,
          "7": 0.25
        },
        "selected": 0,
        "layer_weights": [
          0.10449187209208806,
          0.104985478023688,
          0.10345922658840816,
          0.1017561803261439,
          0.10364416738351186,
          0.20343388617038727,
          0.17376522223154703,
          0.10446399947007497
        ],
        "std": {
          "0": 0.01770492886664162,
          "1": 0.01473139127471974,
          "2": 0.027340305118096563,
          "3": 0.00850517271799714,
          "4": 0.035409857733283236,
          "5": 0.03540985773328322,
          "6": 0.017704928866641604,
          "7": 0.00850517271799715
        },
        "valid": {
          "0": 0.3229166666666667,
          "1": 0.1909722222222222,
          "2": 0.2708333333333333,
          "3": 0.28125,
          "4": 0.2569444444444445,
          "5": 0.3020833333333333,
          "6": 0.27777777777777785,
          "7": 0.20833333333333334
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "tied",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.21805555555555556,
          "1": 0.09953703703703703,
          "2": 0.12222222222222223,
          "3": 0.13425925925925927,
          "4": 0.11249999999999999,
          "5": 0.1574074074074074,
          "6": 0.13796296296296298,
          "7": 0.0837962962962963
        },
        "selected": 5,
        "layer_weights": [
          0.10598862667878468,
          0.10601310680309932,
          0.10574962198734283,
          0.10358357429504395,
          0.104965145389239,
          0.18998797237873077,
          0.17791754504044852,
          0.10579433292150497
        ],
        "std": {
          "0": 0.02343342728674771,
          "1": 0.01905473669190433,
          "2": 0.016077551253875316,
          "3": 0.014448598642895601,
          "4": 0.021185298497495474,
          "5": 0.011803285911094401,
          "6": 0.008203724604939525,
          "7": 0.010536858034019478
        },
        "valid": {
          "0": 0.21203703703703705,
          "1": 0.1337962962962963,
          "2": 0.21574074074074076,
          "3": 0.24074074074074073,
          "4": 0.16435185185185186,
          "5": 0.24999999999999997,
          "6": 0.16944444444444443,
          "7": 0.17175925925925925
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.5771604938271605,
          "1": 0.037037037037037035,
          "2": 0.4444444444444444,
          "3": 0.21296296296296294,
          "4": 0.271604938271605,
          "5": 0.3117283950617284,
          "6": 0.23148148148148148,
          "7": 0.14506172839506173
        },
        "selected": 0,
        "layer_weights": [
          0.10193877170483272,
          0.10259340206782024,
          0.10025283694267273,
          0.09821305175622304,
          0.09921415150165558,
          0.21183408300081888,
          0.18505558868249258,
          0.1008981317281723
        ],
        "std": {
          "0": 0.01573771454812586,
          "1": 0.0,
          "2": 0.007560153527108585,
          "3": 0.020002286106197094,
          "4": 0.00872971334798208,
          "5": 0.024302493438308048,
          "6": 0.020002286106197094,
          "7": 0.008729713347982067
        },
        "valid": {
          "0": 0.6574074074074074,
          "1": 0.07098765432098765,
          "2": 0.5061728395061729,
          "3": 0.24691358024691357,
          "4": 0.23456790123456792,
          "5": 0.3395061728395062,
          "6": 0.18827160493827158,
          "7": 0.1419753086419753
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.788413029575214,
          "1": 0.7794320603639145,
          "2": 0.7910533195303188,
          "3": 0.8115375531749578,
          "4": 0.8018469426478646,
          "5": 0.8496248773959785,
          "6": 0.767723805242365,
          "7": 0.7556974689510839
        },
        "selected": 5,
        "layer_weights": [
          0.11166467269261678,
          0.11023264875014623,
          0.11007822801669438,
          0.10827980438868205,
          0.10633474091688792,
          0.18054378032684326,
          0.1643279492855072,
          0.10853814830382665
        ],
        "std": {
          "0": 0.0018091034906508277,
          "1": 0.0020427058579310514,
          "2": 0.0035330349466688588,
          "3": 0.00348468254691443,
          "4": 0.00294114404074338,
          "5": 0.004423433424189914,
          "6": 0.002079871361614016,
          "7": 0.00252592742073006
        },
        "valid": {
          "0": 0.7480748111619135,
          "1": 0.6982365182450737,
          "2": 0.7570599212267392,
          "3": 0.8094687184097279,
          "4": 0.8074211600879487,
          "5": 0.8411502799484992,
          "6": 0.7732923562252031,
          "7": 0.7641971669581631
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.9287135004997253,
          "1": 0.8768187165260315,
          "2": 0.8599066535631815,
          "3": -2.3230303525924683,
          "4": 0.8986940781275431,
          "5": -0.6519608894983927,
          "6": 0.9123287200927734,
          "7": 0.8625478744506836
        },
        "selected": 5,
        "layer_weights": [
          0.11907112350066502,
          0.13048122326533,
          0.12053929269313812,
          0.1257923866311709,
          0.12342835466066997,
          0.13559327026208243,
          0.12448067963123322,
          0.12061365197102229
        ],
        "std": {
          "0": 0.0008080180831793944,
          "1": 0.0011429417452287795,
          "2": 0.0023081353777269467,
          "3": 1.9805930861142793,
          "4": 0.00701988818510447,
          "5": 0.9956795718349482,
          "6": 0.0019965589465620274,
          "7": 0.015900457447064514
        },
        "valid": {
          "0": 0.8971993724505106,
          "1": 0.9611388246218363,
          "2": 0.9158433874448141,
          "3": 0.9541897376378378,
          "4": 0.9336891770362854,
          "5": 0.9753640294075012,
          "6": 0.9208719333012899,
          "7": 0.8757091164588928
        },
        "relation": {
          "0": "better",
          "1": "tied",
          "2": "tied",
          "3": "better",
          "4": "tied",
          "5": "tied",
          "6": "tied",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      }
    },
    "musicnn-mtt": {
      "synth-beat": {
        "scores": {
          "0": 0.7261201722009675,
          "1": 0.7482400963992561,
          "2": 0.6819529546146047,
          "3": 0.6895539007557737,
          "4": 0.699878451976672,
          "5": 0.0511408250618777,
          "6": 0.047746645167697804,
          "7": 0.03975720867826131
        },
        "selected": 0,
        "layer_weights": [
          0.2990548610687256,
          0.2989976704120636,
          2.4243130610557273e-05,
          0.24470843374729156,
          6.115682481322438e-05,
          0.1571340262889862,
          1.130905729951337e-05,
          8.27435633254936e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.8316450647982797,
          "1": 0.7853256535783224,
          "2": 0.7693243435409853,
          "3": 0.8090930459410426,
          "4": 0.780993475739084,
          "5": 0.03534776334776335,
          "6": 0.03969515961621225,
          "7": 0.025867738399707706
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.46428571428571425,
          "1": 0.19047619047619047,
          "2": 0.21428571428571427,
          "3": 0.16071428571428573,
          "4": 0.1488095238095238,
          "5": 0.2976190476190476,
          "6": 0.22023809523809526,
          "7": 0.22023809523809523
        },
        "selected": 0,
        "layer_weights": [
          0.12380433330933253,
          0.12133108576138814,
          0.11864766975243886,
          0.1213190108537674,
          0.11958273748556773,
          0.13820687929789224,
          0.13840975364049277,
          0.11869855473438899
        ],
        "std": {
          "0": 5.551115123125783e-17,
          "1": 0.03035130662852848,
          "2": 0.014580296087995112,
          "3": 0.0,
          "4": 0.008417937871268433,
          "5": 0.008417937871268419,
          "6": 0.01683587574253685,
          "7": 0.022271770159368702
        },
        "valid": {
          "0": 0.5297619047619048,
          "1": 0.1488095238095238,
          "2": 0.31547619047619047,
          "3": 0.25595238095238093,
          "4": 0.17261904761904764,
          "5": 0.36904761904761907,
          "6": 0.2261904761904762,
          "7": 0.30357142857142855
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.38044208379876265,
          "1": 0.15149049332978926,
          "2": 0.15258797552845618,
          "3": 0.1612674407927391,
          "4": 0.164628400590019,
          "5": 0.10766600868042225,
          "6": 0.10117854219767491,
          "7": 0.10407207110288662
        },
        "selected": 0,
        "layer_weights": [
          0.5890443921089172,
          2.1676457890862366e-06,
          2.1313505840225844e-06,
          2.4752978333708597e-06,
          2.4687601580808405e-06,
          0.4109424650669098,
          1.8860727095670882e-06,
          1.958300799742574e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.36914759166339683,
          "1": 0.1599248473211535,
          "2": 0.19113215014524204,
          "3": 0.19115396530009343,
          "4": 0.17885148904345574,
          "5": 0.14597503180119958,
          "6": 0.11367819187442023,
          "7": 0.13420127419469646
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.6166666666666667,
          "1": 0.7458333333333332,
          "2": 0.4666666666666666,
          "3": 0.44166666666666665,
          "4": 0.55,
          "5": 0.8458333333333332,
          "6": 0.6958333333333334,
          "7": 0.6041666666666666
        },
        "selected": 5,
        "layer_weights": [
          0.11774387955665588,
          0.13051707049210867,
          0.11063062896331151,
          0.1103685920437177,
          0.11023995031913121,
          0.15844273567199707,
          0.15149117012818655,
          0.11056599269310634
        ],
        "std": {
          "0": 0.005892556509887875,
          "1": 0.03864007706456545,
          "2": 0.02124591463996993,
          "3": 0.011785113019775804,
          "4": 0.020412414523193124,
          "5": 0.015590239111558123,
          "6": 0.015590239111558074,
          "7": 0.015590239111558084
        },
        "valid": {
          "0": 0.6583333333333333,
          "1": 0.6958333333333333,
          "2": 0.5958333333333333,
          "3": 0.6666666666666666,
          "4": 0.5791666666666666,
          "5": 0.8249999999999998,
          "6": 0.6916666666666668,
          "7": 0.6166666666666667
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.5902777777777777,
          "1": 0.20138888888888892,
          "2": 0.2708333333333333,
          "3": 0.20833333333333334,
          "4": 0.18402777777777776,
          "5": 0.5104166666666666,
          "6": 0.2708333333333333,
          "7": 0.2534722222222222
        },
        "selected": 0,
        "layer_weights": [
          0.11847905317942302,
          0.1155533492565155,
          0.11216100802024205,
          0.11181382089853287,
          0.11183177183071773,
          0.16183718045552573,
          0.1560350755850474,
          0.11228871842225392
        ],
        "std": {
          "0": 0.012991865926298411,
          "1": 0.01770492886664161,
          "2": 0.01473139127471974,
          "3": 0.00850517271799715,
          "4": 0.012991865926298408,
          "5": 0.008505172717997162,
          "6": 0.01473139127471974,
          "7": 0.021404215288086725
        },
        "valid": {
          "0": 0.53125,
          "1": 0.13194444444444445,
          "2": 0.24999999999999997,
          "3": 0.20833333333333334,
          "4": 0.19444444444444442,
          "5": 0.4270833333333333,
          "6": 0.20486111111111113,
          "7": 0.1875
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.25787037037037036,
          "1": 0.1449074074074074,
          "2": 0.11898148148148148,
          "3": 0.12222222222222222,
          "4": 0.07638888888888888,
          "5": 0.15694444444444444,
          "6": 0.13842592592592595,
          "7": 0.11712962962962964
        },
        "selected": 0,
        "layer_weights": [
          0.10142902284860611,
          0.11585601915915807,
          0.10005154212315877,
          0.097417617837588,
          0.09774604439735413,
          0.20185469587643942,
          0.18566686908404031,
          0.09997818370660146
        ],
        "std": {
          "0": 0.016602241738001015,
          "1": 0.014800340151060912,
          "2": 0.013143582932017036,
          "3": 0.010936122047238627,
          "4": 0.007938161203464005,
          "5": 0.014742299377861706,
          "6": 0.006245711834829646,
          "7": 0.007202013512085208
        },
        "valid": {
          "0": 0.22777777777777777,
          "1": 0.17731481481481481,
          "2": 0.1708333333333333,
          "3": 0.20601851851851852,
          "4": 0.16342592592592595,
          "5": 0.18703703703703703,
          "6": 0.1449074074074074,
          "7": 0.10185185185185186
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.8796296296296297,
          "1": 0.0925925925925926,
          "2": 0.3302469135802469,
          "3": 0.24074074074074073,
          "4": 0.32407407407407407,
          "5": 0.5617283950617283,
          "6": 0.3055555555555556,
          "7": 0.17901234567901234
        },
        "selected": 0,
        "layer_weights": [
          0.09947676956653595,
          0.09700425962607066,
          0.09609803060690562,
          0.09107758104801178,
          0.09215493748585384,
          0.23970924814542136,
          0.18658323089281717,
          0.09789596994717915
        ],
        "std": {
          "0": 0.013094570021973107,
          "1": 0.013094570021973102,
          "2": 0.004364856673991027,
          "3": 0.020002286106197118,
          "4": 0.0075601535271085625,
          "5": 0.030553996717937237,
          "6": 0.007560153527108585,
          "7": 0.015737714548125874
        },
        "valid": {
          "0": 0.9074074074074074,
          "1": 0.07098765432098765,
          "2": 0.36111111111111116,
          "3": 0.29012345679012347,
          "4": 0.26851851851851855,
          "5": 0.6018518518518519,
          "6": 0.3148148148148148,
          "7": 0.16975308641975306
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.84072601654205,
          "1": 0.8094387790383823,
          "2": 0.8283181836301653,
          "3": 0.8196259185702331,
          "4": 0.7974318326190385,
          "5": 0.8517987580918759,
          "6": 0.8235436513491745,
          "7": 0.7925165344167576
        },
        "selected": 5,
        "layer_weights": [
          0.09609268357356389,
          0.1005455528696378,
          0.09454314410686493,
          0.09169324239095052,
          0.09212226668993632,
          0.23966156939665476,
          0.19064892828464508,
          0.09469262758890788
        ],
        "std": {
          "0": 0.0042046890540876555,
          "1": 0.0016249265142737764,
          "2": 0.003065154489540381,
          "3": 0.0014056840138747632,
          "4": 0.002784258673287166,
          "5": 0.0034378569175702706,
          "6": 0.0015953468882946612,
          "7": 0.0024712146823052754
        },
        "valid": {
          "0": 0.7851008088463102,
          "1": 0.7284959182063385,
          "2": 0.8138179043604216,
          "3": 0.7889155771859344,
          "4": 0.7897023453915096,
          "5": 0.8463845821204634,
          "6": 0.7882586530217646,
          "7": 0.7673691857076568
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "tied",
          "6": "tied",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.9265388051668803,
          "1": 0.9560575286547343,
          "2": 0.7529842456181844,
          "3": 0.8067554831504822,
          "4": 0.77961532274882,
          "5": 0.9138731757799784,
          "6": 0.9232345422108968,
          "7": 0.8108363747596741
        },
        "selected": 1,
        "layer_weights": [
          0.11760623504718144,
          0.13544670244057974,
          0.12144399434328079,
          0.1259970168272654,
          0.12363357345263164,
          0.13869545857111612,
          0.11837949852148692,
          0.11879751086235046
        ],
        "std": {
          "0": 0.0034362552238987845,
          "1": 0.0024202450543307228,
          "2": 0.010254248557688615,
          "3": 0.010012038255138883,
          "4": 0.006825170984765423,
          "5": 0.0025200584368469006,
          "6": 0.013528123583684569,
          "7": 0.00401855315373185
        },
        "valid": {
          "0": 0.8838955958684286,
          "1": 0.9909148216247559,
          "2": 0.8550718824068705,
          "3": 0.9058532118797302,
          "4": 0.9069882233937582,
          "5": 0.9831029574076334,
          "6": 0.9456947048505148,
          "7": 0.8928686777750651
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      }
    },
    "random-basic-pitch": {
      "synth-beat": {
        "scores": {
          "0": 0.738844889966411,
          "1": 0.7635952590132682,
          "2": 0.6412042479952643,
          "3": 0.7386898423478069,
          "4": 0.6913831922998669,
          "5": 0.7712475153678965,
          "6": 0.685976364307841
        },
        "selected": 5,
        "layer_weights": [
          1.8488213754608296e-05,
          3.1948366085998714e-05,
          1.7716116417432204e-05,
          0.00037475969293154776,
          2.48654014285421e-05,
          0.9995160102844238,
          1.61942261911463e-05
        ],
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
          "0": 0.7571482023517864,
          "1": 0.7842880688288985,
          "2": 0.7134118847825958,
          "3": 0.7899148427861109,
          "4": 0.7080505992400686,
          "5": 0.8201366306397309,
          "6": 0.7534764624233269
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.33928571428571425,
          "1": 0.4523809523809524,
          "2": 0.375,
          "3": 0.3988095238095238,
          "4": 0.6190476190476191,
          "5": 0.48214285714285715,
          "6": 0.3273809523809524
        },
        "selected": 4,
        "layer_weights": [
          0.14011923472086588,
          0.1507465491692225,
          0.13812033335367838,
          0.14946796000003815,
          0.1337241381406784,
          0.15382550160090128,
          0.13399627804756165
        ],
        "std": {
          "0": 0.0145802960879951,
          "1": 0.02227177015936871,
          "2": 0.0145802960879951,
          "3": 0.030351306628528467,
          "4": 0.008417937871268445,
          "5": 0.0145802960879951,
          "6": 0.055200110092236326
        },
        "valid": {
          "0": 0.36904761904761907,
          "1": 0.4047619047619047,
          "2": 0.44642857142857145,
          "3": 0.44047619047619047,
          "4": 0.5476190476190477,
          "5": 0.375,
          "6": 0.41071428571428575
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "tied",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.8539191088766128,
          "1": 0.8592279250039327,
          "2": 0.8269599417128402,
          "3": 0.8295811124505338,
          "4": 0.6883273566538826,
          "5": 0.8542565461121583,
          "6": 0.8055637763477705
        },
        "selected": 5,
        "layer_weights": [
          3.5275005139112636e-09,
          1.750882034912138e-07,
          4.197993064281036e-09,
          1.0365241678300663e-06,
          3.972760342918491e-09,
          0.9999988079071045,
          3.771110979045034e-09
        ],
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
          "0": 0.7643029032586607,
          "1": 0.7707791544084832,
          "2": 0.7508996468981384,
          "3": 0.7541447482786355,
          "4": 0.6260426433467016,
          "5": 0.7712340041701093,
          "6": 0.7011763114837315
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.3499999999999999,
          "1": 0.35833333333333334,
          "2": 0.3833333333333333,
          "3": 0.3875,
          "4": 0.33749999999999997,
          "5": 0.3958333333333333,
          "6": 0.3541666666666667
        },
        "selected": 6,
        "layer_weights": [
          0.13949930667877197,
          0.1567953179279963,
          0.16071913142999014,
          0.13160906732082367,
          0.1281854212284088,
          0.1558229774236679,
          0.12736882269382477
        ],
        "std": {
          "0": 0.010206207261596562,
          "1": 0.01559023911155808,
          "2": 0.02124591463996993,
          "3": 0.027003086243366083,
          "4": 0.06208193510729725,
          "5": 0.02357022603955158,
          "6": 0.011785113019775776
        },
        "valid": {
          "0": 0.3833333333333333,
          "1": 0.4041666666666666,
          "2": 0.34166666666666673,
          "3": 0.32916666666666666,
          "4": 0.32083333333333336,
          "5": 0.37916666666666665,
          "6": 0.42083333333333334
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.4444444444444444,
          "1": 0.4131944444444444,
          "2": 0.4861111111111111,
          "3": 0.48263888888888884,
          "4": 0.6215277777777778,
          "5": 0.4583333333333333,
          "6": 0.3958333333333333
        },
        "selected": 4,
        "layer_weights": [
          0.1660476674636205,
          0.13855673869450888,
          0.17723981539408365,
          0.10131263981262843,
          0.09587124735116959,
          0.22517112890879312,
          0.09580074747403462
        ],
        "std": {
          "0": 0.009820927516479817,
          "1": 0.009820927516479817,
          "2": 0.02140421528808672,
          "3": 0.009820927516479817,
          "4": 0.0049104637582398965,
          "5": 0.00850517271799714,
          "6": 0.00850517271799714
        },
        "valid": {
          "0": 0.2916666666666667,
          "1": 0.32986111111111116,
          "2": 0.3993055555555556,
          "3": 0.3125,
          "4": 0.5173611111111112,
          "5": 0.37152777777777773,
          "6": 0.3229166666666667
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "tied",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9523148148148147,
          "1": 0.9490740740740741,
          "2": 0.9708333333333333,
          "3": 0.9722222222222222,
          "4": 0.9314814814814815,
          "5": 0.8935185185185186,
          "6": 0.9388888888888888
        },
        "selected": 0,
        "layer_weights": [
          0.12649485965569815,
          0.15438583493232727,
          0.12689486891031265,
          0.1534088005622228,
          0.1536612461010615,
          0.15865828593571982,
          0.12649607906738916
        ],
        "std": {
          "0": 0.003982557994001198,
          "1": 0.0065472850109865805,
          "2": 0.0019641855032959585,
          "3": 0.007938161203463976,
          "4": 0.01640744920987897,
          "5": 0.019521452446581527,
          "6": 0.0
        },
        "valid": {
          "0": 0.9662037037037038,
          "1": 0.9263888888888889,
          "2": 0.9416666666666668,
          "3": 0.950925925925926,
          "4": 0.9537037037037037,
          "5": 0.914351851851852,
          "6": 0.9208333333333334
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 1.0
        },
        "selected": 0,
        "layer_weights": [
          0.1680047462383906,
          0.12518548220396042,
          0.16789080202579498,
          0.156913032134374,
          0.12744799753030142,
          0.12688423693180084,
          0.1276737004518509
        ],
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
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 0.9907407407407408,
          "6": 1.0
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7827953578012096,
          "1": 0.7954735408497172,
          "2": 0.7646509184623108,
          "3": 0.7559961145190982,
          "4": 0.725993661965302,
          "5": 0.8120029799520463,
          "6": 0.7554386947671649
        },
        "selected": 6,
        "layer_weights": [
          0.11190042148033778,
          0.12144836286703746,
          0.192665567000707,
          0.133279820283254,
          0.1124064177274704,
          0.21703050037225088,
          0.11126892020304997
        ],
        "std": {
          "0": 0.002874997850474116,
          "1": 0.0017656797006304862,
          "2": 0.004531548904126294,
          "3": 0.0024802179480269025,
          "4": 0.003058260005316681,
          "5": 0.001412239303343194,
          "6": 0.001982061964136672
        },
        "valid": {
          "0": 0.7636242779358434,
          "1": 0.7760321115772889,
          "2": 0.7828809433258913,
          "3": 0.7561934699760643,
          "4": 0.6750992264968643,
          "5": 0.7906305266056003,
          "6": 0.8100184177948672
        },
        "relation": {
          "0": "better",
          "1": "better",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "better",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8902904987335205,
          "1": 0.9210455616315206,
          "2": 0.8675045967102051,
          "3": 0.847037653128306,
          "4": 0.814529538154602,
          "5": 0.5945985515912374,
          "6": 0.8995422919591268
        },
        "selected": 5,
        "layer_weights": [
          0.14078231155872345,
          0.13935692111651102,
          0.1420611043771108,
          0.13930213948090872,
          0.14178370436032614,
          0.15247400104999542,
          0.1442397634188334
        ],
        "std": {
          "0": 0.0024842484473366834,
          "1": 0.0018701419329624405,
          "2": 0.0020050668703021166,
          "3": 0.005000214554122103,
          "4": 0.006877681352867635,
          "5": 0.1464343520499498,
          "6": 0.003910538322382316
        },
        "valid": {
          "0": 0.8298678199450175,
          "1": 0.8862178524335226,
          "2": 0.8689356644948324,
          "3": 0.8504129648208618,
          "4": 0.7744691173235575,
          "5": 0.8981830477714539,
          "6": 0.7848905523618063
        },
        "relation": {
          "0": "tied",
          "1": "better",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      }
    },
    "random-beatnet": {
      "synth-beat": {
        "scores": {
          "0": 0.8001438187452182,
          "1": 0.7931407268985852,
          "2": 0.7277015878058103,
          "3": 0.7405534578579209,
          "4": 0.691605089115604,
          "5": 0.45001465011795067
        },
        "selected": 1,
        "layer_weights": [
          0.5400275588035583,
          0.24608451128005981,
          1.5296312994905747e-05,
          0.000938377866987139,
          0.21289265155792236,
          4.157952935202047e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.86290146924244,
          "1": 0.8648108985544304,
          "2": 0.8411945870297898,
          "3": 0.8189198426056503,
          "4": 0.7728656064606334,
          "5": 0.44006765782889884
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.28571428571428575,
          "1": 0.4047619047619048,
          "2": 0.4761904761904762,
          "3": 0.42857142857142855,
          "4": 0.36904761904761907,
          "5": 0.2023809523809524
        },
        "selected": 2,
        "layer_weights": [
          0.18447893857955933,
          0.1905731757481893,
          0.16971455017725626,
          0.1590025673309962,
          0.16409758230050406,
          0.13213314364353815
        ],
        "std": {
          "0": 0.02525381361380526,
          "1": 0.008417937871268419,
          "2": 0.046869094488165564,
          "3": 0.014580296087995123,
          "4": 0.008417937871268419,
          "5": 0.03367175148507369
        },
        "valid": {
          "0": 0.26785714285714285,
          "1": 0.36904761904761907,
          "2": 0.38095238095238093,
          "3": 0.33928571428571436,
          "4": 0.38095238095238093,
          "5": 0.23214285714285712
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.7949411299595294,
          "1": 0.7591760227400828,
          "2": 0.8059001369900177,
          "3": 0.8025805512712929,
          "4": 0.7871046372476949,
          "5": 0.11073142368044814
        },
        "selected": 0,
        "layer_weights": [
          1.0324579307052772e-06,
          1.6627031982352491e-06,
          0.9999943971633911,
          1.5118395140234497e-06,
          7.026129082987609e-07,
          5.887476959287596e-07
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.723901226385965,
          "1": 0.7149181945311782,
          "2": 0.7124220313755695,
          "3": 0.7068086011249094,
          "4": 0.6990174181880751,
          "5": 0.15851713681545104
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.4833333333333334,
          "1": 0.45,
          "2": 0.35833333333333334,
          "3": 0.3541666666666667,
          "4": 0.3666666666666667,
          "5": 0.1625
        },
        "selected": 0,
        "layer_weights": [
          0.20341120660305023,
          0.20631412168343863,
          0.14757443964481354,
          0.14733471969763437,
          0.14875114957491556,
          0.14661433299382529
        ],
        "std": {
          "0": 0.03584302194601095,
          "1": 0.010206207261596585,
          "2": 0.03280836614171588,
          "3": 0.025685058345704073,
          "4": 0.015590239111558102,
          "5": 0.0
        },
        "valid": {
          "0": 0.5083333333333333,
          "1": 0.43333333333333335,
          "2": 0.42500000000000004,
          "3": 0.37083333333333335,
          "4": 0.3499999999999999,
          "5": 0.2875
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.375,
          "1": 0.46875,
          "2": 0.5104166666666666,
          "3": 0.4861111111111111,
          "4": 0.4444444444444445,
          "5": 0.1284722222222222
        },
        "selected": 2,
        "layer_weights": [
          0.22341529528299967,
          0.2293422520160675,
          0.13817509015401205,
          0.13735478619734445,
          0.13949990769227347,
          0.13221266865730286
        ],
        "std": {
          "0": 0.01701034543599428,
          "1": 0.03402069087198858,
          "2": 0.0170103454359943,
          "3": 0.012991865926298406,
          "4": 0.0049104637582399226,
          "5": 0.004910463758239909
        },
        "valid": {
          "0": 0.22222222222222224,
          "1": 0.3541666666666667,
          "2": 0.4895833333333333,
          "3": 0.46527777777777785,
          "4": 0.43402777777777785,
          "5": 0.08333333333333333
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9037037037037038,
          "1": 0.9046296296296297,
          "2": 0.914351851851852,
          "3": 0.8898148148148147,
          "4": 0.899537037037037,
          "5": 0.15416666666666665
        },
        "selected": 0,
        "layer_weights": [
          0.13382113724946976,
          0.23139605422814688,
          0.1814527859290441,
          0.17253411312898,
          0.17037628094355264,
          0.11041965087254842
        ],
        "std": {
          "0": 0.013718085546323148,
          "1": 0.01815617736215519,
          "2": 0.005819354208322449,
          "3": 0.004721314364437769,
          "4": 0.01367113246317912,
          "5": 0.015713484026367713
        },
        "valid": {
          "0": 0.9374999999999999,
          "1": 0.9324074074074074,
          "2": 0.8189814814814814,
          "3": 0.7587962962962963,
          "4": 0.789351851851852,
          "5": 0.20555555555555557
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 0.30864197530864196
        },
        "selected": 0,
        "layer_weights": [
          0.17454363405704498,
          0.1739005297422409,
          0.17445014417171478,
          0.1702574888865153,
          0.17090892295042673,
          0.13593928019205728
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.024302493438308075
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 0.30246913580246915
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7578378933636296,
          "1": 0.7814497313705323,
          "2": 0.7221202166541824,
          "3": 0.7051085045656181,
          "4": 0.7094443888951107,
          "5": 0.5868882741232978
        },
        "selected": 0,
        "layer_weights": [
          0.278221994638443,
          0.2972422142823537,
          0.10671029488245647,
          0.10550422718127568,
          0.10552975783745448,
          0.10679147392511368
        ],
        "std": {
          "0": 0.003000907416585954,
          "1": 0.0031385580277363753,
          "2": 0.0069702251594795026,
          "3": 0.004967352368133654,
          "4": 0.0072176678816332305,
          "5": 0.0010049013542217829
        },
        "valid": {
          "0": 0.7904890466686835,
          "1": 0.7894128466352077,
          "2": 0.6794868770678165,
          "3": 0.6639119706594769,
          "4": 0.65485510172369,
          "5": 0.5840466481133446
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7774011691411337,
          "1": 0.8433637420336405,
          "2": 0.8636684616406759,
          "3": 0.8612703482309977,
          "4": 0.8870077331860861,
          "5": 0.3433633844057719
        },
        "selected": 4,
        "layer_weights": [
          0.157598743836085,
          0.17191538711388907,
          0.17140946785608926,
          0.16843818624814352,
          0.1735429217418035,
          0.15709525843461355
        ],
        "std": {
          "0": 0.0029600813673916577,
          "1": 0.0025026471927878627,
          "2": 0.0034048202300452977,
          "3": 0.007104634648637217,
          "4": 0.006032009998047412,
          "5": 0.003841941280568095
        },
        "valid": {
          "0": 0.7907423575719198,
          "1": 0.8155725399653116,
          "2": 0.809968113899231,
          "3": 0.799969752629598,
          "4": 0.8437814513842264,
          "5": 0.13262885808944702
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "worse",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      }
    },
    "random-crepe-tiny": {
      "synth-beat": {
        "scores": {
          "0": 0.6844170471214877,
          "1": 0.6040351024569846,
          "2": 0.6246154250644469,
          "3": 0.6480320476860797,
          "4": 0.6166833276357451,
          "5": 0.6463011949179482,
          "6": 0.6527785311651025
        },
        "selected": 0,
        "layer_weights": [
          0.48166680335998535,
          0.00014726525114383548,
          0.4327203035354614,
          0.005227309186011553,
          0.0007951493607833982,
          4.8469326429767534e-05,
          0.07939463108778
        ],
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
          "0": 0.7171570577090969,
          "1": 0.634034713718998,
          "2": 0.635926015378075,
          "3": 0.6407582226615168,
          "4": 0.617432986709344,
          "5": 0.6450586683528244,
          "6": 0.6633549328115436
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.26785714285714285,
          "1": 0.19047619047619047,
          "2": 0.22023809523809526,
          "3": 0.19642857142857142,
          "4": 0.26190476190476186,
          "5": 0.2738095238095238,
          "6": 0.17857142857142858
        },
        "selected": 5,
        "layer_weights": [
          0.23501681784788767,
          0.10566433519124985,
          0.10537069787581761,
          0.10603865732749303,
          0.10570005575815837,
          0.10677230606476466,
          0.23543711006641388
        ],
        "std": {
          "0": 0.0145802960879951,
          "1": 0.046869094488165536,
          "2": 0.01683587574253685,
          "3": 0.02525381361380527,
          "4": 0.046869094488165536,
          "5": 0.008417937871268419,
          "6": 0.02525381361380527
        },
        "valid": {
          "0": 0.30357142857142855,
          "1": 0.1369047619047619,
          "2": 0.17261904761904764,
          "3": 0.25,
          "4": 0.16071428571428573,
          "5": 0.30952380952380953,
          "6": 0.2797619047619048
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.6030613518571709,
          "1": 0.3255134414243306,
          "2": 0.285428109842043,
          "3": 0.26547238643606685,
          "4": 0.24707439883217142,
          "5": 0.2528651649083996,
          "6": 0.19544661144676762
        },
        "selected": 0,
        "layer_weights": [
          0.9177994728088379,
          6.981206752243452e-06,
          7.075702342262957e-06,
          7.222982731036609e-06,
          6.784393917769194e-06,
          7.274914423760492e-06,
          0.08216515928506851
        ],
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
          "0": 0.5715938881491969,
          "1": 0.2885762301104298,
          "2": 0.2981391264350488,
          "3": 0.27183522479384703,
          "4": 0.24646143056411235,
          "5": 0.26307034448757416,
          "6": 0.22058029905798077
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.39166666666666666,
          "1": 0.3333333333333333,
          "2": 0.25,
          "3": 0.28333333333333327,
          "4": 0.33749999999999997,
          "5": 0.31666666666666665,
          "6": 0.26666666666666666
        },
        "selected": 3,
        "layer_weights": [
          0.15407639741897583,
          0.13824516534805298,
          0.1382089157899221,
          0.13824239869912466,
          0.13823155562082926,
          0.1395170638958613,
          0.15347852309544882
        ],
        "std": {
          "0": 0.005892556509887901,
          "1": 0.015590239111558084,
          "2": 0.010206207261596585,
          "3": 0.01559023911155808,
          "4": 0.03679900360969937,
          "5": 0.005892556509887902,
          "6": 0.03584302194601094
        },
        "valid": {
          "0": 0.2916666666666667,
          "1": 0.1708333333333333,
          "2": 0.2333333333333333,
          "3": 0.3666666666666667,
          "4": 0.2416666666666667,
          "5": 0.2791666666666666,
          "6": 0.22916666666666666
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
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.1909722222222222,
          "1": 0.08680555555555554,
          "2": 0.09375,
          "3": 0.13541666666666666,
          "4": 0.09375,
          "5": 0.15625,
          "6": 0.16666666666666666
        },
        "selected": 0,
        "layer_weights": [
          0.3039353589216868,
          0.07261248181263606,
          0.07248563816150029,
          0.07268995543320973,
          0.07235556095838547,
          0.07187974452972412,
          0.3340412676334381
        ],
        "std": {
          "0": 0.009820927516479817,
          "1": 0.021404215288086722,
          "2": 0.022502571869471737,
          "3": 0.022502571869471733,
          "4": 0.00850517271799715,
          "5": 0.01473139127471974,
          "6": 0.00850517271799715
        },
        "valid": {
          "0": 0.20138888888888892,
          "1": 0.08680555555555557,
          "2": 0.11111111111111112,
          "3": 0.11805555555555557,
          "4": 0.06250000000000001,
          "5": 0.125,
          "6": 0.14236111111111108
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "tied",
          "4": "worse",
          "5": "tied",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.5750000000000001,
          "1": 0.39537037037037037,
          "2": 0.39212962962962955,
          "3": 0.375,
          "4": 0.3513888888888889,
          "5": 0.35185185185185186,
          "6": 0.4856481481481481
        },
        "selected": 0,
        "layer_weights": [
          0.23972426851590475,
          0.10545544823010762,
          0.10505198935667674,
          0.10448337843020757,
          0.10537149757146835,
          0.1046726182103157,
          0.23524084190527597
        ],
        "std": {
          "0": 0.03086959829290679,
          "1": 0.009510480826006525,
          "2": 0.03751428625904242,
          "3": 0.007081971546656653,
          "4": 0.011168831557235947,
          "5": 0.04595709068047544,
          "6": 0.008359013928364696
        },
        "valid": {
          "0": 0.5810185185185185,
          "1": 0.27916666666666673,
          "2": 0.35648148148148145,
          "3": 0.39675925925925926,
          "4": 0.3675925925925925,
          "5": 0.33287037037037037,
          "6": 0.5194444444444444
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9351851851851852,
          "1": 0.8641975308641975,
          "2": 0.8364197530864197,
          "3": 0.8148148148148148,
          "4": 0.7283950617283951,
          "5": 0.7654320987654321,
          "6": 0.9197530864197531
        },
        "selected": 0,
        "layer_weights": [
          0.20613424479961395,
          0.11797332018613815,
          0.11809699237346649,
          0.11916253964106242,
          0.1178581068913142,
          0.11666008085012436,
          0.2041146606206894
        ],
        "std": {
          "0": 0.0,
          "1": 0.004364856673991001,
          "2": 0.008729713347982055,
          "3": 0.013094570021973107,
          "4": 0.011548325267820818,
          "5": 0.0157377145481259,
          "6": 0.004364856673991053
        },
        "valid": {
          "0": 0.9320987654320988,
          "1": 0.8919753086419752,
          "2": 0.8271604938271605,
          "3": 0.8425925925925926,
          "4": 0.7993827160493826,
          "5": 0.8364197530864198,
          "6": 0.8919753086419752
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.6590929997781326,
          "1": 0.6561980105069863,
          "2": 0.6713817999384238,
          "3": 0.7079211834942506,
          "4": 0.7035615914047059,
          "5": 0.6762719005573965,
          "6": 0.7197483430890571
        },
        "selected": 0,
        "layer_weights": [
          0.4260273575782776,
          0.032878115152319275,
          0.03288437488178412,
          0.033680196230610214,
          0.03305172175168991,
          0.03089906834065914,
          0.4105791747570038
        ],
        "std": {
          "0": 0.00955535247106828,
          "1": 0.0041859980619801266,
          "2": 0.0011849745383071834,
          "3": 0.0025670080176862704,
          "4": 0.007249378834397298,
          "5": 0.017188783007886465,
          "6": 0.0014785852426920743
        },
        "valid": {
          "0": 0.6572910381921361,
          "1": 0.5706883518482325,
          "2": 0.6041483960516538,
          "3": 0.5975898515257801,
          "4": 0.5972355787614837,
          "5": 0.5941998593580032,
          "6": 0.6255275393036875
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "better",
          "4": "tied",
          "5": "tied",
          "6": "better"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.5736070076624552,
          "1": 0.507835328578949,
          "2": 0.6382982730865479,
          "3": 0.553824762503306,
          "4": 0.40612395604451496,
          "5": 0.3851458231608073,
          "6": 0.6620415250460306
        },
        "selected": 0,
        "layer_weights": [
          0.15489254395167032,
          0.1354669233163198,
          0.13867893318335214,
          0.14058160285154978,
          0.13844150801499686,
          0.13754753271738687,
          0.15439100563526154
        ],
        "std": {
          "0": 0.011241176267954766,
          "1": 0.002385685838243431,
          "2": 0.0015347525094314628,
          "3": 0.001440680330977865,
          "4": 0.004924341134299962,
          "5": 0.015672408949891442,
          "6": 0.0067476167492492856
        },
        "valid": {
          "0": 0.5721014738082886,
          "1": 0.4619069496790568,
          "2": 0.5269219279289246,
          "3": 0.5252472758293152,
          "4": 0.2666028340657552,
          "5": 0.4135955373446147,
          "6": 0.48351343472798664
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse",
          "6": "better"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ]
      }
    },
    "random-madmom-beats": {
      "synth-beat": {
        "scores": {
          "0": 0.7836016675347928,
          "1": 0.7348402251219744,
          "2": 0.7418456242580956,
          "3": 0.7255594680426494,
          "4": 0.6431158310740396
        },
        "selected": 0,
        "layer_weights": [
          0.6811814904212952,
          0.00014940605615265667,
          0.0008926013251766562,
          0.3176553547382355,
          0.0001211021444760263
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.8794802670080631,
          "1": 0.7993259568440673,
          "2": 0.8065159614831957,
          "3": 0.789697954155019,
          "4": 0.6194114359592356
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.49404761904761907,
          "1": 0.3095238095238095,
          "2": 0.24404761904761904,
          "3": 0.2619047619047619,
          "4": 0.15476190476190474
        },
        "selected": 0,
        "layer_weights": [
          0.2690326472123464,
          0.18272132178147635,
          0.18242635329564413,
          0.18237862984339395,
          0.18344104290008545
        ],
        "std": {
          "0": 0.05120431706572994,
          "1": 0.022271770159368716,
          "2": 0.022271770159368702,
          "3": 0.05120431706572993,
          "4": 0.01683587574253685
        },
        "valid": {
          "0": 0.38095238095238093,
          "1": 0.26785714285714285,
          "2": 0.17261904761904764,
          "3": 0.2797619047619047,
          "4": 0.125
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.6701642258842864,
          "1": 0.5512802545955743,
          "2": 0.5167852483511587,
          "3": 0.48954526976878626,
          "4": 0.12094598139795312
        },
        "selected": 0,
        "layer_weights": [
          0.9999756813049316,
          6.2908993641030975e-06,
          6.391873739630682e-06,
          6.220958766789408e-06,
          5.3415424190461636e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.6236696538515485,
          "1": 0.5530237085791494,
          "2": 0.5055464766401405,
          "3": 0.49566928572270197,
          "4": 0.17365168421671073
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.5916666666666667,
          "1": 0.41250000000000003,
          "2": 0.425,
          "3": 0.31666666666666665,
          "4": 0.2125
        },
        "selected": 0,
        "layer_weights": [
          0.3667758305867513,
          0.15715845425923666,
          0.158366729815801,
          0.1584425022204717,
          0.15925650298595428
        ],
        "std": {
          "0": 0.03118047822311616,
          "1": 0.027003086243366083,
          "2": 0.010206207261596585,
          "3": 0.005892556509887902,
          "4": 0.027003086243366083
        },
        "valid": {
          "0": 0.6,
          "1": 0.39999999999999997,
          "2": 0.3666666666666667,
          "3": 0.3499999999999999,
          "4": 0.18333333333333335
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.49652777777777785,
          "1": 0.34375,
          "2": 0.2604166666666667,
          "3": 0.25347222222222227,
          "4": 0.09722222222222222
        },
        "selected": 0,
        "layer_weights": [
          0.3197241425514221,
          0.17037703593571982,
          0.16925917069117227,
          0.16990125179290771,
          0.17073841392993927
        ],
        "std": {
          "0": 0.0644001284409424,
          "1": 0.02551551815399144,
          "2": 0.01701034543599429,
          "3": 0.012991865926298396,
          "4": 0.004910463758239916
        },
        "valid": {
          "0": 0.3680555555555555,
          "1": 0.28472222222222227,
          "2": 0.25000000000000006,
          "3": 0.3125,
          "4": 0.10416666666666667
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.7444444444444445,
          "1": 0.34675925925925927,
          "2": 0.3787037037037037,
          "3": 0.3111111111111111,
          "4": 0.08287037037037037
        },
        "selected": 0,
        "layer_weights": [
          0.39058685302734375,
          0.1472704460223516,
          0.1510937213897705,
          0.15255292256673178,
          0.15849601229031882
        ],
        "std": {
          "0": 0.009689097007618648,
          "1": 0.01497311261925576,
          "2": 0.0055940027655530375,
          "3": 0.026571008985706943,
          "4": 0.007290748031492411
        },
        "valid": {
          "0": 0.8120370370370371,
          "1": 0.45462962962962955,
          "2": 0.4685185185185185,
          "3": 0.4101851851851852,
          "4": 0.08796296296296297
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9722222222222222,
          "1": 1.0,
          "2": 1.0,
          "3": 0.9814814814814815,
          "4": 0.11419753086419752
        },
        "selected": 1,
        "layer_weights": [
          0.311033030351003,
          0.16948248445987701,
          0.17175156871477762,
          0.17121408879756927,
          0.17651885251204172
        ],
        "std": {
          "0": 0.0075601535271086085,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0075601535271085625,
          "4": 0.004364856673991033
        },
        "valid": {
          "0": 0.9382716049382717,
          "1": 0.9876543209876543,
          "2": 0.9845679012345679,
          "3": 0.9598765432098766,
          "4": 0.0462962962962963
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
      },
      "synth-tags": {
        "scores": {
          "0": 0.80297962216355,
          "1": 0.7033830764113508,
          "2": 0.6968809651719208,
          "3": 0.6735028198122194,
          "4": 0.5450298702454682
        },
        "selected": 0,
        "layer_weights": [
          0.6710829734802246,
          0.08171996474266052,
          0.08413077394167583,
          0.08213844150304794,
          0.08092781156301498
        ],
        "std": {
          "0": 0.003342823535592454,
          "1": 0.0037285838680758466,
          "2": 0.004892448040177673,
          "3": 0.004463684889663701,
          "4": 0.0038251931164332968
        },
        "valid": {
          "0": 0.8180545380754131,
          "1": 0.7154291760306876,
          "2": 0.7123902557392143,
          "3": 0.7215588438561467,
          "4": 0.6151207685580008
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8684294819831848,
          "1": 0.8933292229970297,
          "2": 0.8754247228304545,
          "3": 0.8399060964584351,
          "4": 0.2757550875345866
        },
        "selected": 3,
        "layer_weights": [
          0.23301846285661063,
          0.20605188111464182,
          0.19630240400632223,
          0.182333638270696,
          0.18229357401529947
        ],
        "std": {
          "0": 0.0018542074883490293,
          "1": 0.0035522241564528044,
          "2": 0.0029613035922384815,
          "3": 0.005278331970239198,
          "4": 0.0004784088863172257
        },
        "valid": {
          "0": 0.8003358642260233,
          "1": 0.7822577158610026,
          "2": 0.7709799408912659,
          "3": 0.8278939127922058,
          "4": 0.11529761552810669
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
    },
    "random-madmom-chroma": {
      "synth-beat": {
        "scores": {
          "0": 0.7545812401160503,
          "1": 0.7480282078898106,
          "2": 0.7221375922993011,
          "3": 0.7385429279422945,
          "4": 0.5632925089453118
        },
        "selected": 0,
        "layer_weights": [
          7.330474431910261e-07,
          0.9999992847442627,
          1.1803702112955783e-11,
          4.5199287021513435e-12,
          4.305985584507907e-15
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7899391778922159,
          "1": 0.7677287492402385,
          "2": 0.711906289652892,
          "3": 0.7080616292883748,
          "4": 0.5461516577618
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
      },
      "synth-chord": {
        "scores": {
          "0": 0.5654761904761905,
          "1": 0.48214285714285704,
          "2": 0.46428571428571425,
          "3": 0.4226190476190476,
          "4": 0.26785714285714285
        },
        "selected": 2,
        "layer_weights": [
          0.18794776995976767,
          0.20964728792508444,
          0.21004674832026163,
          0.20631335179011026,
          0.18604490160942078
        ],
        "std": {
          "0": 0.008417937871268393,
          "1": 0.052570005156713374,
          "2": 0.0145802960879951,
          "3": 0.02227177015936871,
          "4": 0.025253813613805257
        },
        "valid": {
          "0": 0.43452380952380953,
          "1": 0.4047619047619048,
          "2": 0.4523809523809524,
          "3": 0.3035714285714286,
          "4": 0.24404761904761907
        },
        "relation": {
          "0": "better",
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
      },
      "synth-chords": {
        "scores": {
          "0": 0.8498729522715738,
          "1": 0.8207477840607242,
          "2": 0.7317357180566033,
          "3": 0.6791498523519579,
          "4": 0.3075426769433544
        },
        "selected": 0,
        "layer_weights": [
          3.106180486156518e-07,
          0.9999983310699463,
          3.853384384910896e-07,
          3.7414983466987906e-07,
          6.155330538604176e-07
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7613961864546985,
          "1": 0.7350994875975725,
          "2": 0.667737129169605,
          "3": 0.6060988252642514,
          "4": 0.272626113687614
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.3541666666666667,
          "1": 0.3166666666666667,
          "2": 0.30416666666666664,
          "3": 0.30416666666666664,
          "4": 0.29583333333333334
        },
        "selected": 1,
        "layer_weights": [
          0.154716394841671,
          0.22406664987405142,
          0.23940154910087585,
          0.2256793131430944,
          0.15613609304030737
        ],
        "std": {
          "0": 0.031180478223116183,
          "1": 0.021245914639969953,
          "2": 0.03280836614171587,
          "3": 0.038640077064565445,
          "4": 0.025685058345704066
        },
        "valid": {
          "0": 0.3499999999999999,
          "1": 0.39999999999999997,
          "2": 0.3541666666666667,
          "3": 0.26666666666666666,
          "4": 0.3083333333333333
        },
        "relation": {
          "0": "tied",
          "1": "tied",
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
      },
      "synth-interval": {
        "scores": {
          "0": 0.6111111111111112,
          "1": 0.5520833333333334,
          "2": 0.4826388888888889,
          "3": 0.3958333333333333,
          "4": 0.23958333333333334
        },
        "selected": 0,
        "layer_weights": [
          0.12517783790826797,
          0.2510690341393153,
          0.24795993665854135,
          0.24860771000385284,
          0.12718544403711954
        ],
        "std": {
          "0": 0.004910463758239948,
          "1": 0.008505172717997162,
          "2": 0.012991865926298406,
          "3": 0.0,
          "4": 0.00850517271799715
        },
        "valid": {
          "0": 0.5277777777777778,
          "1": 0.5104166666666666,
          "2": 0.46527777777777785,
          "3": 0.40277777777777785,
          "4": 0.22569444444444445
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9893518518518519,
          "1": 0.9884259259259259,
          "2": 0.9560185185185186,
          "3": 0.9435185185185185,
          "4": 0.6824074074074074
        },
        "selected": 0,
        "layer_weights": [
          0.2129041999578476,
          0.18393810590108237,
          0.22490699589252472,
          0.2213320036729177,
          0.15691865980625153
        ],
        "std": {
          "0": 0.0028538953717448866,
          "1": 0.0032736425054932642,
          "2": 0.008511470514282487,
          "3": 0.01613078832424479,
          "4": 0.024251483062423713
        },
        "valid": {
          "0": 0.9907407407407408,
          "1": 0.9773148148148149,
          "2": 0.9541666666666667,
          "3": 0.9310185185185186,
          "4": 0.7222222222222222
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
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 0.9660493827160493
        },
        "selected": 0,
        "layer_weights": [
          0.16736151278018951,
          0.22256780664126077,
          0.22195730606714884,
          0.2194147209326426,
          0.1686986784140269
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.004364856673991053
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 0.9907407407407408
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
      },
      "synth-tags": {
        "scores": {
          "0": 0.6933096903693053,
          "1": 0.7211855484147973,
          "2": 0.6734298138487848,
          "3": 0.6656064479357807,
          "4": 0.6349196033275017
        },
        "selected": 2,
        "layer_weights": [
          0.16118232905864716,
          0.22422915200392404,
          0.2254430055618286,
          0.22479665776093802,
          0.16434882084528604
        ],
        "std": {
          "0": 0.001957913200370889,
          "1": 0.003826754664408394,
          "2": 0.006756996272956715,
          "3": 0.010541253612809566,
          "4": 0.0021485127032759015
        },
        "valid": {
          "0": 0.6789535353113884,
          "1": 0.6714491589368937,
          "2": 0.6805465406511626,
          "3": 0.6320684793404049,
          "4": 0.6392772428468702
        },
        "relation": {
          "0": "tied",
          "1": "better",
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
      },
      "synth-tempo": {
        "scores": {
          "0": 0.6710975567499796,
          "1": 0.8060555458068848,
          "2": 0.6235162814458212,
          "3": 0.5104647477467855,
          "4": 0.517407496770223
        },
        "selected": 1,
        "layer_weights": [
          0.1982216735680898,
          0.17848937213420868,
          0.21681230266888937,
          0.21228469411532083,
          0.19419200221697488
        ],
        "std": {
          "0": 0.011178259541865918,
          "1": 0.0035429401669394575,
          "2": 0.036107658705056146,
          "3": 0.04335035499653902,
          "4": 0.005889625726715607
        },
        "valid": {
          "0": 0.661226769288381,
          "1": 0.9805086851119995,
          "2": 0.9746713240941366,
          "3": 0.958767314751943,
          "4": 0.6767558654149374
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
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
    },
    "random-madmom-downbeats": {
      "synth-beat": {
        "scores": {
          "0": 0.7889551061488356,
          "1": 0.722931192354609,
          "2": 0.7218727829366954,
          "3": 0.7145597111322066,
          "4": 0.6561019020982725
        },
        "selected": 0,
        "layer_weights": [
          0.9998780488967896,
          2.0835816030739807e-05,
          2.502356619515922e-05,
          5.541913560591638e-05,
          2.0577484974637628e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.87900412616807,
          "1": 0.7878937211779345,
          "2": 0.7846578474086513,
          "3": 0.780467215046481,
          "4": 0.6933573693681819
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.43452380952380953,
          "1": 0.4047619047619047,
          "2": 0.3273809523809524,
          "3": 0.25,
          "4": 0.10714285714285715
        },
        "selected": 1,
        "layer_weights": [
          0.3114691476027171,
          0.1713865945736567,
          0.172027587890625,
          0.17144916454950967,
          0.17366749544938406
        ],
        "std": {
          "0": 0.04686909448816555,
          "1": 0.033671751485073675,
          "2": 0.030351306628528495,
          "3": 0.025253813613805257,
          "4": 0.014580296087995106
        },
        "valid": {
          "0": 0.3571428571428572,
          "1": 0.375,
          "2": 0.35714285714285715,
          "3": 0.21428571428571427,
          "4": 0.19642857142857142
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.7650271976624846,
          "1": 0.785724858330415,
          "2": 0.7603250169375289,
          "3": 0.7470768984226297,
          "4": 0.1782685934503443
        },
        "selected": 0,
        "layer_weights": [
          0.9999971389770508,
          6.93363006121217e-07,
          7.437167255375243e-07,
          7.627619424965815e-07,
          7.162786346270877e-07
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0
        },
        "valid": {
          "0": 0.7312253430744565,
          "1": 0.7015874855399571,
          "2": 0.6800909731804639,
          "3": 0.6760872239396816,
          "4": 0.1802655145951406
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
      },
      "synth-instrument": {
        "scores": {
          "0": 0.55,
          "1": 0.37083333333333335,
          "2": 0.35000000000000003,
          "3": 0.32083333333333336,
          "4": 0.1708333333333333
        },
        "selected": 0,
        "layer_weights": [
          0.3061879177888234,
          0.1721344143152237,
          0.17334280411402384,
          0.17365330457687378,
          0.17468152940273285
        ],
        "std": {
          "0": 0.010206207261596585,
          "1": 0.011785113019775804,
          "2": 0.010206207261596562,
          "3": 0.025685058345704073,
          "4": 0.015590239111558091
        },
        "valid": {
          "0": 0.5333333333333333,
          "1": 0.325,
          "2": 0.325,
          "3": 0.34166666666666673,
          "4": 0.20833333333333334
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.46875,
          "1": 0.4236111111111111,
          "2": 0.3993055555555555,
          "3": 0.3541666666666667,
          "4": 0.06250000000000001
        },
        "selected": 1,
        "layer_weights": [
          0.34494589765866596,
          0.16346339881420135,
          0.1630212962627411,
          0.16383650402228037,
          0.16473291317621866
        ],
        "std": {
          "0": 0.022502571869471733,
          "1": 0.025983731852596812,
          "2": 0.0049104637582399226,
          "3": 0.01473139127471974,
          "4": 0.008505172717997146
        },
        "valid": {
          "0": 0.3541666666666667,
          "1": 0.3645833333333333,
          "2": 0.3645833333333333,
          "3": 0.3229166666666667,
          "4": 0.09027777777777778
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
      },
      "synth-key": {
        "scores": {
          "0": 0.9101851851851852,
          "1": 0.8013888888888888,
          "2": 0.6981481481481482,
          "3": 0.6532407407407409,
          "4": 0.18425925925925926
        },
        "selected": 0,
        "layer_weights": [
          0.3259737988313039,
          0.16605359812577566,
          0.16789904236793518,
          0.16644757489363352,
          0.17362606028715769
        ],
        "std": {
          "0": 0.014973112619255822,
          "1": 0.008857002995235614,
          "2": 0.018332398030762368,
          "3": 0.006928995160692499,
          "4": 0.0032736425054932837
        },
        "valid": {
          "0": 0.9324074074074074,
          "1": 0.7555555555555555,
          "2": 0.7087962962962964,
          "3": 0.6439814814814815,
          "4": 0.12407407407407407
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 0.25925925925925924
        },
        "selected": 0,
        "layer_weights": [
          0.27551110585530597,
          0.17980447908242544,
          0.1797961543003718,
          0.1809221158425013,
          0.18396610021591187
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.007560153527108585
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 0.9907407407407408,
          "3": 0.9907407407407408,
          "4": 0.2777777777777778
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
      },
      "synth-tags": {
        "scores": {
          "0": 0.8002775837701844,
          "1": 0.6870712991629091,
          "2": 0.691922757242993,
          "3": 0.6918397738587871,
          "4": 0.5863427340609217
        },
        "selected": 0,
        "layer_weights": [
          0.3511649966239929,
          0.1601480891307195,
          0.15955831110477448,
          0.161667933066686,
          0.16746066510677338
        ],
        "std": {
          "0": 0.0022557068754014164,
          "1": 0.0022372938876266076,
          "2": 0.0010225749982003245,
          "3": 0.002605518104267196,
          "4": 0.0014575449852022968
        },
        "valid": {
          "0": 0.8231207832554368,
          "1": 0.6823922038494361,
          "2": 0.6603025017859006,
          "3": 0.6624089969853708,
          "4": 0.5761887484376964
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8351495862007141,
          "1": 0.8847944339116415,
          "2": 0.8792310754458109,
          "3": 0.864643394947052,
          "4": 0.484269917011261
        },
        "selected": 1,
        "layer_weights": [
          0.23045969506104788,
          0.18714234232902527,
          0.20593411227067313,
          0.1940565307935079,
          0.18240733444690704
        ],
        "std": {
          "0": 0.002670258005379373,
          "1": 0.0015344974419930805,
          "2": 0.004330777980984535,
          "3": 0.006208681171390202,
          "4": 0.0006668212424641992
        },
        "valid": {
          "0": 0.7962668339411417,
          "1": 0.8046815196673075,
          "2": 0.753384530544281,
          "3": 0.7683637539545695,
          "4": 0.24904869000116983
        },
        "relation": {
          "0": "worse",
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
    },
    "random-madmom-key": {
      "synth-beat": {
        "scores": {
          "0": 0.5047965598367946,
          "1": 0.25245151032530283,
          "2": 0.14365458447381313,
          "3": 0.08583299116060367,
          "4": 0.1495668605553663,
          "5": 0.07762591351073425,
          "6": 0.07856435912151861,
          "7": 0.06313960406065669
        },
        "selected": 0,
        "layer_weights": [
          0.605663001537323,
          0.3943161964416504,
          6.048551313142525e-06,
          3.2193843253480736e-06,
          5.134929779160302e-06,
          1.354747723780747e-06,
          2.0592253804352367e-06,
          2.915967343142256e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.531734902841299,
          "1": 0.2523589040320833,
          "2": 0.139422046795094,
          "3": 0.12528033880015976,
          "4": 0.13493009772569237,
          "5": 0.10098469069057305,
          "6": 0.07381313028217053,
          "7": 0.028822751322751323
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.5535714285714286,
          "1": 0.5773809523809523,
          "2": 0.6369047619047619,
          "3": 0.7321428571428572,
          "4": 0.6666666666666666,
          "5": 0.5714285714285714,
          "6": 0.5,
          "7": 0.5178571428571429
        },
        "selected": 6,
        "layer_weights": [
          0.10114555060863495,
          0.11506829410791397,
          0.14554817974567413,
          0.15202118456363678,
          0.14832004408041635,
          0.14286265770594278,
          0.09753819803396861,
          0.09749590853850047
        ],
        "std": {
          "0": 0.0437408882639853,
          "1": 0.008417937871268445,
          "2": 0.008417937871268445,
          "3": 0.03857583749052298,
          "4": 0.022271770159368667,
          "5": 0.0145802960879951,
          "6": 0.014580296087995123,
          "7": 0.0
        },
        "valid": {
          "0": 0.4523809523809524,
          "1": 0.4345238095238095,
          "2": 0.4702380952380952,
          "3": 0.5654761904761906,
          "4": 0.6071428571428571,
          "5": 0.4761904761904762,
          "6": 0.6428571428571428,
          "7": 0.6071428571428571
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "better",
          "4": "better",
          "5": "tied",
          "6": "tied",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.8559076564459401,
          "1": 0.8375348641157582,
          "2": 0.666115033884254,
          "3": 0.33479315729461223,
          "4": 0.2743514201987654,
          "5": 0.19425140846938105,
          "6": 0.1121703155445613,
          "7": 0.09758010386204569
        },
        "selected": 0,
        "layer_weights": [
          0.3951531648635864,
          0.6047726273536682,
          1.5769544916111045e-05,
          1.8140823158319108e-05,
          1.2050811164954212e-05,
          1.0419772479508538e-05,
          8.946491107053589e-06,
          8.826876182865817e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.7675412205042966,
          "1": 0.7516465322286859,
          "2": 0.6243888225865105,
          "3": 0.3474206759609079,
          "4": 0.27771577341921694,
          "5": 0.2010332343317051,
          "6": 0.14249198130391294,
          "7": 0.12651407262601483
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.3458333333333334,
          "1": 0.32916666666666666,
          "2": 0.4000000000000001,
          "3": 0.425,
          "4": 0.3833333333333333,
          "5": 0.3958333333333333,
          "6": 0.5208333333333334,
          "7": 0.5375
        },
        "selected": 6,
        "layer_weights": [
          0.11459140479564667,
          0.13959058125813803,
          0.14339897533257803,
          0.14552697042624155,
          0.12632213284571966,
          0.11393303672472636,
          0.10828031102816264,
          0.1083566149075826
        ],
        "std": {
          "0": 0.005892556509887875,
          "1": 0.011785113019775804,
          "2": 0.010206207261596562,
          "3": 0.017677669529663705,
          "4": 0.025685058345704073,
          "5": 0.015590239111558084,
          "6": 0.02568505834570409,
          "7": 0.017677669529663678
        },
        "valid": {
          "0": 0.3666666666666667,
          "1": 0.3458333333333334,
          "2": 0.39166666666666666,
          "3": 0.4541666666666666,
          "4": 0.48333333333333334,
          "5": 0.4666666666666666,
          "6": 0.5708333333333333,
          "7": 0.5458333333333334
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "tied",
          "4": "worse",
          "5": "worse",
          "6": "tied",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.5972222222222223,
          "1": 0.5069444444444445,
          "2": 0.5902777777777778,
          "3": 0.6319444444444445,
          "4": 0.6597222222222222,
          "5": 0.638888888888889,
          "6": 0.5833333333333334,
          "7": 0.6041666666666666
        },
        "selected": 7,
        "layer_weights": [
          0.09196795771519344,
          0.09570659945408504,
          0.1213119054834048,
          0.1815212517976761,
          0.1569880247116089,
          0.16834026078383127,
          0.0920785591006279,
          0.09208535651365916
        ],
        "std": {
          "0": 0.012991865926298411,
          "1": 0.012991865926298425,
          "2": 0.004910463758239896,
          "3": 0.009820927516479843,
          "4": 0.0049104637582398965,
          "5": 0.009820927516479845,
          "6": 0.01701034543599428,
          "7": 0.03707318837510872
        },
        "valid": {
          "0": 0.5069444444444444,
          "1": 0.4375,
          "2": 0.4791666666666667,
          "3": 0.5868055555555557,
          "4": 0.5833333333333334,
          "5": 0.5520833333333334,
          "6": 0.6006944444444445,
          "7": 0.6041666666666666
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "tied",
          "7": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.9893518518518519,
          "1": 0.9930555555555557,
          "2": 0.9884259259259259,
          "3": 0.9287037037037038,
          "4": 0.9347222222222222,
          "5": 0.8912037037037037,
          "6": 0.22916666666666666,
          "7": 0.20601851851851852
        },
        "selected": 0,
        "layer_weights": [
          0.13990720609823862,
          0.13305282096068063,
          0.1355271190404892,
          0.14098396400610605,
          0.13899866243203482,
          0.12266495078802109,
          0.09445953617493312,
          0.09440580010414124
        ],
        "std": {
          "0": 0.0028538953717448866,
          "1": 1.1102230246251565e-16,
          "2": 0.0032736425054932642,
          "3": 0.02438369274493277,
          "4": 0.013078191566505165,
          "5": 0.011188005531106075,
          "6": 0.022337663114471894,
          "7": 0.021104206148224967
        },
        "valid": {
          "0": 0.9884259259259259,
          "1": 0.9791666666666666,
          "2": 0.9643518518518519,
          "3": 0.9115740740740742,
          "4": 0.9083333333333335,
          "5": 0.9310185185185186,
          "6": 0.2847222222222222,
          "7": 0.19444444444444445
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.6234567901234568,
          "7": 0.6265432098765432
        },
        "selected": 0,
        "layer_weights": [
          0.11574431012074153,
          0.15682423611481985,
          0.11471987267335255,
          0.11637138823668162,
          0.11541088670492172,
          0.15365462005138397,
          0.11362575491269429,
          0.1136489287018776
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.028622279307085476,
          "7": 0.004364856673991053
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 0.5895061728395062,
          "7": 0.558641975308642
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.6976722670267437,
          "1": 0.7276036758678086,
          "2": 0.7389545506302558,
          "3": 0.7126255674530322,
          "4": 0.6944847748966668,
          "5": 0.6895054141214079,
          "6": 0.6572730696401033,
          "7": 0.652357143384298
        },
        "selected": 2,
        "layer_weights": [
          0.12001893917719524,
          0.13328077892462412,
          0.13395514090855917,
          0.1357883165280024,
          0.11972532669703166,
          0.1272623340288798,
          0.11499464760224025,
          0.11497459063927333
        ],
        "std": {
          "0": 0.0011308136585224976,
          "1": 0.00240025548881707,
          "2": 0.005355333083481772,
          "3": 0.007435153874256801,
          "4": 0.005207914867393289,
          "5": 0.0019079023360727896,
          "6": 0.003697053416473532,
          "7": 0.0018989674882772093
        },
        "valid": {
          "0": 0.6620123548800761,
          "1": 0.6797088725713039,
          "2": 0.7300945518005113,
          "3": 0.6921219991280564,
          "4": 0.7014184553887756,
          "5": 0.6651044518257828,
          "6": 0.6205640565285221,
          "7": 0.6137710689163337
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.6712014675140381,
          "1": 0.8291702270507812,
          "2": 0.7343627214431763,
          "3": 0.660058836142222,
          "4": 0.6363758643468221,
          "5": 0.6123203833897909,
          "6": 0.5091375708580017,
          "7": 0.4634365240732829
        },
        "selected": 2,
        "layer_weights": [
          0.12685129543145499,
          0.13143312434355417,
          0.13767569263776144,
          0.1335144837697347,
          0.11692342162132263,
          0.1170610065261523,
          0.11799289534489314,
          0.11854800830284755
        ],
        "std": {
          "0": 0.010506976909274292,
          "1": 0.001367807212549699,
          "2": 0.003888312390649472,
          "3": 0.004216717599135154,
          "4": 0.004281566512423584,
          "5": 0.00867814174675279,
          "6": 0.022159939403805173,
          "7": 0.018417388232650007
        },
        "valid": {
          "0": 0.6957105795542399,
          "1": 0.9696912368138632,
          "2": 0.9791656335194906,
          "3": 0.9708332022031149,
          "4": 0.9709711670875549,
          "5": 0.9485262235005697,
          "6": 0.9131277998288473,
          "7": 0.8957765698432922
        },
        "relation": {
          "0": "tied",
          "1": "better",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      }
    },
    "random-musicnn": {
      "synth-beat": {
        "scores": {
          "0": 0.7360414796035925,
          "1": 0.6973786859202059,
          "2": 0.6372451740177011,
          "3": 0.6466548616812372,
          "4": 0.6504734239584677,
          "5": 0.021055555555555557,
          "6": 0.029158122579175213,
          "7": 0.031868686868686866
        },
        "selected": 0,
        "layer_weights": [
          0.4918738901615143,
          0.31402504444122314,
          1.6587060599704273e-05,
          1.5172115126915742e-05,
          1.6363715985789895e-05,
          0.19401435554027557,
          2.0778206817340106e-05,
          1.7802889487938955e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.8059915419080853,
          "1": 0.7681417302283832,
          "2": 0.6839633065351264,
          "3": 0.7089424826868057,
          "4": 0.7056281703102704,
          "5": 0.04126098458707154,
          "6": 0.030931517757604714,
          "7": 0.020812470138557092
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.5238095238095238,
          "1": 0.2380952380952381,
          "2": 0.3452380952380952,
          "3": 0.39285714285714285,
          "4": 0.3511904761904762,
          "5": 0.4166666666666667,
          "6": 0.25,
          "7": 0.2738095238095238
        },
        "selected": 0,
        "layer_weights": [
          0.16213159759839377,
          0.1038235475619634,
          0.09985478222370148,
          0.09963806966940562,
          0.09969401856263478,
          0.17080641289552054,
          0.1635097066561381,
          0.1005418449640274
        ],
        "std": {
          "0": 0.02227177015936871,
          "1": 0.03035130662852848,
          "2": 0.030351306628528495,
          "3": 0.0,
          "4": 0.016835875742536838,
          "5": 0.022271770159368712,
          "6": 0.0145802960879951,
          "7": 0.030351306628528467
        },
        "valid": {
          "0": 0.5654761904761906,
          "1": 0.10714285714285714,
          "2": 0.28571428571428564,
          "3": 0.2619047619047619,
          "4": 0.3511904761904762,
          "5": 0.4166666666666667,
          "6": 0.38095238095238093,
          "7": 0.31547619047619047
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.4577960848259223,
          "1": 0.15923969725259418,
          "2": 0.19917896104231017,
          "3": 0.2055230113419054,
          "4": 0.19806510565390067,
          "5": 0.11418244848188307,
          "6": 0.1263850603301203,
          "7": 0.1129469230980984
        },
        "selected": 0,
        "layer_weights": [
          0.6119162440299988,
          8.487301784043666e-06,
          8.574957064411137e-06,
          8.604545655543916e-06,
          8.426539352512918e-06,
          0.3880351185798645,
          7.919867130112834e-06,
          6.598265827051364e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0,
          "6": 0.0,
          "7": 0.0
        },
        "valid": {
          "0": 0.4598729620559757,
          "1": 0.17540759990160637,
          "2": 0.21992911290269213,
          "3": 0.2200956596305621,
          "4": 0.2120716371149416,
          "5": 0.16749581572720035,
          "6": 0.15415440848316064,
          "7": 0.13366844471191366
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.5625,
          "1": 0.7333333333333334,
          "2": 0.5333333333333333,
          "3": 0.5583333333333332,
          "4": 0.4958333333333333,
          "5": 0.7833333333333333,
          "6": 0.5583333333333335,
          "7": 0.5166666666666666
        },
        "selected": 5,
        "layer_weights": [
          0.11225512872139613,
          0.1411969612042109,
          0.10073863714933395,
          0.10071836163600285,
          0.10078038026889165,
          0.17900275190671286,
          0.1624271273612976,
          0.10288059959808986
        ],
        "std": {
          "0": 0.027003086243366076,
          "1": 0.005892556509887927,
          "2": 0.025685058345704066,
          "3": 0.015590239111558084,
          "4": 0.031180478223116162,
          "5": 0.005892556509887875,
          "6": 0.021245914639969946,
          "7": 0.015590239111558084
        },
        "valid": {
          "0": 0.5333333333333333,
          "1": 0.6625,
          "2": 0.5541666666666667,
          "3": 0.5583333333333332,
          "4": 0.5833333333333333,
          "5": 0.7833333333333333,
          "6": 0.6458333333333334,
          "7": 0.6166666666666667
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.6770833333333334,
          "1": 0.1597222222222222,
          "2": 0.3194444444444445,
          "3": 0.3194444444444444,
          "4": 0.3229166666666667,
          "5": 0.6805555555555555,
          "6": 0.4895833333333333,
          "7": 0.34375
        },
        "selected": 0,
        "layer_weights": [
          0.17407860358556113,
          0.09906391551097234,
          0.09286210437615712,
          0.093257541457812,
          0.09373899052540462,
          0.19277939200401306,
          0.1590559979279836,
          0.09516345461209615
        ],
        "std": {
          "0": 0.02250257186947171,
          "1": 0.017704928866641618,
          "2": 0.029869184955009127,
          "3": 0.03220006422047118,
          "4": 0.00850517271799714,
          "5": 0.027340305118096573,
          "6": 0.00850517271799714,
          "7": 0.01473139127471974
        },
        "valid": {
          "0": 0.6041666666666666,
          "1": 0.2152777777777778,
          "2": 0.2847222222222222,
          "3": 0.3368055555555556,
          "4": 0.3229166666666667,
          "5": 0.5659722222222222,
          "6": 0.3958333333333333,
          "7": 0.3680555555555556
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.24583333333333335,
          "1": 0.08564814814814814,
          "2": 0.11944444444444445,
          "3": 0.1439814814814815,
          "4": 0.10972222222222222,
          "5": 0.14675925925925926,
          "6": 0.12222222222222222,
          "7": 0.10046296296296296
        },
        "selected": 0,
        "layer_weights": [
          0.12851919730504355,
          0.13355611761411032,
          0.10948384304841359,
          0.10907209664583206,
          0.10910685857137044,
          0.1520943989356359,
          0.14844808479150137,
          0.10971942047278087
        ],
        "std": {
          "0": 0.012001371663718272,
          "1": 0.039042904893162984,
          "2": 0.012001371663718258,
          "3": 0.006644768562225623,
          "4": 0.03452723026293348,
          "5": 0.02385045717109493,
          "6": 0.036868831003823245,
          "7": 0.01118800553110609
        },
        "valid": {
          "0": 0.23750000000000002,
          "1": 0.12453703703703704,
          "2": 0.14953703703703705,
          "3": 0.11342592592592593,
          "4": 0.11805555555555554,
          "5": 0.19259259259259262,
          "6": 0.13657407407407407,
          "7": 0.13101851851851853
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "tied",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9753086419753086,
          "1": 0.06790123456790123,
          "2": 0.5401234567901235,
          "3": 0.6327160493827161,
          "4": 0.6759259259259259,
          "5": 0.8240740740740741,
          "6": 0.6141975308641975,
          "7": 0.5833333333333334
        },
        "selected": 0,
        "layer_weights": [
          0.1852606733640035,
          0.08235029131174088,
          0.07212476432323456,
          0.07311062514781952,
          0.07151329765717189,
          0.2565077443917592,
          0.17618149518966675,
          0.08295111109813054
        ],
        "std": {
          "0": 0.004364856673991053,
          "1": 0.0387956947221498,
          "2": 0.011548325267820809,
          "3": 0.015737714548125847,
          "4": 0.0075601535271086085,
          "5": 0.015120307054217125,
          "6": 0.028622279307085496,
          "7": 0.013094570021973107
        },
        "valid": {
          "0": 0.9722222222222222,
          "1": 0.06481481481481481,
          "2": 0.6728395061728395,
          "3": 0.70679012345679,
          "4": 0.7160493827160493,
          "5": 0.9135802469135803,
          "6": 0.6851851851851852,
          "7": 0.6049382716049383
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.8260352162528476,
          "1": 0.7539522065463763,
          "2": 0.7615401135754735,
          "3": 0.7771903215315055,
          "4": 0.7807803531081596,
          "5": 0.8537893334511167,
          "6": 0.7710942940997708,
          "7": 0.7334246823653262
        },
        "selected": 5,
        "layer_weights": [
          0.06651411702235539,
          0.10160743693510692,
          0.0658751055598259,
          0.06464814643065135,
          0.06483689943949382,
          0.42959603667259216,
          0.13669226070245108,
          0.0702299823363622
        ],
        "std": {
          "0": 0.0023296647212950527,
          "1": 0.0037437346762752436,
          "2": 0.0026003782340020113,
          "3": 0.0009848867902718295,
          "4": 0.0012259925123146846,
          "5": 0.000981806988777961,
          "6": 0.009767450713472198,
          "7": 0.0032552078062581757
        },
        "valid": {
          "0": 0.7531568432519418,
          "1": 0.7425498227150484,
          "2": 0.6950918191726835,
          "3": 0.7029745170600225,
          "4": 0.7099582295109977,
          "5": 0.7726245794578017,
          "6": 0.6969699593894253,
          "7": 0.6657157872328917
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.9057262539863586,
          "1": 0.8453980286916097,
          "2": 0.8143385251363119,
          "3": 0.7658992012341818,
          "4": 0.8256694475809733,
          "5": 0.857592244942983,
          "6": 0.7172648310661316,
          "7": 0.6056206425031027
        },
        "selected": 1,
        "layer_weights": [
          0.1207609052459399,
          0.13653308153152466,
          0.13401261468728384,
          0.12370702127615611,
          0.11926227311293285,
          0.12634934981664023,
          0.117198146879673,
          0.12217658013105392
        ],
        "std": {
          "0": 0.0012553681535963867,
          "1": 0.0023942690660376602,
          "2": 0.011375504393959675,
          "3": 0.00595618517370867,
          "4": 0.006877710815028426,
          "5": 0.006654350556756687,
          "6": 0.007298291677702756,
          "7": 0.01713997280397833
        },
        "valid": {
          "0": 0.8732467691103617,
          "1": 0.9837460915247599,
          "2": 0.951682964960734,
          "3": 0.9519249598185221,
          "4": 0.9522757331530253,
          "5": 0.9812280337015787,
          "6": 0.9376345078150431,
          "7": 0.8240299224853516
        },
        "relation": {
          "0": "better",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "tied",
          "5": "tied",
          "6": "worse",
          "7": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ]
      }
    },
    "random-vgg": {
      "synth-beat": {
        "scores": {
          "0": 0.07639810119170284,
          "1": 0.06385008782067605,
          "2": 0.03887667797135489,
          "3": 0.07834150024291116,
          "4": 0.07035157847126709,
          "5": 0.17301061128703527
        },
        "selected": 5,
        "layer_weights": [
          0.9913853406906128,
          0.0053522298112511635,
          0.0025694379583001137,
          0.0005206734640523791,
          0.00014607023331336677,
          2.6181307475781068e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.07415349947958644,
          "1": 0.05483633784790868,
          "2": 0.046085858585858584,
          "3": 0.09658852554248974,
          "4": 0.11317951915061449,
          "5": 0.1491170739720741
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.31547619047619047,
          "1": 0.36904761904761907,
          "2": 0.2619047619047619,
          "3": 0.375,
          "4": 0.2023809523809524,
          "5": 0.16071428571428573
        },
        "selected": 1,
        "layer_weights": [
          0.1806898613770803,
          0.18271569907665253,
          0.18281338115533194,
          0.16517730553944907,
          0.1449223111073176,
          0.143681471546491
        ],
        "std": {
          "0": 0.008417937871268445,
          "1": 0.016835875742536838,
          "2": 0.030351306628528467,
          "3": 0.0,
          "4": 0.030351306628528477,
          "5": 0.014580296087995112
        },
        "valid": {
          "0": 0.375,
          "1": 0.4047619047619048,
          "2": 0.3511904761904762,
          "3": 0.2976190476190476,
          "4": 0.23809523809523805,
          "5": 0.21428571428571427
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.16782915732346088,
          "1": 0.15542999741911676,
          "2": 0.14452116661424172,
          "3": 0.07028139611841362,
          "4": 0.04994547578288856,
          "5": 0.08475426909988781
        },
        "selected": 1,
        "layer_weights": [
          0.9989864230155945,
          0.00028817501151934266,
          0.00023010246513877064,
          0.0001827339146984741,
          0.00016692625649739057,
          0.00014559554983861744
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.19312270106097612,
          "1": 0.2135642123559907,
          "2": 0.12401561446567609,
          "3": 0.10927943953381804,
          "4": 0.11946660236483742,
          "5": 0.10991639161581405
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.39999999999999997,
          "1": 0.4958333333333333,
          "2": 0.525,
          "3": 0.5791666666666667,
          "4": 0.5791666666666666,
          "5": 0.6458333333333334
        },
        "selected": 4,
        "layer_weights": [
          0.1852806955575943,
          0.16571787496407828,
          0.14916316668192545,
          0.17757774392763773,
          0.1856918434302012,
          0.13656871020793915
        ],
        "std": {
          "0": 0.020412414523193145,
          "1": 0.015590239111558084,
          "2": 0.02041241452319317,
          "3": 0.005892556509887928,
          "4": 0.015590239111558084,
          "5": 0.005892556509887928
        },
        "valid": {
          "0": 0.4875,
          "1": 0.5875,
          "2": 0.5875,
          "3": 0.6291666666666668,
          "4": 0.6541666666666667,
          "5": 0.6124999999999999
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.2881944444444444,
          "1": 0.44097222222222215,
          "2": 0.4305555555555556,
          "3": 0.3819444444444445,
          "4": 0.3541666666666667,
          "5": 0.2222222222222222
        },
        "selected": 1,
        "layer_weights": [
          0.1938373198111852,
          0.1926228404045105,
          0.19234074155489603,
          0.17545080184936523,
          0.12617609153191248,
          0.11957217007875443
        ],
        "std": {
          "0": 0.012991865926298411,
          "1": 0.012991865926298406,
          "2": 0.012991865926298411,
          "3": 0.0049104637582399226,
          "4": 0.0,
          "5": 0.01770492886664162
        },
        "valid": {
          "0": 0.23611111111111108,
          "1": 0.38888888888888884,
          "2": 0.3611111111111111,
          "3": 0.3263888888888889,
          "4": 0.2881944444444445,
          "5": 0.15625
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.6032407407407407,
          "1": 0.55,
          "2": 0.3717592592592593,
          "3": 0.22916666666666666,
          "4": 0.22268518518518518,
          "5": 0.14444444444444446
        },
        "selected": 0,
        "layer_weights": [
          0.21613355974356332,
          0.20806126793225607,
          0.2118132362763087,
          0.12338411559661229,
          0.11954441418250401,
          0.12106341620286305
        ],
        "std": {
          "0": 0.029881739931675783,
          "1": 0.01856475708866982,
          "2": 0.0065472850109865284,
          "3": 0.005670115145331433,
          "4": 0.03629464281948079,
          "5": 0.020506698694768618
        },
        "valid": {
          "0": 0.6430555555555556,
          "1": 0.6212962962962965,
          "2": 0.4958333333333333,
          "3": 0.32314814814814813,
          "4": 0.21250000000000002,
          "5": 0.18888888888888888
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 1.0,
          "4": 0.9012345679012346,
          "5": 0.79320987654321
        },
        "selected": 2,
        "layer_weights": [
          0.1823118031024933,
          0.17815998693307242,
          0.16855931282043457,
          0.15023939808209738,
          0.17585750917593637,
          0.14487200478712717
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.004364856673991053,
          "5": 0.015737714548125847
        },
        "valid": {
          "0": 0.9907407407407408,
          "1": 0.9907407407407408,
          "2": 1.0,
          "3": 1.0,
          "4": 0.9320987654320988,
          "5": 0.7685185185185185
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7888082683077396,
          "1": 0.8052850947328826,
          "2": 0.8260020074050862,
          "3": 0.8082538962168728,
          "4": 0.6933771829598238,
          "5": 0.6875711792343827
        },
        "selected": 2,
        "layer_weights": [
          0.2136934995651245,
          0.18513753016789755,
          0.1943639020125071,
          0.1267544279495875,
          0.17841538786888123,
          0.10163523505131404
        ],
        "std": {
          "0": 0.004179555907765225,
          "1": 0.0015514623238126757,
          "2": 0.0008421971228980123,
          "3": 0.009371660808932434,
          "4": 0.0037607962955699538,
          "5": 0.003489133906579159
        },
        "valid": {
          "0": 0.7653676443744889,
          "1": 0.7832234588479299,
          "2": 0.7863818708263913,
          "3": 0.7726040649303719,
          "4": 0.6901628083189265,
          "5": 0.6421850461253295
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.510410745938619,
          "1": 0.911547064781189,
          "2": 0.9383161266644796,
          "3": 0.9184972246487936,
          "4": 0.861443817615509,
          "5": 0.8369844754536947
        },
        "selected": 3,
        "layer_weights": [
          0.14300593733787537,
          0.14095459381739298,
          0.18724805613358816,
          0.1717514991760254,
          0.1579966495434443,
          0.199043278892835
        ],
        "std": {
          "0": 0.061113586435430835,
          "1": 0.004326720366768399,
          "2": 0.003134884785648614,
          "3": 0.001437359630840057,
          "4": 0.006100166894089967,
          "5": 0.004172800748071584
        },
        "valid": {
          "0": -1.473806659380595,
          "1": 0.9036054412523905,
          "2": 0.9391247828801473,
          "3": 0.9601319432258606,
          "4": 0.939594566822052,
          "5": 0.9052926103274027
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "better",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      }
    },
    "vgg-msd": {
      "synth-beat": {
        "scores": {
          "0": 0.212046423831843,
          "1": 0.08213877216830044,
          "2": 0.11004496580526048,
          "3": 0.05946304303578228,
          "4": 0.059746357873292855,
          "5": 0.2814201197073288
        },
        "selected": 5,
        "layer_weights": [
          0.19021567702293396,
          0.1943884789943695,
          0.155952587723732,
          0.15411682426929474,
          0.1510002762079239,
          0.15432609617710114
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.21065356772010227,
          "1": 0.13371310135711342,
          "2": 0.11202600671059089,
          "3": 0.09096557471658429,
          "4": 0.058263571009012805,
          "5": 0.26081751284325305
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.44047619047619047,
          "1": 0.5,
          "2": 0.42857142857142855,
          "3": 0.31547619047619047,
          "4": 0.2916666666666667,
          "5": 0.25595238095238093
        },
        "selected": 1,
        "layer_weights": [
          0.16240962346394858,
          0.17703736325105032,
          0.18823343018690744,
          0.18256473044554392,
          0.15433385968208313,
          0.13542102773984274
        ],
        "std": {
          "0": 0.008417937871268445,
          "1": 0.07715167498104594,
          "2": 0.014580296087995123,
          "3": 0.036692940493862965,
          "4": 0.008417937871268419,
          "5": 0.022271770159368688
        },
        "valid": {
          "0": 0.3511904761904762,
          "1": 0.49404761904761907,
          "2": 0.48809523809523814,
          "3": 0.32142857142857145,
          "4": 0.26785714285714285,
          "5": 0.1904761904761905
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.2187138012636783,
          "1": 0.19399755674128905,
          "2": 0.1561740679307543,
          "3": 0.11372397424794811,
          "4": 0.055118720902293625,
          "5": 0.08950246421988278
        },
        "selected": 1,
        "layer_weights": [
          0.9999020099639893,
          4.308574352762662e-05,
          3.270172237535007e-05,
          1.0429445865156595e-05,
          7.02206034475239e-06,
          4.895665824733442e-06
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.2098176045243007,
          "1": 0.2643747596045595,
          "2": 0.21176444442686904,
          "3": 0.1453878989757278,
          "4": 0.08166647728254009,
          "5": 0.13241589670182702
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.425,
          "1": 0.45416666666666666,
          "2": 0.4583333333333333,
          "3": 0.4625000000000001,
          "4": 0.39166666666666666,
          "5": 0.35833333333333334
        },
        "selected": 2,
        "layer_weights": [
          0.1490238904953003,
          0.15274744232495627,
          0.18847390015920004,
          0.17933783928553262,
          0.18497788409392038,
          0.14543900887171426
        ],
        "std": {
          "0": 0.010206207261596585,
          "1": 0.01559023911155808,
          "2": 0.03280836614171588,
          "3": 5.551115123125783e-17,
          "4": 0.005892556509887901,
          "5": 0.01559023911155808
        },
        "valid": {
          "0": 0.4708333333333334,
          "1": 0.5541666666666667,
          "2": 0.6291666666666667,
          "3": 0.5541666666666667,
          "4": 0.5833333333333334,
          "5": 0.45416666666666666
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.375,
          "1": 0.5,
          "2": 0.5590277777777778,
          "3": 0.3854166666666667,
          "4": 0.34375,
          "5": 0.19444444444444442
        },
        "selected": 1,
        "layer_weights": [
          0.1507712850968043,
          0.1725100874900818,
          0.18458899855613708,
          0.1802013317743937,
          0.1747343639532725,
          0.13719395796457926
        ],
        "std": {
          "0": 0.022502571869471737,
          "1": 0.00850517271799714,
          "2": 0.025983731852596812,
          "3": 0.0170103454359943,
          "4": 0.01473139127471974,
          "5": 0.021404215288086725
        },
        "valid": {
          "0": 0.28125,
          "1": 0.4861111111111111,
          "2": 0.4305555555555556,
          "3": 0.3090277777777778,
          "4": 0.2152777777777778,
          "5": 0.19444444444444445
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.7680555555555556,
          "1": 0.6518518518518519,
          "2": 0.5402777777777777,
          "3": 0.31990740740740736,
          "4": 0.19907407407407407,
          "5": 0.12685185185185185
        },
        "selected": 0,
        "layer_weights": [
          0.1834697723388672,
          0.18223970135053,
          0.1882677028576533,
          0.178281640013059,
          0.1398274451494217,
          0.12791375567515692
        ],
        "std": {
          "0": 0.019641855032959715,
          "1": 0.01981568014725253,
          "2": 0.006313973007863841,
          "3": 0.015727118288391684,
          "4": 0.017060672011748417,
          "5": 0.01274620360920019
        },
        "valid": {
          "0": 0.7805555555555556,
          "1": 0.7212962962962964,
          "2": 0.4916666666666667,
          "3": 0.3074074074074074,
          "4": 0.1939814814814815,
          "5": 0.19166666666666668
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 0.9660493827160495,
          "1": 1.0,
          "2": 0.9783950617283951,
          "3": 0.9537037037037037,
          "4": 0.8425925925925926,
          "5": 0.5524691358024691
        },
        "selected": 1,
        "layer_weights": [
          0.17850481470425925,
          0.17957349121570587,
          0.16229861478010812,
          0.1528072009483973,
          0.17900563279787698,
          0.14781026542186737
        ],
        "std": {
          "0": 0.0157377145481259,
          "1": 0.0,
          "2": 0.004364856673991053,
          "3": 0.0,
          "4": 0.01512030705421717,
          "5": 0.011548325267820769
        },
        "valid": {
          "0": 0.9753086419753086,
          "1": 1.0,
          "2": 1.0,
          "3": 0.9444444444444445,
          "4": 0.7685185185185185,
          "5": 0.49074074074074076
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.7992019960964732,
          "1": 0.8504333016319383,
          "2": 0.8586612156254106,
          "3": 0.8500702101989351,
          "4": 0.7711901128501434,
          "5": 0.7248190141290642
        },
        "selected": 2,
        "layer_weights": [
          0.15092508494853973,
          0.14956702291965485,
          0.1863848716020584,
          0.1837420960267385,
          0.18572943905989328,
          0.14365148544311523
        ],
        "std": {
          "0": 0.0034777528501273506,
          "1": 0.0038580409412109994,
          "2": 0.004620325564193073,
          "3": 0.004055904351319563,
          "4": 0.004377495630749654,
          "5": 0.0036637241600391353
        },
        "valid": {
          "0": 0.7798896459469598,
          "1": 0.8294684885556348,
          "2": 0.8444461866177698,
          "3": 0.7871561617220886,
          "4": 0.6959247862092793,
          "5": 0.662416909389343
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.8269008000691732,
          "1": 0.9206664363543192,
          "2": 0.9495967427889506,
          "3": 0.9106409549713135,
          "4": 0.7961442867914835,
          "5": 0.8321312665939331
        },
        "selected": 2,
        "layer_weights": [
          0.16049781441688538,
          0.1328314741452535,
          0.18369307617346445,
          0.16551693280537924,
          0.16176938513914743,
          0.19569131731987
        ],
        "std": {
          "0": 0.012375035355918485,
          "1": 0.006438365633537423,
          "2": 0.0011052678187669584,
          "3": 0.004302420825324327,
          "4": 0.007349202102964523,
          "5": 0.009206175129704017
        },
        "valid": {
          "0": 0.815507968266805,
          "1": 0.8353998859723409,
          "2": 0.921424667040507,
          "3": 0.9181064168612162,
          "4": 0.83727099498113,
          "5": 0.8337124586105347
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      }
    },
    "vgg-mtt": {
      "synth-beat": {
        "scores": {
          "0": 0.23475342483878858,
          "1": 0.1369646425017052,
          "2": 0.04850971370834968,
          "3": 0.0520591272768551,
          "4": 0.04971956692544928,
          "5": 0.28601700027741006
        },
        "selected": 5,
        "layer_weights": [
          0.9042060375213623,
          0.019909070804715157,
          0.017702413722872734,
          0.018874067813158035,
          0.017697492614388466,
          0.021610861644148827
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.24842397909224173,
          "1": 0.12465176083177609,
          "2": 0.08308845580163954,
          "3": 0.07252682368624397,
          "4": 0.08959787475004867,
          "5": 0.26286749815510396
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "tied"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chord": {
        "scores": {
          "0": 0.5119047619047619,
          "1": 0.5357142857142857,
          "2": 0.4761904761904762,
          "3": 0.3511904761904762,
          "4": 0.25595238095238093,
          "5": 0.19047619047619047
        },
        "selected": 1,
        "layer_weights": [
          0.1625287483135859,
          0.17821642756462097,
          0.18003205955028534,
          0.17989898721377054,
          0.15220998724301657,
          0.14711379508177438
        ],
        "std": {
          "0": 0.008417937871268445,
          "1": 0.03857583749052297,
          "2": 0.022271770159368688,
          "3": 0.03669294049386296,
          "4": 0.033671751485073675,
          "5": 0.016835875742536838
        },
        "valid": {
          "0": 0.3511904761904762,
          "1": 0.4583333333333333,
          "2": 0.4047619047619048,
          "3": 0.3333333333333333,
          "4": 0.32142857142857145,
          "5": 0.20238095238095236
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-chords": {
        "scores": {
          "0": 0.21164490462073693,
          "1": 0.2070636562253781,
          "2": 0.18150821221131233,
          "3": 0.11167878092476241,
          "4": 0.06777733979149089,
          "5": 0.08426524154688969
        },
        "selected": 1,
        "layer_weights": [
          0.9993997812271118,
          0.00024114777625072747,
          0.00023532022896688432,
          5.253138078842312e-05,
          3.7895184505032375e-05,
          3.34063297486864e-05
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.0,
          "4": 0.0,
          "5": 0.0
        },
        "valid": {
          "0": 0.21028232532824925,
          "1": 0.24069457294229168,
          "2": 0.19400192493900026,
          "3": 0.11957891132158215,
          "4": 0.1437002180688275,
          "5": 0.12387725342227068
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-instrument": {
        "scores": {
          "0": 0.45,
          "1": 0.525,
          "2": 0.5833333333333333,
          "3": 0.6625,
          "4": 0.5583333333333333,
          "5": 0.4625000000000001
        },
        "selected": 3,
        "layer_weights": [
          0.14771760006745657,
          0.15272189676761627,
          0.16037501891454062,
          0.19862119853496552,
          0.19493856032689413,
          0.14562572042147318
        ],
        "std": {
          "0": 0.010206207261596585,
          "1": 0.01767766952966373,
          "2": 0.011785113019775804,
          "3": 0.04082482904638629,
          "4": 0.02124591463996995,
          "5": 0.010206207261596562
        },
        "valid": {
          "0": 0.5125,
          "1": 0.5958333333333333,
          "2": 0.6791666666666667,
          "3": 0.7416666666666667,
          "4": 0.625,
          "5": 0.5166666666666666
        },
        "relation": {
          "0": "worse",
          "1": "worse",
          "2": "tied",
          "3": "tied",
          "4": "tied",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-interval": {
        "scores": {
          "0": 0.40625,
          "1": 0.6770833333333334,
          "2": 0.6319444444444445,
          "3": 0.4479166666666667,
          "4": 0.25347222222222227,
          "5": 0.17708333333333334
        },
        "selected": 1,
        "layer_weights": [
          0.15118462344010672,
          0.17487866183122,
          0.17674652735392252,
          0.17561889191468558,
          0.17481109003225961,
          0.14676021039485931
        ],
        "std": {
          "0": 0.0,
          "1": 0.02551551815399144,
          "2": 0.012991865926298399,
          "3": 0.00850517271799714,
          "4": 0.004910463758239922,
          "5": 0.01473139127471974
        },
        "valid": {
          "0": 0.3958333333333333,
          "1": 0.5520833333333334,
          "2": 0.47222222222222215,
          "3": 0.4201388888888889,
          "4": 0.17013888888888892,
          "5": 0.10763888888888888
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-key": {
        "scores": {
          "0": 0.7574074074074074,
          "1": 0.6597222222222223,
          "2": 0.5439814814814815,
          "3": 0.30694444444444446,
          "4": 0.14675925925925928,
          "5": 0.13101851851851853
        },
        "selected": 0,
        "layer_weights": [
          0.16658237079779306,
          0.1898402770360311,
          0.19256406525770822,
          0.17678513626257578,
          0.14616062740484873,
          0.1280674859881401
        ],
        "std": {
          "0": 0.017022941028565018,
          "1": 0.015001714579647822,
          "2": 0.02217394447190385,
          "3": 0.014209267827058124,
          "4": 0.012125741531211843,
          "5": 0.018714243455007166
        },
        "valid": {
          "0": 0.8115740740740741,
          "1": 0.7587962962962963,
          "2": 0.5277777777777778,
          "3": 0.3611111111111111,
          "4": 0.2222222222222222,
          "5": 0.15324074074074076
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-pitch": {
        "scores": {
          "0": 1.0,
          "1": 1.0,
          "2": 1.0,
          "3": 0.9722222222222222,
          "4": 0.8117283950617283,
          "5": 0.49382716049382713
        },
        "selected": 0,
        "layer_weights": [
          0.19236654043197632,
          0.1907458702723185,
          0.17399267355600992,
          0.1335180252790451,
          0.18230857948462167,
          0.1270683134595553
        ],
        "std": {
          "0": 0.0,
          "1": 0.0,
          "2": 0.0,
          "3": 0.013094570021973107,
          "4": 0.019025969144965963,
          "5": 0.011548325267820833
        },
        "valid": {
          "0": 1.0,
          "1": 1.0,
          "2": 0.9907407407407408,
          "3": 0.9197530864197531,
          "4": 0.7685185185185185,
          "5": 0.41358024691358025
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tags": {
        "scores": {
          "0": 0.8040976062109841,
          "1": 0.8696441826509828,
          "2": 0.876447381984987,
          "3": 0.8851844880912352,
          "4": 0.8252529283382,
          "5": 0.7858359030034533
        },
        "selected": 2,
        "layer_weights": [
          0.11314327518145244,
          0.130107544362545,
          0.2619749903678894,
          0.16795086363951364,
          0.22822985549767813,
          0.09859348088502884
        ],
        "std": {
          "0": 0.0022300691832338525,
          "1": 0.0025133763500036505,
          "2": 0.0027158362695017535,
          "3": 0.006336973219246588,
          "4": 0.0017328715039915414,
          "5": 0.001872705059302249
        },
        "valid": {
          "0": 0.8038962107940276,
          "1": 0.8428634622107677,
          "2": 0.850875679685338,
          "3": 0.8495081095020761,
          "4": 0.7935210568440768,
          "5": 0.762403801468947
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "tied",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      },
      "synth-tempo": {
        "scores": {
          "0": 0.9105387131373087,
          "1": 0.951570451259613,
          "2": 0.9612939159075419,
          "3": 0.9105793039004008,
          "4": 0.7126701474189758,
          "5": 0.8104010224342346
        },
        "selected": 2,
        "layer_weights": [
          0.202304278810819,
          0.1348779151837031,
          0.17196214199066162,
          0.15287789702415466,
          0.11246175815661748,
          0.22551600138346353
        ],
        "std": {
          "0": 0.0013433743697437255,
          "1": 0.010180235063423767,
          "2": 0.0005125592698302226,
          "3": 0.0050936991242910255,
          "4": 0.010221653844760262,
          "5": 0.004679152902785274
        },
        "valid": {
          "0": 0.8938963015874227,
          "1": 0.9354562560717264,
          "2": 0.9632344643274943,
          "3": 0.9492322007815043,
          "4": 0.9269102215766907,
          "5": 0.8750488758087158
        },
        "relation": {
          "0": "worse",
          "1": "tied",
          "2": "tied",
          "3": "worse",
          "4": "worse",
          "5": "worse"
        },
        "weighted_sum_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ]
      }
    }
  },
  "skipped": [],
  "similarity": {
    "basic-pitch": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.6239184666731359,
            0.27908430640698456,
            0.2586288646447701,
            0.27701365032065933,
            0.7923206395776443,
            0.42109638861263055
          ],
          [
            0.6239184666731359,
            1.0,
            0.77024483165952,
            0.7496684296175127,
            0.7741987676757959,
            0.907842793541408,
            0.42884634254138154
          ],
          [
            0.27908430640698456,
            0.77024483165952,
            1.0,
            0.9919347019539067,
            0.9891003183439288,
            0.624247509180421,
            0.3863938891956876
          ],
          [
            0.2586288646447701,
            0.7496684296175127,
            0.9919347019539067,
            1.0,
            0.9902049141396216,
            0.6136121498159931,
            0.3934675768151159
          ],
          [
            0.27701365032065933,
            0.7741987676757959,
            0.9891003183439288,
            0.9902049141396216,
            1.0,
            0.6237054299904686,
            0.413203898268403
          ],
          [
            0.7923206395776443,
            0.907842793541408,
            0.624247509180421,
            0.6136121498159931,
            0.6237054299904686,
            1.0,
            0.44638972088235684
          ],
          [
            0.42109638861263055,
            0.42884634254138154,
            0.3863938891956876,
            0.3934675768151159,
            0.413203898268403,
            0.44638972088235684,
            1.0
          ]
        ]
      }
    },
    "beatnet": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.8018940249231528,
            0.7710073097950837,
            0.530810363072094,
            0.4798797140519887,
            0.2740252342442447
          ],
          [
            0.8018940249231528,
            1.0,
            0.9067737258697115,
            0.7833865780027002,
            0.7001680557437243,
            0.41663978857649064
          ],
          [
            0.7710073097950837,
            0.9067737258697115,
            1.0,
            0.7957539916230455,
            0.6989195279459788,
            0.3609754213063085
          ],
          [
            0.530810363072094,
            0.7833865780027002,
            0.7957539916230455,
            1.0,
            0.9202356292076133,
            0.5602437117865366
          ],
          [
            0.4798797140519887,
            0.7001680557437243,
            0.6989195279459788,
            0.9202356292076133,
            1.0,
            0.6429369171871312
          ],
          [
            0.2740252342442447,
            0.41663978857649064,
            0.3609754213063085,
            0.5602437117865366,
            0.6429369171871312,
            1.0
          ]
        ]
      }
    },
    "crepe-full": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.7853059646069929,
            0.6269449444378684,
            0.577421168569891,
            0.6226530867148431,
            0.5820750613276765,
            0.5194944255830568
          ],
          [
            0.7853059646069929,
            1.0,
            0.7760704307183653,
            0.6611924844382516,
            0.735723991939049,
            0.710662732485452,
            0.6247408371547646
          ],
          [
            0.6269449444378684,
            0.7760704307183653,
            1.0,
            0.8094275343164793,
            0.8041927903973207,
            0.7947579100381188,
            0.7173908379827406
          ],
          [
            0.577421168569891,
            0.6611924844382516,
            0.8094275343164793,
            1.0,
            0.8845715555519312,
            0.8021219384466451,
            0.7069650543308735
          ],
          [
            0.6226530867148431,
            0.735723991939049,
            0.8041927903973207,
            0.8845715555519312,
            1.0,
            0.8946303738221127,
            0.7684309120807361
          ],
          [
            0.5820750613276765,
            0.710662732485452,
            0.7947579100381188,
            0.8021219384466451,
            0.8946303738221127,
            1.0,
            0.8062556880630247
          ],
          [
            0.5194944255830568,
            0.6247408371547646,
            0.7173908379827406,
            0.7069650543308735,
            0.7684309120807361,
            0.8062556880630247,
            1.0
          ]
        ]
      }
    },
    "crepe-tiny": {
      "synth-beat": {
        "task": "synth-beat",
        "vs": null,
        "clips": 180,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.5257754790797401,
            0.6618426743165936,
            0.7002748852067353,
            0.7384094361449413,
            0.7316221144566398,
            0.4306507008766218
          ],
          [
            0.5257754790797401,
            1.0,
            0.5839520089213656,
            0.6637632221679094,
            0.663033800660751,
            0.6839357484713009,
            0.5537113900343712
          ],
          [
            0.6618426743165936,
            0.5839520089213656,
            1.0,
            0.8319192762002638,
            0.8140648997451236,
            0.8351299939991831,
            0.6051854824691351
          ],
          [
            0.7002748852067353,
            0.6637632221679094,
            0.8319192762002638,
            1.0,
            0.9142604938674632,
            0.910059510911527,
            0.6603165996838439
          ],
          [
            0.7384094361449413,
            0.663033800660751,
            0.8140648997451236,
            0.9142604938674632,
            1.0,
            0.9618503060471859,
            0.69016265471105
          ],
          [
            0.7316221144566398,
            0.6839357484713009,
            0.8351299939991831,
            0.910059510911527,
            0.9618503060471859,
            1.0,
            0.6905829223299247
          ],
          [
            0.4306507008766218,
            0.5537113900343712,
            0.6051854824691351,
            0.6603165996838439,
            0.69016265471105,
            0.6905829223299247,
            1.0
          ]
        ]
      },
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.46467676462300755,
            0.4152893724175221,
            0.3863210009353575,
            0.46741995892264265,
            0.5099084289781225,
            0.43638039792434696
          ],
          [
            0.46467676462300755,
            1.0,
            0.6226424594695652,
            0.4714834257324491,
            0.4895497091425554,
            0.49211568104781855,
            0.4993108945995518
          ],
          [
            0.4152893724175221,
            0.6226424594695652,
            1.0,
            0.6045701496569779,
            0.6206727369459121,
            0.6208240902252607,
            0.5318866833170913
          ],
          [
            0.3863210009353575,
            0.4714834257324491,
            0.6045701496569779,
            1.0,
            0.8253146406172747,
            0.7576618266568325,
            0.5293051406832734
          ],
          [
            0.46741995892264265,
            0.4895497091425554,
            0.6206727369459121,
            0.8253146406172747,
            1.0,
            0.8759003172542961,
            0.582807600088682
          ],
          [
            0.5099084289781225,
            0.49211568104781855,
            0.6208240902252607,
            0.7576618266568325,
            0.8759003172542961,
            1.0,
            0.6342461187177496
          ],
          [
            0.43638039792434696,
            0.4993108945995518,
            0.5318866833170913,
            0.5293051406832734,
            0.582807600088682,
            0.6342461187177496,
            1.0
          ]
        ]
      }
    },
    "madmom-beats": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.7453105002363275,
            0.5490946213869001,
            0.4343748814505966,
            0.35782368052193003
          ],
          [
            0.7453105002363275,
            1.0,
            0.8190724984463873,
            0.6792147978484853,
            0.47399945472645333
          ],
          [
            0.5490946213869001,
            0.8190724984463873,
            1.0,
            0.8564749422069663,
            0.6466729934461285
          ],
          [
            0.4343748814505966,
            0.6792147978484853,
            0.8564749422069663,
            1.0,
            0.6039118431398566
          ],
          [
            0.35782368052193003,
            0.47399945472645333,
            0.6466729934461285,
            0.6039118431398566,
            1.0
          ]
        ]
      }
    },
    "madmom-chroma": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.6483087991469129,
            0.6294374261082903,
            0.5111741965960754,
            0.45075549916487256
          ],
          [
            0.6483087991469129,
            1.0,
            0.9694600437152082,
            0.8920146555718358,
            0.7934075700153338
          ],
          [
            0.6294374261082903,
            0.9694600437152082,
            1.0,
            0.8915123366132277,
            0.7889164331341869
          ],
          [
            0.5111741965960754,
            0.8920146555718358,
            0.8915123366132277,
            1.0,
            0.9165741145829644
          ],
          [
            0.45075549916487256,
            0.7934075700153338,
            0.7889164331341869,
            0.9165741145829644,
            1.0
          ]
        ]
      }
    },
    "madmom-downbeats": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.7413661117032712,
            0.5272538640964051,
            0.4722592014149912,
            0.4163390529597316
          ],
          [
            0.7413661117032712,
            1.0,
            0.8102244755027329,
            0.7208124082481369,
            0.6434181736315564
          ],
          [
            0.5272538640964051,
            0.8102244755027329,
            1.0,
            0.8891634819103394,
            0.7672356024619723
          ],
          [
            0.4722592014149912,
            0.7208124082481369,
            0.8891634819103394,
            1.0,
            0.8527505772334778
          ],
          [
            0.4163390529597316,
            0.6434181736315564,
            0.7672356024619723,
            0.8527505772334778,
            1.0
          ]
        ]
      }
    },
    "madmom-key": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.8814757127979685,
            0.8634005349031045,
            0.7483364256793774,
            0.41399967866064064,
            0.4340598163276202,
            0.40111638748087514,
            0.41983929658616875
          ],
          [
            0.8814757127979685,
            1.0,
            0.9131935280927991,
            0.8071732502271942,
            0.42554961385044315,
            0.4455092708529817,
            0.4131040222118222,
            0.41189902907753057
          ],
          [
            0.8634005349031045,
            0.9131935280927991,
            1.0,
            0.8245166854000068,
            0.44639628550702876,
            0.46593618697210776,
            0.43019710976883163,
            0.43260024151222304
          ],
          [
            0.7483364256793774,
            0.8071732502271942,
            0.8245166854000068,
            1.0,
            0.6012978843903092,
            0.6216883377353173,
            0.5718380075059265,
            0.5734343060794669
          ],
          [
            0.41399967866064064,
            0.42554961385044315,
            0.44639628550702876,
            0.6012978843903092,
            1.0,
            0.9978688081777013,
            0.9842914345620478,
            0.9198624222705601
          ],
          [
            0.4340598163276202,
            0.4455092708529817,
            0.46593618697210776,
            0.6216883377353173,
            0.9978688081777013,
            1.0,
            0.9847862795693539,
            0.9323966096866447
          ],
          [
            0.40111638748087514,
            0.4131040222118222,
            0.43019710976883163,
            0.5718380075059265,
            0.9842914345620478,
            0.9847862795693539,
            1.0,
            0.939992175189521
          ],
          [
            0.41983929658616875,
            0.41189902907753057,
            0.43260024151222304,
            0.5734343060794669,
            0.9198624222705601,
            0.9323966096866447,
            0.939992175189521,
            1.0
          ]
        ]
      }
    },
    "musicnn-msd": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.5030994677842316,
            0.7083362192683612,
            0.5943348522081154,
            0.5630486032784631,
            0.8308331373117744,
            0.5845333789339135,
            0.4734505442009624
          ],
          [
            0.5030994677842316,
            1.0,
            0.24961523065766167,
            0.264973904116327,
            0.308368313282372,
            0.3761018834014583,
            0.326805132843192,
            0.30391305060240287
          ],
          [
            0.7083362192683612,
            0.24961523065766167,
            1.0,
            0.8028733895923065,
            0.65509684118214,
            0.8027916930607047,
            0.5238954688006148,
            0.41833993827214455
          ],
          [
            0.5943348522081154,
            0.264973904116327,
            0.8028733895923065,
            1.0,
            0.741532387223678,
            0.7471562221813686,
            0.583793905186724,
            0.47380910363520734
          ],
          [
            0.5630486032784631,
            0.308368313282372,
            0.65509684118214,
            0.741532387223678,
            1.0,
            0.6998394549720087,
            0.6565021870001474,
            0.599157070737555
          ],
          [
            0.8308331373117744,
            0.3761018834014583,
            0.8027916930607047,
            0.7471562221813686,
            0.6998394549720087,
            1.0,
            0.7569240892724661,
            0.5888865257388414
          ],
          [
            0.5845333789339135,
            0.326805132843192,
            0.5238954688006148,
            0.583793905186724,
            0.6565021870001474,
            0.7569240892724661,
            1.0,
            0.8737126577895072
          ],
          [
            0.4734505442009624,
            0.30391305060240287,
            0.41833993827214455,
            0.47380910363520734,
            0.599157070737555,
            0.5888865257388414,
            0.8737126577895072,
            1.0
          ]
        ]
      }
    },
    "musicnn-mtt": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.3391025743664587,
            0.7842035053124568,
            0.4117886891870552,
            0.34160413698287867,
            0.7751626064570772,
            0.441142620597929,
            0.13277356671972554
          ],
          [
            0.3391025743664587,
            1.0,
            0.33998256035873753,
            0.14717227565519558,
            0.11833228187474532,
            0.30003707334243246,
            0.21323355687880685,
            0.09345391114688557
          ],
          [
            0.7842035053124568,
            0.33998256035873753,
            1.0,
            0.7052342390799723,
            0.5446500843964037,
            0.748660437589816,
            0.5591006720571086,
            0.22986721910471614
          ],
          [
            0.4117886891870552,
            0.14717227565519558,
            0.7052342390799723,
            1.0,
            0.7737558390698104,
            0.7176017111078195,
            0.7059785599154695,
            0.35399222945809633
          ],
          [
            0.34160413698287867,
            0.11833228187474532,
            0.5446500843964037,
            0.7737558390698104,
            1.0,
            0.690106240095866,
            0.7029048864289436,
            0.39441295007316435
          ],
          [
            0.7751626064570772,
            0.30003707334243246,
            0.748660437589816,
            0.7176017111078195,
            0.690106240095866,
            1.0,
            0.7620975781076161,
            0.35827968377845404
          ],
          [
            0.441142620597929,
            0.21323355687880685,
            0.5591006720571086,
            0.7059785599154695,
            0.7029048864289436,
            0.7620975781076161,
            1.0,
            0.6257927823530579
          ],
          [
            0.13277356671972554,
            0.09345391114688557,
            0.22986721910471614,
            0.35399222945809633,
            0.39441295007316435,
            0.35827968377845404,
            0.6257927823530579,
            1.0
          ]
        ]
      }
    },
    "vgg-msd": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.7751254958971601,
            0.55283729056764,
            0.4992582713200813,
            0.33593905157976667,
            0.20888200763921141
          ],
          [
            0.7751254958971601,
            1.0,
            0.8643484291907768,
            0.711067170424436,
            0.47913502623017884,
            0.2873767411580392
          ],
          [
            0.55283729056764,
            0.8643484291907768,
            1.0,
            0.8137880371304259,
            0.5476324661038943,
            0.31929084596401586
          ],
          [
            0.4992582713200813,
            0.711067170424436,
            0.8137880371304259,
            1.0,
            0.691634823025424,
            0.4215903566063493
          ],
          [
            0.33593905157976667,
            0.47913502623017884,
            0.5476324661038943,
            0.691634823025424,
            1.0,
            0.7516633046585617
          ],
          [
            0.20888200763921141,
            0.2873767411580392,
            0.31929084596401586,
            0.4215903566063493,
            0.7516633046585617,
            1.0
          ]
        ]
      }
    },
    "vgg-mtt": {
      "synth-pitch": {
        "task": "synth-pitch",
        "vs": null,
        "clips": 576,
        "layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "vs_layers": [
          0,
          1,
          2,
          3,
          4,
          5
        ],
        "measure": "cka",
        "matrix": [
          [
            1.0,
            0.7809167197123215,
            0.5427576559567463,
            0.4170997123277113,
            0.3007444864161987,
            0.12719084184420174
          ],
          [
            0.7809167197123215,
            1.0,
            0.8446137980897421,
            0.6867729663158979,
            0.4931866477733172,
            0.22455193943034568
          ],
          [
            0.5427576559567463,
            0.8446137980897421,
            1.0,
            0.8465465159635417,
            0.604231098516672,
            0.27552922849230804
          ],
          [
            0.4170997123277113,
            0.6867729663158979,
            0.8465465159635417,
            1.0,
            0.6582878871055857,
            0.31003649811793516
          ],
          [
            0.3007444864161987,
            0.4931866477733172,
            0.604231098516672,
            0.6582878871055857,
            1.0,
            0.7171171354101004
          ],
          [
            0.12719084184420174,
            0.22455193943034568,
            0.27552922849230804,
            0.31003649811793516,
            0.7171171354101004,
            1.0
          ]
        ]
      }
    }
  }
};
