window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-beat-dbn": {
      "version": 1,
      "protocol_hash": "54ef8c47bc2d240b46595b753f9c2382bbf88ff9592a87a091a6e06b9793ef03",
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
      "mean": 89.00224145156571,
      "borda": 1,
      "tasks_done": 1,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "random-madmom-beats",
      "params": 89301,
      "mean": 89.00224145156571,
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
        "score": 0.8900224145156571,
        "std": 0.006838669507090483,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.9043383976762058,
        "last_layer_std": 0.021098387562897086,
        "weighted_sum": 0.960731733486012,
        "weighted_sum_std": 0.00040290984682983554,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.8900224145156571,
        "std": 0.006838669507090483,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.3672798531508759,
        "last_layer_std": 0.00422111470944641,
        "weighted_sum": 0.8907068365173202,
        "weighted_sum_std": 0.0050532258840291595,
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
          "mean": 89.00224145156571,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 89.00224145156571,
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
          "mean": 89.00224145156571,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 89.00224145156571,
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
          "mean": 89.00224145156571,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 89.00224145156571,
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
          "0": 0.8900224145156571,
          "1": 0.8593731917666027,
          "2": 0.9311729141365005,
          "3": 0.9437045111956319,
          "4": 0.9043383976762058
        },
        "selected": 0,
        "layer_weights": [
          0.1919102519750595,
          0.035064478094379105,
          0.18446073432763418,
          0.5312608480453491,
          0.057303729156653084
        ],
        "std": {
          "0": 0.006838669507090483,
          "1": 0.00410296527355155,
          "2": 0.0012796966157836876,
          "3": 0.0,
          "4": 0.021098387562897086
        },
        "valid": {
          "0": 0.9375713811402351,
          "1": 0.8870174406322904,
          "2": 0.838520022228118,
          "3": 0.889393801024994,
          "4": 0.852712275276895
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
      }
    },
    "random-madmom-beats": {
      "synth-beat-dbn": {
        "scores": {
          "0": 0.8900224145156571,
          "1": 0.8513730609250069,
          "2": 0.8750336404476554,
          "3": 0.8789378665276376,
          "4": 0.3672798531508759
        },
        "selected": 0,
        "layer_weights": [
          0.5729795098304749,
          0.08701379348834355,
          0.12730531146128973,
          0.17713540295759836,
          0.03556600585579872
        ],
        "std": {
          "0": 0.006838669507090483,
          "1": 0.001122391716169119,
          "2": 0.003710812319706407,
          "3": 0.022089183058300828,
          "4": 0.00422111470944641
        },
        "valid": {
          "0": 0.9375713811402351,
          "1": 0.9076295769912636,
          "2": 0.8938668231436742,
          "3": 0.9099526643551425,
          "4": 0.36680783531367184
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
