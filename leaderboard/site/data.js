window.LEADERBOARD = {
  "schema_version": 1,
  "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
  "tasks": {
    "synth-beat": {
      "version": 3,
      "protocol_hash": "044d337d670aa3e74df1c080b8753aba4afa8b78e251340bb76d5d1fd62565be",
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
      "protocol_hash": "c6a618366392fde890cb96d505426eef0033fe40644501f5cc8c6ecaa45966c4",
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
      "protocol_hash": "e056b6debbcb5638b21ab242ab7f99475e602a4f63f2b350864f62b58fa6be25",
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
      "protocol_hash": "c6a618366392fde890cb96d505426eef0033fe40644501f5cc8c6ecaa45966c4",
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
      "protocol_hash": "c6a618366392fde890cb96d505426eef0033fe40644501f5cc8c6ecaa45966c4",
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
      "protocol_hash": "b9ec65759dcd32fcd0a1bf291c4be6afabe8537c5527f511feec4c8475299901",
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
      "protocol_hash": "c6a618366392fde890cb96d505426eef0033fe40644501f5cc8c6ecaa45966c4",
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
      "protocol_hash": "eb3669e35dcce871bc3b1419d46a67cf78358e7c3ad76f4739c9594d96dac39c",
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
      "protocol_hash": "cfeab5d6f7c3e30ed58a306f1637d0d397abab9675608f660131d4100c703929",
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
      "model": "logmel",
      "params": 0,
      "mean": 68.33959598698469,
      "borda": 16,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 1
    },
    {
      "model": "chroma",
      "params": 0,
      "mean": 52.46785062148021,
      "borda": 3,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 2
    },
    {
      "model": "mfcc",
      "params": 0,
      "mean": 49.423640479384325,
      "borda": 10,
      "tasks_done": 9,
      "complete": true,
      "missing": [],
      "rank": 3
    },
    {
      "model": "madmom-key",
      "params": 665808,
      "mean": 99.30555555555557,
      "borda": 3,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-beat",
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "madmom-chroma",
      "params": 538124,
      "mean": 85.57135274019352,
      "borda": 4,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-beat",
        "synth-chord",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "random-madmom-chroma",
      "params": 538124,
      "mean": 85.57135274019352,
      "borda": 3,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-beat",
        "synth-chord",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "madmom-downbeats",
      "params": 99003,
      "mean": 78.8401143332437,
      "borda": 9,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "random-madmom-downbeats",
      "params": 99003,
      "mean": 78.8401143332437,
      "borda": 8,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "madmom-beats",
      "params": 89301,
      "mean": 78.55000686935686,
      "borda": 7,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "random-madmom-beats",
      "params": 89301,
      "mean": 78.55000686935686,
      "borda": 6,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "random-beatnet",
      "params": 402325,
      "mean": 77.8195079241631,
      "borda": 5,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "beatnet",
      "params": 402325,
      "mean": 76.05396133868577,
      "borda": 4,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    },
    {
      "model": "crepe-tiny",
      "params": 486552,
      "mean": 70.62634230926422,
      "borda": 1,
      "tasks_done": 1,
      "complete": false,
      "missing": [
        "synth-chord",
        "synth-chords",
        "synth-instrument",
        "synth-interval",
        "synth-key",
        "synth-pitch",
        "synth-tags",
        "synth-tempo"
      ],
      "rank": null
    }
  ],
  "per_task": {
    "synth-beat": [
      {
        "model": "madmom-downbeats",
        "score": 0.788401143332437,
        "std": 0.005742641161924536,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.8076891635984428,
        "last_layer_std": 0.0005017809715617546,
        "weighted_sum": 0.8432669944624483,
        "weighted_sum_std": 0.009411196050929074,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-downbeats",
        "score": 0.788401143332437,
        "std": 0.005742641161924536,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6497119134639174,
        "last_layer_std": 0.010650535696732421,
        "weighted_sum": 0.7759461859066207,
        "weighted_sum_std": 0.006652024767137365,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "madmom-beats",
        "score": 0.7855000686935686,
        "std": 0.009965462278781034,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.9375612870321158,
        "last_layer_std": 0.00038204030930914394,
        "weighted_sum": 0.925057387848744,
        "weighted_sum_std": 0.002162620352275678,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-beats",
        "score": 0.7855000686935686,
        "std": 0.009965462278781034,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.6377488296110592,
        "last_layer_std": 0.0,
        "weighted_sum": 0.7763665246001313,
        "weighted_sum_std": 0.006228349644759161,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "random-beatnet",
        "score": 0.7781950792416311,
        "std": 0.002501965304089359,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.5682001415529284,
        "last_layer_std": 0.016750069956402863,
        "weighted_sum": 0.7794702157156039,
        "weighted_sum_std": 0.008475935166324255,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 5,
        "fewer_test_clips": false
      },
      {
        "model": "beatnet",
        "score": 0.7605396133868577,
        "std": 0.013191394286532923,
        "layer": 1,
        "num_layers": 6,
        "last_layer": 0.791307754949889,
        "last_layer_std": 0.002185690371418516,
        "weighted_sum": 0.8219576003227868,
        "weighted_sum_std": 0.0046708712881484106,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 6,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.7463077284801644,
        "std": 0.003783265966437141,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7463077284801644,
        "last_layer_std": 0.003783265966437141,
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
        "model": "logmel",
        "score": 0.729094179491959,
        "std": 0.00748566133785467,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.729094179491959,
        "last_layer_std": 0.00748566133785467,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 8,
        "fewer_test_clips": false
      },
      {
        "model": "crepe-tiny",
        "score": 0.7062634230926422,
        "std": 0.009837250095709547,
        "layer": 0,
        "num_layers": 7,
        "last_layer": 0.5308768565155912,
        "last_layer_std": 0.01975149846820137,
        "weighted_sum": 0.6941612920252273,
        "weighted_sum_std": 0.00451701837569205,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 9,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.4462698041035826,
        "std": 0.0068388881238450406,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.4462698041035826,
        "last_layer_std": 0.0068388881238450406,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 10,
        "fewer_test_clips": false
      }
    ],
    "synth-chord": [
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
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.33928571428571425,
        "std": 0.029160592175990225,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.33928571428571425,
        "last_layer_std": 0.029160592175990225,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 56,
        "rank": 2,
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
        "rank": 3,
        "fewer_test_clips": false
      }
    ],
    "synth-chords": [
      {
        "model": "madmom-chroma",
        "score": 0.8557135274019352,
        "std": 0.0013367498239420712,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.7931264372551684,
        "last_layer_std": 0.001133327850801652,
        "weighted_sum": 0.8611224816586672,
        "weighted_sum_std": 0.0009396821953067876,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "random-madmom-chroma",
        "score": 0.8557135274019352,
        "std": 0.0013367498239420712,
        "layer": 0,
        "num_layers": 5,
        "last_layer": 0.3096556374949939,
        "last_layer_std": 0.0039899205584260815,
        "weighted_sum": 0.8537547157382411,
        "weighted_sum_std": 0.007724839728331968,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "logmel",
        "score": 0.827306066458194,
        "std": 0.0039271321155895204,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.827306066458194,
        "last_layer_std": 0.0039271321155895204,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 3,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.7292211416852918,
        "std": 0.0010501044015704772,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7292211416852918,
        "last_layer_std": 0.0010501044015704772,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 4,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.18736767424385492,
        "std": 0.0019138836969575135,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.18736767424385492,
        "last_layer_std": 0.0019138836969575135,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 30,
        "rank": 5,
        "fewer_test_clips": false
      }
    ],
    "synth-instrument": [
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
        "rank": 1,
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
        "rank": 2,
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
        "rank": 3,
        "fewer_test_clips": false
      }
    ],
    "synth-interval": [
      {
        "model": "logmel",
        "score": 0.3958333333333333,
        "std": 0.022502571869471726,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3958333333333333,
        "last_layer_std": 0.022502571869471726,
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
        "model": "mfcc",
        "score": 0.3819444444444444,
        "std": 0.027340305118096563,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.3819444444444444,
        "last_layer_std": 0.027340305118096563,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 96,
        "rank": 2,
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
        "rank": 3,
        "fewer_test_clips": false
      }
    ],
    "synth-key": [
      {
        "model": "madmom-key",
        "score": 0.9930555555555557,
        "std": 0.005670115145331411,
        "layer": 0,
        "num_layers": 8,
        "last_layer": 0.7787037037037038,
        "last_layer_std": 0.017060672011748396,
        "weighted_sum": 0.9703703703703704,
        "weighted_sum_std": 0.0065472850109865805,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 72,
        "rank": 1,
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
        "rank": 2,
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
        "rank": 3,
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
        "rank": 4,
        "fewer_test_clips": false
      }
    ],
    "synth-pitch": [
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
        "rank": 1,
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
        "rank": 2,
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
        "rank": 3,
        "fewer_test_clips": false
      }
    ],
    "synth-tags": [
      {
        "model": "mfcc",
        "score": 0.7686032148767449,
        "std": 0.006593410654260751,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7686032148767449,
        "last_layer_std": 0.006593410654260751,
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
        "model": "logmel",
        "score": 0.7624133033491383,
        "std": 0.006285218593167942,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7624133033491383,
        "last_layer_std": 0.006285218593167942,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.581788018553564,
        "std": 0.003962016096927771,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.581788018553564,
        "last_layer_std": 0.003962016096927771,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 80,
        "rank": 3,
        "fewer_test_clips": false
      }
    ],
    "synth-tempo": [
      {
        "model": "logmel",
        "score": 0.7758638461430868,
        "std": 0.004345981260745702,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.7758638461430868,
        "last_layer_std": 0.004345981260745702,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 1,
        "fewer_test_clips": false
      },
      {
        "model": "mfcc",
        "score": 0.6936885317166647,
        "std": 0.006223092818546695,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.6936885317166647,
        "last_layer_std": 0.006223092818546695,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 2,
        "fewer_test_clips": false
      },
      {
        "model": "chroma",
        "score": 0.5475326180458069,
        "std": 0.0027201786553387843,
        "layer": 0,
        "num_layers": 1,
        "last_layer": 0.5475326180458069,
        "last_layer_std": 0.0027201786553387843,
        "weighted_sum": null,
        "weighted_sum_std": null,
        "published": null,
        "skipped": 0,
        "verified": null,
        "test_clips": 50,
        "rank": 3,
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
          "model": "logmel",
          "params": 0,
          "mean": 70.0,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.32098765432099,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 42.986111111111114,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
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
          "mean": 62.07980774611094,
          "borda": 8,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 57.169847325201076,
          "borda": 3,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 26.327710374614888,
          "borda": 1,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 99.30555555555557,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-interval"
          ],
          "rank": null
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-interval",
            "synth-key"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-interval",
            "synth-key"
          ],
          "rank": null
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
          "mean": 75.24790128175229,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.99981300984146,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 49.69012110746947,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 9,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 8,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 7,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 6,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 77.8195079241631,
          "borda": 5,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.05396133868577,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.62634230926422,
          "borda": 1,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
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
          "mean": 76.86032148767448,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 76.24133033491383,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.1788018553564,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
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
          "mean": 68.33959598698469,
          "borda": 16,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 52.46785062148021,
          "borda": 3,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 49.423640479384325,
          "borda": 10,
          "tasks_done": 9,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 99.30555555555557,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-beat",
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-beat",
            "synth-chord",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-beat",
            "synth-chord",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 9,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 8,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 7,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 6,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 77.8195079241631,
          "borda": 5,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.05396133868577,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.62634230926422,
          "borda": 1,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-instrument",
            "synth-interval",
            "synth-key",
            "synth-pitch",
            "synth-tags",
            "synth-tempo"
          ],
          "rank": null
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
          "mean": 70.0,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 59.32098765432099,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 42.986111111111114,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
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
          "mean": 62.07980774611094,
          "borda": 8,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 57.169847325201076,
          "borda": 3,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 26.327710374614888,
          "borda": 1,
          "tasks_done": 4,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-key",
          "params": 665808,
          "mean": 99.30555555555557,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-chords",
            "synth-interval"
          ],
          "rank": null
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-interval",
            "synth-key"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chord",
            "synth-interval",
            "synth-key"
          ],
          "rank": null
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
          "mean": 75.24790128175229,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 71.99981300984146,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 49.69012110746947,
          "borda": 0,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 9,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 8,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 7,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 6,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 77.8195079241631,
          "borda": 5,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.05396133868577,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.62634230926422,
          "borda": 1,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-tempo"
          ],
          "rank": null
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
          "mean": 76.86032148767448,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 76.24133033491383,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.1788018553564,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
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
          "mean": 77.82001229750765,
          "borda": 4,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 58.774547289443724,
          "borda": 1,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 46.68377013620096,
          "borda": 3,
          "tasks_done": 2,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-beat"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 3,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-beat"
          ],
          "rank": null
        },
        {
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 9,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 8,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 7,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 6,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 77.8195079241631,
          "borda": 5,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.05396133868577,
          "borda": 4,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.62634230926422,
          "borda": 1,
          "tasks_done": 1,
          "complete": false,
          "missing": [
            "synth-chords"
          ],
          "rank": null
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
          "model": "madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-chroma",
          "params": 538124,
          "mean": 85.57135274019352,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 82.7306066458194,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 72.92211416852919,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 18.73676742438549,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
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
          "model": "madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 9,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 1
        },
        {
          "model": "random-madmom-downbeats",
          "params": 99003,
          "mean": 78.8401143332437,
          "borda": 8,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 2
        },
        {
          "model": "madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 7,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 3
        },
        {
          "model": "random-madmom-beats",
          "params": 89301,
          "mean": 78.55000686935686,
          "borda": 6,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 4
        },
        {
          "model": "random-beatnet",
          "params": 402325,
          "mean": 77.8195079241631,
          "borda": 5,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 5
        },
        {
          "model": "beatnet",
          "params": 402325,
          "mean": 76.05396133868577,
          "borda": 4,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 6
        },
        {
          "model": "mfcc",
          "params": 0,
          "mean": 74.63077284801643,
          "borda": 3,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 7
        },
        {
          "model": "logmel",
          "params": 0,
          "mean": 72.9094179491959,
          "borda": 2,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 8
        },
        {
          "model": "crepe-tiny",
          "params": 486552,
          "mean": 70.62634230926422,
          "borda": 1,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 9
        },
        {
          "model": "chroma",
          "params": 0,
          "mean": 44.62698041035826,
          "borda": 0,
          "tasks_done": 1,
          "complete": true,
          "missing": [],
          "rank": 10
        }
      ]
    }
  ],
  "models": {
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
    }
  },
  "per_model_layers": {
    "beatnet": {
      "synth-beat": {
        "scores": {
          "0": 0.793945005390917,
          "1": 0.7605396133868577,
          "2": 0.7057671842739467,
          "3": 0.8046997621639993,
          "4": 0.8045617036080103,
          "5": 0.791307754949889
        },
        "selected": 1,
        "layer_weights": [
          0.16135448714097342,
          0.11152542879184087,
          0.033220577985048294,
          0.3688882489999135,
          0.30436499913533527,
          0.020646240562200546
        ],
        "std": {
          "0": 0.004773600736560816,
          "1": 0.013191394286532923,
          "2": 0.006586635074071608,
          "3": 0.0038014827999454316,
          "4": 0.008095118040893644,
          "5": 0.002185690371418516
        },
        "valid": {
          "0": 0.8618669946995747,
          "1": 0.8662520982380193,
          "2": 0.8316478870723509,
          "3": 0.8101844733164402,
          "4": 0.8362139862239828,
          "5": 0.8234573772351738
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
      }
    },
    "chroma": {
      "synth-beat": {
        "scores": {
          "0": 0.4462698041035826
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0068388881238450406
        },
        "valid": {
          "0": 0.5244565987107023
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chord": {
        "scores": {
          "0": 0.33928571428571425
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.029160592175990225
        },
        "valid": {
          "0": 0.38690476190476186
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-chords": {
        "scores": {
          "0": 0.7292211416852918
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0010501044015704772
        },
        "valid": {
          "0": 0.6496493663190984
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
          "0": 0.581788018553564
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.003962016096927771
        },
        "valid": {
          "0": 0.5371477254021322
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
          "0": 0.0027201786553387843
        },
        "valid": {
          "0": 0.04733614126841227
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
          "0": 0.7062634230926422,
          "1": 0.5903051364894638,
          "2": 0.4788612483645393,
          "3": 0.49317321614309706,
          "4": 0.6016767508552633,
          "5": 0.6221263788791694,
          "6": 0.5308768565155912
        },
        "selected": 0,
        "layer_weights": [
          0.3383052845795949,
          0.37017902731895447,
          0.04594810431202253,
          0.02147652395069599,
          0.039101008946696915,
          0.10293665528297424,
          0.08205342292785645
        ],
        "std": {
          "0": 0.009837250095709547,
          "1": 0.008350874166524865,
          "2": 0.009436166090893173,
          "3": 0.02307772692117171,
          "4": 0.003890099020428635,
          "5": 0.009246195763849064,
          "6": 0.01975149846820137
        },
        "valid": {
          "0": 0.7242050437153528,
          "1": 0.6226551753377351,
          "2": 0.5646648185282106,
          "3": 0.5703082549979869,
          "4": 0.6834007921170868,
          "5": 0.7063748519642795,
          "6": 0.6116513933004731
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
          "0": 0.729094179491959
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.00748566133785467
        },
        "valid": {
          "0": 0.820453630317061
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
          "0": 0.827306066458194
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0039271321155895204
        },
        "valid": {
          "0": 0.7246355371081786
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
          "0": 0.3958333333333333
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.022502571869471726
        },
        "valid": {
          "0": 0.3333333333333333
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
          "0": 0.7624133033491383
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006285218593167942
        },
        "valid": {
          "0": 0.7434508303359997
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-tempo": {
        "scores": {
          "0": 0.7758638461430868
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.004345981260745702
        },
        "valid": {
          "0": 0.776998778184255
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
          "0": 0.7855000686935686,
          "1": 0.7129705241338792,
          "2": 0.8490606900433421,
          "3": 0.915737323412511,
          "4": 0.9375612870321158
        },
        "selected": 0,
        "layer_weights": [
          0.3146795630455017,
          0.04141091431180636,
          0.07399005442857742,
          0.5466975371042887,
          0.023221923659245174
        ],
        "std": {
          "0": 0.009965462278781034,
          "1": 0.0025902845461589588,
          "2": 0.0036989828286170846,
          "3": 0.00173276785592934,
          "4": 0.00038204030930914394
        },
        "valid": {
          "0": 0.8757026020815148,
          "1": 0.794647555982591,
          "2": 0.8138159057618503,
          "3": 0.8464077283261234,
          "4": 0.8373123159054118
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
      }
    },
    "madmom-chroma": {
      "synth-chords": {
        "scores": {
          "0": 0.8557135274019352,
          "1": 0.8301676032637929,
          "2": 0.7797188466965718,
          "3": 0.7813212129396526,
          "4": 0.7931264372551684
        },
        "selected": 0,
        "layer_weights": [
          0.33262813091278076,
          0.37470463911692303,
          0.08068470035990079,
          0.15827812751134238,
          0.053704362362623215
        ],
        "std": {
          "0": 0.0013367498239420712,
          "1": 0.0029736279215464892,
          "2": 0.007850820712119462,
          "3": 0.007055433735810782,
          "4": 0.001133327850801652
        },
        "valid": {
          "0": 0.7733251670844149,
          "1": 0.7607502796509499,
          "2": 0.6990647053734463,
          "3": 0.7130088380245448,
          "4": 0.7123188519980806
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
      }
    },
    "madmom-downbeats": {
      "synth-beat": {
        "scores": {
          "0": 0.788401143332437,
          "1": 0.7493532154511914,
          "2": 0.7866057116157167,
          "3": 0.8157468293829577,
          "4": 0.8076891635984428
        },
        "selected": 0,
        "layer_weights": [
          0.14739799996217093,
          0.05491733178496361,
          0.08967727422714233,
          0.5587858160336813,
          0.14922154446442923
        ],
        "std": {
          "0": 0.005742641161924536,
          "1": 0.004563834123286277,
          "2": 0.008840338308709146,
          "3": 0.0004063113297619314,
          "4": 0.0005017809715617546
        },
        "valid": {
          "0": 0.8784932025418916,
          "1": 0.801168131138267,
          "2": 0.8172011736499843,
          "3": 0.8444891958312898,
          "4": 0.8424610753633953
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
      }
    },
    "madmom-key": {
      "synth-key": {
        "scores": {
          "0": 0.9930555555555557,
          "1": 0.9907407407407408,
          "2": 0.9814814814814815,
          "3": 0.9861111111111112,
          "4": 0.951388888888889,
          "5": 0.922685185185185,
          "6": 0.8842592592592592,
          "7": 0.7787037037037038
        },
        "selected": 0,
        "layer_weights": [
          0.12099096675713857,
          0.1290192504723867,
          0.12945841749509177,
          0.12874575952688852,
          0.12881672382354736,
          0.12100692838430405,
          0.12097952514886856,
          0.12098246564467748
        ],
        "std": {
          "0": 0.005670115145331411,
          "1": 0.0032736425054932642,
          "2": 0.005237828008789222,
          "3": 0.0,
          "4": 0.0019641855032959585,
          "5": 0.004583099507690674,
          "6": 0.008045438517121575,
          "7": 0.017060672011748396
        },
        "valid": {
          "0": 0.9861111111111112,
          "1": 0.9791666666666666,
          "2": 0.9750000000000001,
          "3": 0.9652777777777778,
          "4": 0.9722222222222222,
          "5": 0.9675925925925926,
          "6": 0.8430555555555556,
          "7": 0.7861111111111111
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
      }
    },
    "mfcc": {
      "synth-beat": {
        "scores": {
          "0": 0.7463077284801644
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.003783265966437141
        },
        "valid": {
          "0": 0.801810363115074
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
          "0": 0.18736767424385492
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.0019138836969575135
        },
        "valid": {
          "0": 0.23465887863452753
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
          "0": 0.4791666666666667
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      },
      "synth-interval": {
        "scores": {
          "0": 0.3819444444444444
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.027340305118096563
        },
        "valid": {
          "0": 0.2708333333333333
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
          "0": 0.7686032148767449
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006593410654260751
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
          "0": 0.6936885317166647
        },
        "selected": 0,
        "layer_weights": null,
        "std": {
          "0": 0.006223092818546695
        },
        "valid": {
          "0": 0.7419960300127665
        },
        "relation": {
          "0": "tied"
        },
        "weighted_sum_layers": null
      }
    },
    "random-beatnet": {
      "synth-beat": {
        "scores": {
          "0": 0.793945005390917,
          "1": 0.7781950792416311,
          "2": 0.723675747330109,
          "3": 0.7018539047036657,
          "4": 0.6823269769474766,
          "5": 0.5682001415529284
        },
        "selected": 1,
        "layer_weights": [
          0.42249931891759235,
          0.23726694782574972,
          0.13287769754727682,
          0.10972397774457932,
          0.08212394267320633,
          0.01550812398393949
        ],
        "std": {
          "0": 0.004773600736560816,
          "1": 0.002501965304089359,
          "2": 0.014238869862238162,
          "3": 0.007125578399799809,
          "4": 0.009035576355138466,
          "5": 0.016750069956402863
        },
        "valid": {
          "0": 0.8618669946995747,
          "1": 0.8657247725191087,
          "2": 0.8347763484733367,
          "3": 0.8047781166275164,
          "4": 0.778724499583809,
          "5": 0.560092892248938
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
      }
    },
    "random-madmom-beats": {
      "synth-beat": {
        "scores": {
          "0": 0.7855000686935686,
          "1": 0.7353534622099306,
          "2": 0.7377554394619823,
          "3": 0.7330353942518631,
          "4": 0.6377488296110592
        },
        "selected": 0,
        "layer_weights": [
          0.2554245591163635,
          0.10679271072149277,
          0.2647247662146886,
          0.25699012478192645,
          0.11606783668200175
        ],
        "std": {
          "0": 0.009965462278781034,
          "1": 0.007480846672792652,
          "2": 0.001680628180414345,
          "3": 0.004168885643096969,
          "4": 0.0
        },
        "valid": {
          "0": 0.8757026020815148,
          "1": 0.8085215979335377,
          "2": 0.7947764638498936,
          "3": 0.7887356920960752,
          "4": 0.6076042426294254
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
      }
    },
    "random-madmom-chroma": {
      "synth-chords": {
        "scores": {
          "0": 0.8557135274019352,
          "1": 0.8104365073943742,
          "2": 0.7242713145963933,
          "3": 0.6668890812058891,
          "4": 0.3096556374949939
        },
        "selected": 0,
        "layer_weights": [
          0.37165067593256634,
          0.37686484058698017,
          0.09147174904743831,
          0.07369906331102054,
          0.08631366988023122
        ],
        "std": {
          "0": 0.0013367498239420712,
          "1": 0.005846613196586131,
          "2": 0.003437044211836819,
          "3": 0.008295311885481979,
          "4": 0.0039899205584260815
        },
        "valid": {
          "0": 0.7733251670844149,
          "1": 0.716335214517606,
          "2": 0.6538060805674508,
          "3": 0.602219466961159,
          "4": 0.28430630403533996
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
      }
    },
    "random-madmom-downbeats": {
      "synth-beat": {
        "scores": {
          "0": 0.788401143332437,
          "1": 0.7176857353517168,
          "2": 0.7163794926817308,
          "3": 0.7215940052079999,
          "4": 0.6497119134639174
        },
        "selected": 0,
        "layer_weights": [
          0.25863871971766156,
          0.22850070893764496,
          0.08686297635237376,
          0.2028313328822454,
          0.2231662372748057
        ],
        "std": {
          "0": 0.005742641161924536,
          "1": 0.0032605200701957262,
          "2": 0.011930185217015115,
          "3": 0.00183511129218801,
          "4": 0.010650535696732421
        },
        "valid": {
          "0": 0.8784932025418916,
          "1": 0.7926185021558632,
          "2": 0.7745425668998545,
          "3": 0.7711292079039843,
          "4": 0.6868292342095836
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
      }
    }
  },
  "skipped": [],
  "similarity": {
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
      }
    }
  }
};
