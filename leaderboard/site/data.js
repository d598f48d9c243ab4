window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-beat": {
      "version": 2,
      "protocol_hash": "e5e155fc9bfc271090963ad6528c35bd997df8798c590a7e6a51b4bf86c722f5",
      "primary": "beat_f_measure",
      "higher_is_better": true,
      "family": "rhythmic",
      "suite": [
        "synth",
        "synth-frames"
      ],
      "data_hash": "c5a774fa0fef0a0488e4801b9c3e723acb457a11039571a8325406cfe6644361",
      "published": []
    },
    "synth-chord": {
      "version": 1,
      "protocol_hash": "39bbdb1ec6c6593ac35fe651e315635ee69a535d7ea71b83daf9e404cbb901fa",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "b1516c506cb1afc115596434bdb6ea62683d6d26e3e515b6a8fded0361d7e65a",
      "published": []
    },
    "synth-chords": {
      "version": 1,
      "protocol_hash": "74460f4c13990afa3a23449e4ec81baa0fe0ed2518496501a7199891cc9bbacc",
      "primary": "chord_majmin",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth",
        "synth-frames"
      ],
      "data_hash": "89ac959693fd3295698f1e2400de6255a05dc3999a7d38eacc1dc9e4ae137771",
      "published": []
    },
    "synth-instrument": {
      "version": 1,
      "protocol_hash": "39bbdb1ec6c6593ac35fe651e315635ee69a535d7ea71b83daf9e404cbb901fa",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "synth"
      ],
      "data_hash": "5843b45b3d0501494cc50ab7cf431261cec1c69a6de7d6f9708a92f3bf81765c",
      "published": []
    },
    "synth-interval": {
      "version": 1,
      "protocol_hash": "39bbdb1ec6c6593ac35fe651e315635ee69a535d7ea71b83daf9e404cbb901fa",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "0276aea72ab9183bd9e3386c5730040d915c8d0484fa0c6dc1058c314059a211",
      "published": []
    },
    "synth-key": {
      "version": 1,
      "protocol_hash": "203ab0a7681bc49b09020c7b5e7c6933573a3d14e16c457d044857e8e250411f",
      "primary": "key_weighted",
      "higher_is_better": true,
      "family": "harmonic",
      "suite": [
        "synth"
      ],
      "data_hash": "9245835a4f89275b773afeeba90345a3c863cede666c21659f9ae225a394a9aa",
      "published": []
    },
    "synth-pitch": {
      "version": 1,
      "protocol_hash": "39bbdb1ec6c6593ac35fe651e315635ee69a535d7ea71b83daf9e404cbb901fa",
      "primary": "accuracy",
      "higher_is_better": true,
      "family": "acoustic",
      "suite": [
        "synth"
      ],
      "data_hash": "5756558e2433cb7ccb5f815b04e9ab9d3c1d9479c4ac8b2267a9b92dbe186b86",
      "published": []
    },
    "synth-tags": {
      "version": 1,
      "protocol_hash": "0b1cf020340d1ee8680cfda5cbdd669fcbfd79aa1b32c386b27dce094ff40710",
      "primary": "roc_auc",
      "higher_is_better": true,
      "family": "semantic",
      "suite": [
        "synth"
      ],
      "data_hash": "77e96d8d4da937964797737987ebb9e568598b21ee94258a062eb717d05ba829",
      "published": []
    },
    "synth-tempo": {
      "version": 1,
      "protocol_hash": "60651f723816bccd558ed69faac41389896fedf4885c7e8145127e20e3337996",
      "primary": "r2",
      "higher_is_better": true,
      "family": "rhythmic",
      "suite": [
        "synth"
      ],
      "data_hash": "e3a5deb1207659fb007ef429ecf9d790f9fbba6ba8e15d784ff0fc23fc4414d7",
      "published": []
    }
  },
  "overall": [
    {
      "model": "logmel",
      "params": 0,
      "mean": 66.49922234961853,
      "borda": 23,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "crepe-tiny",
      "params": 486552,
      "mean": 59.5575840213366,
      "borda": 13,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 2
    },
    {
      "model": "mfcc",
      "params": 0,
      "mean": 48.72899502455045,
      "borda": 12,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 3
    },
    {
      "model": "chroma",
      "params": 0,
      "mean": 48.49273733528016,
      "borda": 6,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 4
    }
  ],
  "per_task": {
    "synth-beat": [
      {
        "model": "logmel",
        "score": 0.7679597473998395,
        "std": 0.006484602326461288,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7679597473998395,
        "last_layer_std": 0.006484602326461288,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "mfcc",
        "score": 0.7347647580300268,
        "std": 0.016738413141165524,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7347647580300268,
        "last_layer_std": 0.016738413141165524,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "crepe-tiny",
        "score": 0.6837885624437249,
        "std": 0.007606609610668156,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.5900250398373194,
        "last_layer_std": 0.014325695570202508,
        "weighted_sum": 0.6540319855209046,
        "weighted_sum_std": 0.015253799626967194,
        "published": null,
        "rank": 3
      },
      {
        "model": "chroma",
        "score": 0.5412853356885647,
        "std": 0.006957451359059719,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5412853356885647,
        "last_layer_std": 0.006957451359059719,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-chord": [
      {
        "model": "logmel",
        "score": 0.3988095238095238,
        "std": 0.036692940493862965,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3988095238095238,
        "last_layer_std": 0.036692940493862965,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "chroma",
        "score": 0.3452380952380953,
        "std": 0.030351306628528495,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3452380952380953,
        "last_layer_std": 0.030351306628528495,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "mfcc",
        "score": 0.3333333333333333,
        "std": 0.022271770159368712,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3333333333333333,
        "last_layer_std": 0.022271770159368712,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 3
      },
      {
        "model": "crepe-tiny",
        "score": 0.19047619047619047,
        "std": 0.008417937871268419,
        "layer": 1,
        "num_layers": 7,
        "last_layer": 0.21428571428571427,
        "last_layer_std": 0.02525381361380527,
        "weighted_sum": 0.17857142857142858,
        "weighted_sum_std": 0.0145802960879951,
        "published": null,
        "rank": 4
      }
    ],
    "synth-chords": [
      {
        "model": "logmel",
        "score": 0.7557493159881926,
        "std": 0.011081964897421871,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7557493159881926,
        "last_layer_std": 0.011081964897421871,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "crepe-tiny",
        "score": 0.5700305507106503,
        "std": 0.003829256052282209,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.5631372201843678,
        "last_layer_std": 0.0021450587569411374,
        "weighted_sum": 0.5907595538671139,
        "weighted_sum_std": 0.005014030117025554,
        "published": null,
        "rank": 2
      },
      {
        "model": "chroma",
        "score": 0.3007064357672431,
        "std": 0.0030660541698921593,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3007064357672431,
        "last_layer_std": 0.0030660541698921593,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 3
      },
      {
        "model": "mfcc",
        "score": 0.17401541360286366,
        "std": 0.00950027116099821,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.17401541360286366,
        "last_layer_std": 0.00950027116099821,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-instrument": [
      {
        "model": "mfcc",
        "score": 0.46249999999999997,
        "std": 0.017677669529663678,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.46249999999999997,
        "last_layer_std": 0.017677669529663678,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "logmel",
        "score": 0.3416666666666666,
        "std": 0.005892556509887875,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3416666666666666,
        "last_layer_std": 0.005892556509887875,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "crepe-tiny",
        "score": 0.30416666666666664,
        "std": 0.025685058345704073,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.17500000000000002,
        "last_layer_std": 0.01767766952966369,
        "weighted_sum": 0.23750000000000002,
        "weighted_sum_std": 0.010206207261596573,
        "published": null,
        "rank": 3
      },
      {
        "model": "chroma",
        "score": 0.18333333333333335,
        "std": 0.005892556509887902,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.18333333333333335,
        "last_layer_std": 0.005892556509887902,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-interval": [
      {
        "model": "crepe-tiny",
        "score": 0.4131944444444444,
        "std": 0.012991865926298411,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.2951388888888889,
        "last_layer_std": 0.004910463758239896,
        "weighted_sum": 0.3020833333333333,
        "weighted_sum_std": 0.01473139127471974,
        "published": null,
        "rank": 1
      },
      {
        "model": "logmel",
        "score": 0.375,
        "std": 0.022502571869471737,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.375,
        "last_layer_std": 0.022502571869471737,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "chroma",
        "score": 0.35763888888888884,
        "std": 0.01770492886664162,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.35763888888888884,
        "last_layer_std": 0.01770492886664162,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 3
      },
      {
        "model": "mfcc",
        "score": 0.34027777777777773,
        "std": 0.004910463758239922,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.34027777777777773,
        "last_layer_std": 0.004910463758239922,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-key": [
      {
        "model": "logmel",
        "score": 0.8624999999999999,
        "std": 0.012779790501705805,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.8624999999999999,
        "last_layer_std": 0.012779790501705805,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "chroma",
        "score": 0.860185185185185,
        "std": 0.010536858034019499,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.860185185185185,
        "last_layer_std": 0.010536858034019499,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "crepe-tiny",
        "score": 0.8296296296296296,
        "std": 0.005594002765553023,
        "layer": 5,
        "num_layers": 7,
        "last_layer": 0.7472222222222222,
        "last_layer_std": 0.024242643447381567,
        "weighted_sum": 0.7819444444444444,
        "weighted_sum_std": 0.011509076754311159,
        "published": null,
        "rank": 3
      },
      {
        "model": "mfcc",
        "score": 0.16296296296296298,
        "std": 0.0259672290044077,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.16296296296296298,
        "last_layer_std": 0.0259672290044077,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-pitch": [
      {
        "model": "crepe-tiny",
        "score": 1.0,
        "std": 0.0,
        "layer": 2,
        "num_layers": 7,
        "last_layer": 1.0,
        "last_layer_std": 0.0,
        "weighted_sum": 1.0,
        "weighted_sum_std": 0.0,
        "published": null,
        "rank": 1
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
        "rank": 2
      },
      {
        "model": "mfcc",
        "score": 0.7222222222222222,
        "std": 0.0075601535271086085,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7222222222222222,
        "last_layer_std": 0.0075601535271086085,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 3
      },
      {
        "model": "chroma",
        "score": 0.6111111111111112,
        "std": 0.020002286106197087,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.6111111111111112,
        "last_layer_std": 0.020002286106197087,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-tags": [
      {
        "model": "mfcc",
        "score": 0.7614472280016157,
        "std": 0.0018868750757049142,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7614472280016157,
        "last_layer_std": 0.0018868750757049142,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "logmel",
        "score": 0.755567412325567,
        "std": 0.002959685626259533,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.755567412325567,
        "last_layer_std": 0.002959685626259533,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "crepe-tiny",
        "score": 0.7048627867242,
        "std": 0.004306791993329917,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.6926103489120315,
        "last_layer_std": 0.0069327925419173505,
        "weighted_sum": 0.7079998978837176,
        "weighted_sum_std": 0.0029369991790914557,
        "published": null,
        "rank": 3
      },
      {
        "model": "chroma",
        "score": 0.5866899937260173,
        "std": 0.0078050113445137966,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5866899937260173,
        "last_layer_std": 0.0078050113445137966,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
      }
    ],
    "synth-tempo": [
      {
        "model": "logmel",
        "score": 0.7276773452758789,
        "std": 0.015234944926041221,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7276773452758789,
        "last_layer_std": 0.015234944926041221,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 1
      },
      {
        "model": "mfcc",
        "score": 0.6940858562787374,
        "std": 0.00834662129681139,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.6940858562787374,
        "last_layer_std": 0.00834662129681139,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 2
      },
      {
        "model": "crepe-tiny",
        "score": 0.6640337308247884,
        "std": 0.014569896060121748,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.590761661529541,
        "last_layer_std": 0.01063002566842956,
        "weighted_sum": 0.6618066430091858,
        "weighted_sum_std": 0.008925463771517926,
        "published": null,
        "rank": 3
      },
      {
        "model": "chroma",
        "score": 0.5781579812367758,
        "std": 0.02131810790805786,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5781579812367758,
        "last_layer_std": 0.02131810790805786,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 67.08333333333333,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 65.20833333333333,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.23611111111111,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 39.72222222222223,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 59.80147099494291,
          "borda": 11,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 50.08327038152287,
          "borda": 6,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 46.594215126985304,
          "borda": 6,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 25.264737191923444,
          "borda": 1,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 74.78185463378591,
          "borda": 6,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.44253071543821,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 67.39111466342567,
          "borda": 2,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 55.972165846267025,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "mfcc",
          "params": 0,
          "mean": 76.14472280016157,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.5567412325567,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.48627867242,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.668999372601725,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 66.49922234961853,
          "borda": 23,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 59.5575840213366,
          "borda": 13,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 48.72899502455045,
          "borda": 12,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 48.49273733528016,
          "borda": 6,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 67.08333333333333,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 65.20833333333333,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.23611111111111,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 39.72222222222223,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 59.80147099494291,
          "borda": 11,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 50.08327038152287,
          "borda": 6,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 46.594215126985304,
          "borda": 6,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 25.264737191923444,
          "borda": 1,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 74.78185463378591,
          "borda": 6,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.44253071543821,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 67.39111466342567,
          "borda": 2,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 55.972165846267025,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "mfcc",
          "params": 0,
          "mean": 76.14472280016157,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 75.5567412325567,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.48627867242,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.668999372601725,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 76.1854531694016,
          "borda": 6,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 62.69095565771876,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 45.43900858164453,
          "borda": 2,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 42.099588572790395,
          "borda": 1,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 75.57493159881926,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 57.003055071065035,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 30.070643576724308,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 17.401541360286366,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
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
          "model": "logmel",
          "params": 0,
          "mean": 76.79597473998395,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 73.47647580300269,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 68.37885624437249,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 54.128533568856476,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        }
      ]
    }
  ],
  "models": {
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
    "mfcc": {
      "entry": "mfcc",
      "adapter": "mfcc",
      "revision": null,
      "params": 0,
      "num_layers": 1,
      "layer_names": null,
      "sample_rate": 16000,
      "frame_rate": 50.0
    }
  },
  "per_model_layers": {
    "chroma": {
      "synth-beat": {
        "scores": {
          "0": 0.5412853356885647
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006957451359059719
        },
        "valid": {
          "0": 0.6696637785403382
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.3452380952380953
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.030351306628528495
        },
        "valid": {
          "0": 0.41071428571428575
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.3007064357672431
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0030660541698921593
        },
        "valid": {
          "0": 0.30462294353453084
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.18333333333333335
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.005892556509887902
        },
        "valid": {
          "0": 0.20833333333333334
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.35763888888888884
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.01770492886664162
        },
        "valid": {
          "0": 0.34375
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key": {
        "scores": {
          "0": 0.860185185185185
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.010536858034019499
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
          "0": 0.6111111111111112
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.020002286106197087
        },
        "valid": {
          "0": 0.6172839506172839
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tags": {
        "scores": {
          "0": 0.5866899937260173
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0078050113445137966
        },
        "valid": {
          "0": 0.5624778478969741
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.5781579812367758
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.02131810790805786
        },
        "valid": {
          "0": 0.334480086962382
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "crepe-tiny": {
      "synth-beat": {
        "scores": {
          "0": 0.7305943922721839,
          "1": 0.5645298373589371,
          "2": 0.5096252040019303,
          "3": 0.5886065858440536,
          "4": 0.6610297104366224,
          "5": 0.6837885624437249,
          "6": 0.5900250398373194
        },
        "selected": 5,
        "layer_weights": [
          0.18600878616174063,
          0.11766972889502843,
          0.11642050246397655,
          0.11781098196903865,
          0.11526477336883545,
          0.18088172872861227,
          0.1659434735774994
        ],
        "std": {
          "0": 0.01142289869521568,
          "1": 0.010510453693399927,
          "2": 0.01733509699296402,
          "3": 0.013662948512286995,
          "4": 0.0065499704624548405,
          "5": 0.007606609610668156,
          "6": 0.014325695570202508
        },
        "valid": {
          "0": 0.7300100303623375,
          "1": 0.5796234816748996,
          "2": 0.522205073402103,
          "3": 0.6528095015642637,
          "4": 0.7187489532580456,
          "5": 0.7344687070801843,
          "6": 0.6249280094847652
        },
        "relation": {
          "0": "tied",
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
      "synth-chord": {
        "scores": {
          "0": 0.2976190476190476,
          "1": 0.19047619047619047,
          "2": 0.2261904761904762,
          "3": 0.23214285714285712,
          "4": 0.23214285714285712,
          "5": 0.2738095238095238,
          "6": 0.21428571428571427
        },
        "selected": 1,
        "layer_weights": [
          0.15517104665438333,
          0.1372968852519989,
          0.13743514319260916,
          0.1373729556798935,
          0.13764527440071106,
          0.13787534832954407,
          0.15720335642496744
        ],
        "std": {
          "0": 0.030351306628528495,
          "1": 0.008417937871268419,
          "2": 0.03035130662852848,
          "3": 0.014580296087995112,
          "4": 0.03857583749052297,
          "5": 0.022271770159368688,
          "6": 0.02525381361380527
        },
        "valid": {
          "0": 0.3273809523809524,
          "1": 0.4047619047619047,
          "2": 0.36904761904761907,
          "3": 0.33928571428571436,
          "4": 0.33928571428571425,
          "5": 0.4047619047619047,
          "6": 0.3452380952380953
        },
        "relation": {
          "0": "better",
          "1": "tied",
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
      "synth-chords": {
        "scores": {
          "0": 0.5700305507106503,
          "1": 0.3821079059128765,
          "2": 0.5020232286600713,
          "3": 0.4561705851182067,
          "4": 0.5913782909756257,
          "5": 0.6342448368641415,
          "6": 0.5631372201843678
        },
        "selected": 0,
        "layer_weights": [
          0.19204193850358328,
          0.11931087076663971,
          0.11928857862949371,
          0.1194591869910558,
          0.11903206010659535,
          0.13899150242408118,
          0.19187580545743307
        ],
        "std": {
          "0": 0.003829256052282209,
          "1": 0.010673682612066396,
          "2": 0.006600849361713859,
          "3": 0.0010743269226135322,
          "4": 0.0031842363265948805,
          "5": 0.005052834064397986,
          "6": 0.0021450587569411374
        },
        "valid": {
          "0": 0.5877910899933462,
          "1": 0.3557976954238393,
          "2": 0.42058846994734855,
          "3": 0.4133266933214064,
          "4": 0.5005484573721349,
          "5": 0.5122863153881652,
          "6": 0.5079461638496584
        },
        "relation": {
          "0": "tied",
          "1": "worse",
          "2": "worse",
          "3": "worse",
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
      "synth-instrument": {
        "scores": {
          "0": 0.30416666666666664,
          "1": 0.2416666666666667,
          "2": 0.15833333333333333,
          "3": 0.1791666666666667,
          "4": 0.14583333333333334,
          "5": 0.1708333333333333,
          "6": 0.17500000000000002
        },
        "selected": 0,
        "layer_weights": [
          0.1833706796169281,
          0.1286701261997223,
          0.1281459480524063,
          0.1278234670559565,
          0.12776397665341696,
          0.12901636958122253,
          0.17520944774150848
        ],
        "std": {
          "0": 0.025685058345704073,
          "1": 0.038640077064565445,
          "2": 0.021245914639969932,
          "3": 0.021245914639969943,
          "4": 0.02124591463996993,
          "5": 0.021245914639969943,
          "6": 0.01767766952966369
        },
        "valid": {
          "0": 0.3458333333333334,
          "1": 0.275,
          "2": 0.32916666666666666,
          "3": 0.29583333333333334,
          "4": 0.2833333333333333,
          "5": 0.3,
          "6": 0.3375000000000001
        },
        "relation": {
          "0": "tied",
          "1": "tied",
          "2": "worse",
          "3": "tied",
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
      "synth-interval": {
        "scores": {
          "0": 0.21875,
          "1": 0.19791666666666666,
          "2": 0.22916666666666666,
          "3": 0.23958333333333334,
          "4": 0.40972222222222227,
          "5": 0.4131944444444444,
          "6": 0.2951388888888889
        },
        "selected": 5,
        "layer_weights": [
          0.2021107772986094,
          0.1181544562180837,
          0.1180717299381892,
          0.11802053948243459,
          0.11824264377355576,
          0.12905058761437735,
          0.1963492433230082
        ],
        "std": {
          "0": 0.02250257186947174,
          "1": 0.00850517271799715,
          "2": 0.00850517271799715,
          "3": 0.014731391274719754,
          "4": 0.017704928866641604,
          "5": 0.012991865926298411,
          "6": 0.004910463758239896
        },
        "valid": {
          "0": 0.2222222222222222,
          "1": 0.2465277777777778,
          "2": 0.2604166666666667,
          "3": 0.2604166666666667,
          "4": 0.34027777777777773,
          "5": 0.34722222222222215,
          "6": 0.3055555555555555
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
      "synth-key": {
        "scores": {
          "0": 0.6407407407407407,
          "1": 0.6259259259259259,
          "2": 0.6768518518518519,
          "3": 0.7236111111111111,
          "4": 0.8134259259259258,
          "5": 0.8296296296296296,
          "6": 0.7472222222222222
        },
        "selected": 5,
        "layer_weights": [
          0.15285231669743857,
          0.13509750862916312,
          0.13491006195545197,
          0.13490568101406097,
          0.13447625935077667,
          0.1331727852423986,
          0.1745853970448176
        ],
        "std": {
          "0": 0.005237828008789249,
          "1": 0.0292510537017246,
          "2": 0.029008241107075155,
          "3": 0.021546437552259462,
          "4": 0.010289866097635603,
          "5": 0.005594002765553023,
          "6": 0.024242643447381567
        },
        "valid": {
          "0": 0.6546296296296296,
          "1": 0.610185185185185,
          "2": 0.6578703703703704,
          "3": 0.6416666666666667,
          "4": 0.7611111111111111,
          "5": 0.8412037037037038,
          "6": 0.7847222222222222
        },
        "relation": {
          "0": "worse",
          "1": "worse",
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
      "synth-pitch": {
        "scores": {
          "0": 0.9722222222222222,
          "1": 0.9814814814814815,
          "2": 1.0,
          "3": 1.0,
          "4": 1.0,
          "5": 1.0,
          "6": 1.0
        },
        "selected": 2,
        "layer_weights": [
          0.14818771680196127,
          0.1374892145395279,
          0.13761855165163675,
          0.1375628262758255,
          0.13732589781284332,
          0.13693018754323324,
          0.16488559047381082
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
          "0": 0.9938271604938271,
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
          "0": 0.7048627867242,
          "1": 0.6812597078295966,
          "2": 0.6432612355180526,
          "3": 0.6600083060987217,
          "4": 0.677240221490326,
          "5": 0.6900948254179241,
          "6": 0.6926103489120315
        },
        "selected": 0,
        "layer_weights": [
          0.16022467613220215,
          0.13553950190544128,
          0.13501744469006857,
          0.13491500417391458,
          0.1349981278181076,
          0.13449278473854065,
          0.1648124655087789
        ],
        "std": {
          "0": 0.004306791993329917,
          "1": 0.0057150805971936496,
          "2": 0.002667062819710638,
          "3": 0.0022662056430453525,
          "4": 0.005486826719245045,
          "5": 0.0035726492473227445,
          "6": 0.0069327925419173505
        },
        "valid": {
          "0": 0.6770386266387364,
          "1": 0.657206995017889,
          "2": 0.6042143774074109,
          "3": 0.6275797007832512,
          "4": 0.6411490235528302,
          "5": 0.6475016416437475,
          "6": 0.6490792108395835
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
          "0": 0.6640337308247884,
          "1": 0.6314317385355631,
          "2": 0.4699185291926066,
          "3": 0.460130254427592,
          "4": 0.5104567805926005,
          "5": 0.649177610874176,
          "6": 0.590761661529541
        },
        "selected": 0,
        "layer_weights": [
          0.1442567159732183,
          0.13979574541250864,
          0.13574052850405374,
          0.13544688622156778,
          0.13607536753018698,
          0.1457149883111318,
          0.1629698028167089
        ],
        "std": {
          "0": 0.014569896060121748,
          "1": 0.015383649376809931,
          "2": 0.008405032094391893,
          "3": 0.002196475177108456,
          "4": 0.01589892369920177,
          "5": 0.015740230885483354,
          "6": 0.01063002566842956
        },
        "valid": {
          "0": 0.7368929982185364,
          "1": 0.5276045203208923,
          "2": 0.5054844419161478,
          "3": 0.5163232684135437,
          "4": 0.5507455070813497,
          "5": 0.5987435181935629,
          "6": 0.5835690895716349
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
      }
    },
    "logmel": {
      "synth-beat": {
        "scores": {
          "0": 0.7679597473998395
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006484602326461288
        },
        "valid": {
          "0": 0.7921076522118669
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.3988095238095238
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.036692940493862965
        },
        "valid": {
          "0": 0.4166666666666667
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.7557493159881926
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.011081964897421871
        },
        "valid": {
          "0": 0.6666804097938925
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.3416666666666666
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.005892556509887875
        },
        "valid": {
          "0": 0.3833333333333333
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.375
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.022502571869471737
        },
        "valid": {
          "0": 0.34375
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-key": {
        "scores": {
          "0": 0.8624999999999999
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.012779790501705805
        },
        "valid": {
          "0": 0.9004629629629628
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
          "0": 0.755567412325567
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.002959685626259533
        },
        "valid": {
          "0": 0.7374819945145644
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7276773452758789
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.015234944926041221
        },
        "valid": {
          "0": 0.740681012471517
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "mfcc": {
      "synth-beat": {
        "scores": {
          "0": 0.7347647580300268
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.016738413141165524
        },
        "valid": {
          "0": 0.7613712531935141
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.3333333333333333
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.022271770159368712
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
          "0": 0.17401541360286366
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.00950027116099821
        },
        "valid": {
          "0": 0.20759199804719142
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-instrument": {
        "scores": {
          "0": 0.46249999999999997
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.017677669529663678
        },
        "valid": {
          "0": 0.4666666666666666
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.34027777777777773
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.004910463758239922
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
          "0": 0.16296296296296298
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0259672290044077
        },
        "valid": {
          "0": 0.2648148148148148
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-pitch": {
        "scores": {
          "0": 0.7222222222222222
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0075601535271086085
        },
        "valid": {
          "0": 0.7376543209876543
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tags": {
        "scores": {
          "0": 0.7614472280016157
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0018868750757049142
        },
        "valid": {
          "0": 0.7443299770909819
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.6940858562787374
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.00834662129681139
        },
        "valid": {
          "0": 0.747350811958313
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    }
  },
  "skipped": [],
  "similarity": {
    "crepe-tiny": {
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
            0.46508421935307365,
            0.40750597781788245,
            0.36975052138116665,
            0.44546387616331046,
            0.4878577798039531,
            0.4248769298683135
          ],
          [
            0.46508421935307365,
            1.0,
            0.6303557280153732,
            0.4815539275220154,
            0.49195565166116634,
            0.4978861042388312,
            0.5010054374352175
          ],
          [
            0.40750597781788245,
            0.6303557280153732,
            1.0,
            0.6072496415265174,
            0.6248240345073269,
            0.6245802863190907,
            0.532193875950183
          ],
          [
            0.36975052138116665,
            0.4815539275220154,
            0.6072496415265174,
            1.0,
            0.8250121167250454,
            0.7569230584765188,
            0.5286781313179577
          ],
          [
            0.44546387616331046,
            0.49195565166116634,
            0.6248240345073269,
            0.8250121167250454,
            1.0,
            0.8770323097893109,
            0.5814672078207562
          ],
          [
            0.4878577798039531,
            0.4978861042388312,
            0.6245802863190907,
            0.7569230584765188,
            0.8770323097893109,
            1.0,
            0.6325841490194397
          ],
          [
            0.4248769298683135,
            0.5010054374352175,
            0.532193875950183,
            0.5286781313179577,
            0.5814672078207562,
            0.6325841490194397,
            1.0
          ]
        ]
      }
    }
  }
};
