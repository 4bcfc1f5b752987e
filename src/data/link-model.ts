import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.6: P 0.82 (50/61) R 0.23 (50/213) traps 8/553.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.3598,
    weights: {
      anchorSim: 0.745,
      clock: 0.0775,
      contextSim: 1.1702,
      contrastClash: -1.324,
      "date.anchorSim": 0.745,
      "date.clock": 0.4254,
      "date.contextSim": -0.8517,
      "date.contrastClash": -0.5914,
      "date.entityDiverge": 0.4543,
      "date.entityShared": 0.7761,
      "date.entityUnnamed": 0.1486,
      "date.headAdjacent": -0.3698,
      "date.headsApart": 0.7244,
      "date.keyInOther": 0.7763,
      "date.keyInSentence": -0.3269,
      "date.keyMissing": 0.3862,
      "date.keySim": 0.2273,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.071,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.4599,
      "date.predicateSim": -0.2166,
      "date.publishedApart": 0.6131,
      "date.quantityRarity": 0.3237,
      "date.revised": -0.9241,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": -0.4139,
      "date.termSim": 0.4089,
      "date.totalMismatch": 0.614,
      entityDiverge: -0.3877,
      entityShared: -0.1251,
      entityUnnamed: -0.4473,
      headAdjacent: 0.2671,
      headsApart: -0.369,
      keyInOther: -0.2425,
      keyInSentence: 0.964,
      keyMissing: 0.0625,
      keySim: 0.0421,
      "kind:age": 0.6008,
      "kind:count": -0.5532,
      "kind:date": -0.8655,
      "kind:duration": 0.0689,
      "kind:measure": 0.5103,
      "kind:money": 0.4539,
      "kind:points": 0.0394,
      "kind:rate": -0.2326,
      "kind:ratio": 0.0134,
      "kind:share": -0.0353,
      modifierMismatch: -0.7121,
      momentClash: -0.0501,
      momentOne: 0.1278,
      ownerClash: -0.6432,
      past: -0.2464,
      pastMoment: -0.8313,
      predicateBoth: 0.0491,
      predicateSim: 0.2547,
      publishedApart: -0.0445,
      quantityRarity: 1.557,
      revised: -0.0879,
      roleMismatch: -0.0402,
      running: 0.1164,
      runningApart: 0.3489,
      sentenceSim: 3.0706,
      termSim: 1.5289,
      totalMismatch: -0.0318
    }
  },
  clash: {
    base: -2.7915,
    rate: 0.1,
    trees: [
      {
        feature: "sim",
        below: 0.01073367639165976,
        left: {
          feature: "support",
          below: 0.2786994254080825,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8363
            },
            right: {
              value: 0.6258
            }
          },
          right: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 3.8562
            },
            right: {
              value: 0.6258
            }
          }
        },
        right: {
          feature: "marginA",
          below: 1.1404164345333259,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: 4.6129
            },
            right: {
              value: 5.0051
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5668920963676174,
            left: {
              value: 9.0547
            },
            right: {
              value: 14.8573
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.19903825643328335,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.36204394213388325,
            left: {
              value: -0.8997
            },
            right: {
              value: -0.0441
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.9665
            },
            right: {
              value: 0.2374
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: 1.2112
            },
            right: {
              value: 4.4283
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: 0.9665
            },
            right: {
              value: 2.5405
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.19903825643328335,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.2419
            },
            right: {
              value: -0.9237
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.6019
            },
            right: {
              value: 0.2124
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: 1.6221
            },
            right: {
              value: 3.3484
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: 0.6019
            },
            right: {
              value: 1.9722
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.29340295781749903,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.3652
            },
            right: {
              value: -0.9342
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.2631
            },
            right: {
              value: 0.1369
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "marginB",
            below: -0.04132779241027533,
            left: {
              value: 0.2631
            },
            right: {
              value: 2.3043
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.0423
            },
            right: {
              value: 0.2631
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1252065568006206,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.009
            },
            right: {
              value: -0.8812
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7021
            },
            right: {
              value: 0.0118
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: 2.2526
            },
            right: {
              value: 0.7021
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.19290210098735688,
            left: {
              value: 0.7021
            },
            right: {
              value: 0.7021
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.36204394213388325,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.16470935245617943,
            left: {
              value: -0.9084
            },
            right: {
              value: -0.3975
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.0359
            },
            right: {
              value: -0.0514
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 1.3488
            },
            right: {
              value: 4.2157
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.6418
            },
            right: {
              value: 0.0359
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.29340295781749903,
        left: {
          feature: "sentenceSim",
          below: 0.12260276414619804,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.913
            },
            right: {
              value: -0.5696
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.06
            },
            right: {
              value: -0.5696
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5813286570870584,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0895
            },
            right: {
              value: 1.0164
            }
          },
          right: {
            feature: "marginA",
            below: 0.24658614311982144,
            left: {
              value: 1.0164
            },
            right: {
              value: 2.0384
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.36204394213388325,
        left: {
          feature: "sentenceSim",
          below: 0.14216432625149852,
          left: {
            feature: "support",
            below: 0.08406051516971419,
            left: {
              value: -0.9197
            },
            right: {
              value: -0.5557
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.0431
            },
            right: {
              value: -0.5557
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "termSim",
            below: 0.1679550285218866,
            left: {
              value: 0.3542
            },
            right: {
              value: 1.5588
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0431
            },
            right: {
              value: 0.7066
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.15576623909271275,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.3546
            },
            right: {
              value: -0.8808
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0223
            },
            right: {
              value: 0.0223
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5813286570870584,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0419
            },
            right: {
              value: 0.9291
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: 1.7237
            },
            right: {
              value: 0.9291
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.15576623909271275,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.14216432625149852,
            left: {
              value: -0.8701
            },
            right: {
              value: -0.3518
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0036
            },
            right: {
              value: 0.0036
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 1.3833
            },
            right: {
              value: 0.0036
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.29627591184940505,
            left: {
              value: 0.0036
            },
            right: {
              value: 0.9587
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.36204394213388325,
        left: {
          feature: "sentenceSim",
          below: 0.14216432625149852,
          left: {
            feature: "support",
            below: 0.08406051516971419,
            left: {
              value: -0.8839
            },
            right: {
              value: -0.4829
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.0924
            },
            right: {
              value: -0.4829
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7285857892798602,
          left: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.9163
            },
            right: {
              value: -0.0924
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.0924
            },
            right: {
              value: 0.0513
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0.1297742632169236,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.3854
            },
            right: {
              value: -0.847
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.0691
            },
            right: {
              value: -0.1614
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 1.2781
            },
            right: {
              value: -0.0691
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.0691
            },
            right: {
              value: 0.7327
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.060177586007082076,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1362
            },
            right: {
              value: -0.1362
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.8882
            },
            right: {
              value: -0.5364
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.7212
            },
            right: {
              value: 2.4355
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.29627591184940505,
            left: {
              value: -0.1362
            },
            right: {
              value: 0.7261
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1252065568006206,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.1021
            },
            right: {
              value: -0.7483
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.295
            },
            right: {
              value: -0.1021
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5813286570870584,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.7497
            },
            right: {
              value: 0.295
            }
          },
          right: {
            value: 1.3702
          }
        }
      },
      {
        feature: "termSim",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.4239
            },
            right: {
              value: -0.8631
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1441
            },
            right: {
              value: -0.3151
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7285857892798602,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.9641
            },
            right: {
              value: 0.0402
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1441
            },
            right: {
              value: 1.7045
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.060177586007082076,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1312
            },
            right: {
              value: -0.1312
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: -0.8386
            },
            right: {
              value: -0.4375
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: 0.4042
            },
            right: {
              value: -0.1312
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 2.7872
            },
            right: {
              value: 1.1301
            }
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.12260276414619804,
        left: {
          feature: "support",
          below: 0.08406051516971419,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.8425
            },
            right: {
              value: -0.5161
            }
          },
          right: {
            feature: "distance",
            below: 0.4180244644839294,
            left: {
              value: -0.2231
            },
            right: {
              value: -0.5161
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.8317
            },
            right: {
              value: -0.2231
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2231
            },
            right: {
              value: 1.458
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: -0.3999
            },
            right: {
              value: -0.8247
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1515
            },
            right: {
              value: -0.2782
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: -0.1515
            },
            right: {
              value: 0.4392
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.231
            },
            right: {
              value: 0.4392
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.12260276414619804,
            left: {
              value: -0.5387
            },
            right: {
              value: 0.4988
            }
          },
          right: {
            value: 2.504
          }
        },
        right: {
          feature: "marginB",
          below: 1.1252065568006206,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6646
            },
            right: {
              value: 0.0203
            }
          },
          right: {
            feature: "contextSim",
            below: -0.01413861119434437,
            left: {
              value: 0.0203
            },
            right: {
              value: 0.9847
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.5770902262125375,
        left: {
          feature: "support",
          below: 0.07255251511282283,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8143
            },
            right: {
              value: -0.5231
            }
          },
          right: {
            feature: "distance",
            below: 0.4180244644839294,
            left: {
              value: -0.2785
            },
            right: {
              value: -0.5231
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7285857892798602,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.4268
            },
            right: {
              value: -0.2785
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2785
            },
            right: {
              value: 1.1678
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: -0.0213
            },
            right: {
              value: 0.9943
            }
          },
          right: {
            value: 2.234
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.794
            },
            right: {
              value: -0.4132
            }
          },
          right: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: 0.2048
            },
            right: {
              value: -0.4132
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "sentenceSim",
          below: 0.05481545878285393,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: -0.7874
            },
            right: {
              value: -0.1694
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.0047
            },
            right: {
              value: 0.7253
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9867
          },
          right: {
            value: 1.2544
          }
        }
      },
      {
        feature: "keyInSentence",
        below: 0.7,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: -0.2402
            },
            right: {
              value: -0.9743
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1029
            },
            right: {
              value: -0.1432
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1297742632169236,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.1029
            },
            right: {
              value: 0.46
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.1309
            },
            right: {
              value: 0.46
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.7285857892798602,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.4214
            },
            right: {
              value: 0.2625
            }
          },
          right: {
            value: -0.9766
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: 0.5525
            },
            right: {
              value: 2.3909
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1690308509457033,
            left: {
              value: 0.5031
            },
            right: {
              value: 0.5031
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.3157
            },
            right: {
              value: 0.164
            }
          },
          right: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: 0.164
            },
            right: {
              value: 0.7353
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9705
          },
          right: {
            value: 0.9297
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.3185
            },
            right: {
              value: -0.7098
            }
          },
          right: {
            value: 1.8741
          }
        },
        right: {
          feature: "marginA",
          below: 0.060177586007082076,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8393
            },
            right: {
              value: -0.3441
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.29627591184940505,
            left: {
              value: -0.2379
            },
            right: {
              value: 0.6005
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: -0.7611
            },
            right: {
              value: -0.1755
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.3313
            },
            right: {
              value: -0.1755
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9623
          },
          right: {
            value: 0.8596
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "termSim",
          below: 0.5813286570870584,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1556
            },
            right: {
              value: 0.3042
            }
          },
          right: {
            feature: "marginA",
            below: 0.24658614311982144,
            left: {
              value: 0.3042
            },
            right: {
              value: 1.0311
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9556
          },
          right: {
            value: 0.7739
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.7285857892798602,
          left: {
            feature: "sentenceSim",
            below: 0,
            left: {
              value: -0.6198
            },
            right: {
              value: 0.1071
            }
          },
          right: {
            value: -0.9486
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: 0.4411
            },
            right: {
              value: 1.9257
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1690308509457033,
            left: {
              value: 0.3854
            },
            right: {
              value: 0.3854
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.2818
            },
            right: {
              value: 0.1302
            }
          },
          right: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: 0.1302
            },
            right: {
              value: 0.6069
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9413
          },
          right: {
            value: 0.5784
          }
        }
      },
      {
        feature: "keyInSentence",
        below: 0.7,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4454
            },
            right: {
              value: -0.147
            }
          },
          right: {
            feature: "distance",
            below: 0.46598000289067926,
            left: {
              value: 0.0882
            },
            right: {
              value: -0.147
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1297742632169236,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: 0.0882
            },
            right: {
              value: 0.3743
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.9563
            },
            right: {
              value: 0.3743
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "marginA",
            below: 1.1404164345333259,
            left: {
              value: -0.5821
            },
            right: {
              value: -0.108
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0867
            },
            right: {
              value: 1.3657
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9315
          },
          right: {
            value: 0.535
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.12260276414619804,
        left: {
          feature: "support",
          below: 0.07255251511282283,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.6922
            },
            right: {
              value: -0.3759
            }
          },
          right: {
            feature: "sim",
            below: -0.6232927226585903,
            left: {
              value: -0.1309
            },
            right: {
              value: -0.1309
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.5681
            },
            right: {
              value: -0.1309
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1309
            },
            right: {
              value: 0.6994
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "marginA",
            below: 1.1404164345333259,
            left: {
              value: -0.6897
            },
            right: {
              value: -0.0309
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.5257
            },
            right: {
              value: -0.0309
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.1
            },
            right: {
              value: -0.7204
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.4052
            },
            right: {
              value: -0.3559
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.2565
            },
            right: {
              value: -0.4177
            }
          },
          right: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.576
            },
            right: {
              value: 0.641
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9202
          },
          right: {
            value: 0.4425
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.1124
            },
            right: {
              value: 0.5326
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.4749
            },
            right: {
              value: 0.5957
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.19
            },
            right: {
              value: 2.0085
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.9018
            },
            right: {
              value: -0.38
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0717
            },
            right: {
              value: 0.674
            }
          },
          right: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.5383
            },
            right: {
              value: 0.5575
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9089
          },
          right: {
            value: 0.3439
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1651
            },
            right: {
              value: 0.3034
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6431
            },
            right: {
              value: 1.1643
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8994
          },
          right: {
            value: 0.3156
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: 0.0893
            },
            right: {
              value: -0.8343
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: 0.4954
            },
            right: {
              value: 1.559
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1664
            },
            right: {
              value: 1.7261
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8826
            },
            right: {
              value: -0.3458
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: 0.2229
            },
            right: {
              value: -0.2118
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.2118
            },
            right: {
              value: 0.4955
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: -0.7768
            },
            right: {
              value: -0.2118
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12260276414619804,
            left: {
              value: -0.4991
            },
            right: {
              value: -0.2118
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.04
            },
            right: {
              value: -0.6141
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2204
            },
            right: {
              value: 0.2976
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.9021
          },
          right: {
            feature: "marginA",
            below: 0.15576623909271275,
            left: {
              value: -0.2698
            },
            right: {
              value: 0.0512
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.2053
            },
            right: {
              value: -0.6007
            }
          },
          right: {
            value: 1.3187
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: -0.7993
            },
            right: {
              value: -0.1297
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2852
            },
            right: {
              value: -0.3133
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5048
            },
            right: {
              value: -0.0981
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0652
            },
            right: {
              value: 0.901
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8727
          },
          right: {
            value: 0.2157
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.0547783281104321,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7291
            },
            right: {
              value: -0.4199
            }
          },
          right: {
            feature: "sim",
            below: -0.748637892461568,
            left: {
              value: -0.1797
            },
            right: {
              value: -0.1797
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0518
            },
            right: {
              value: 0.5751
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.1791
            },
            right: {
              value: -0.1797
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0577
            },
            right: {
              value: 0.581
            }
          },
          right: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.5002
            },
            right: {
              value: 0.4935
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8597
          },
          right: {
            value: 0.2023
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: 0.1934
            },
            right: {
              value: -0.1287
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5935
            },
            right: {
              value: -0.1287
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.1445
            },
            right: {
              value: 1.515
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.847
            },
            right: {
              value: -0.2949
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2067
            },
            right: {
              value: -0.2155
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: -0.6812
            },
            right: {
              value: 0.1044
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8666
          },
          right: {
            feature: "marginA",
            below: 0.15576623909271275,
            left: {
              value: -0.233
            },
            right: {
              value: 0.0605
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "support",
            below: 0.0547783281104321,
            left: {
              value: -0.4004
            },
            right: {
              value: -0.0502
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8246
            },
            right: {
              value: -0.0502
            }
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.5124
            },
            right: {
              value: -0.0502
            }
          },
          right: {
            feature: "keySim",
            below: 0,
            left: {
              value: -0.0502
            },
            right: {
              value: 0.6741
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4574
            },
            right: {
              value: -0.0901
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0273
            },
            right: {
              value: 0.7837
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8526
          },
          right: {
            feature: "marginA",
            below: 0.15576623909271275,
            left: {
              value: -0.2312
            },
            right: {
              value: 0.0585
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1154
            },
            right: {
              value: 0.2655
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3838
            },
            right: {
              value: 0.5028
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8745
            },
            right: {
              value: -0.3022
            }
          },
          right: {
            value: 0.225
          }
        }
      },
      {
        feature: "distance",
        below: 0.12265892843153148,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.1059
            },
            right: {
              value: 0.763
            }
          },
          right: {
            feature: "marginB",
            below: 0.5788996589679316,
            left: {
              value: -0.8467
            },
            right: {
              value: 0.1971
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.1255
            },
            right: {
              value: -0.6403
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.1666
            },
            right: {
              value: -0.2545
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4528
            },
            right: {
              value: -0.08
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.043
            },
            right: {
              value: 0.7617
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8639
            },
            right: {
              value: -0.3169
            }
          },
          right: {
            value: 0.1827
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: 0.0424
            },
            right: {
              value: 0.3884
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1616
            },
            right: {
              value: 0.4727
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.5763
            },
            right: {
              value: -0.1616
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12260276414619804,
            left: {
              value: -0.4432
            },
            right: {
              value: -0.1616
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.2616
            },
            right: {
              value: -0.6149
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4124
            },
            right: {
              value: 0.141
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.36492511911415315,
            left: {
              value: -0.738
            },
            right: {
              value: 0.0291
            }
          },
          right: {
            value: 0.7263
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.7285857892798602,
            left: {
              value: 0.0553
            },
            right: {
              value: -0.714
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: 0.3081
            },
            right: {
              value: 1.1516
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1275
            },
            right: {
              value: 1.3354
            }
          },
          right: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: -0.7599
            },
            right: {
              value: -0.1926
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0013
            },
            right: {
              value: 1.2376
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.35
            },
            right: {
              value: 0.687
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8708
            },
            right: {
              value: -0.2867
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.2908
            },
            right: {
              value: -0.2867
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.17640008919479558,
            left: {
              value: -0.321
            },
            right: {
              value: 0.1185
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4831
            },
            right: {
              value: 0.6986
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.847
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4218
            },
            right: {
              value: 0.4402
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1663
            },
            right: {
              value: -0.1471
            }
          },
          right: {
            feature: "marginB",
            below: 1.1252065568006206,
            left: {
              value: -0.4076
            },
            right: {
              value: 0.4245
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.8378
            },
            right: {
              value: -0.3444
            }
          },
          right: {
            value: 0.0934
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.032762180612286564,
            left: {
              value: -0.3696
            },
            right: {
              value: 0.1528
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3525
            },
            right: {
              value: 0.4565
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.7901
          },
          right: {
            feature: "marginA",
            below: 0.15576623909271275,
            left: {
              value: -0.1719
            },
            right: {
              value: 0.0594
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "contextSim",
            below: -0.01413861119434437,
            left: {
              value: -0.108
            },
            right: {
              value: 0.2088
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.144
            },
            right: {
              value: 0.3812
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.5409
            },
            right: {
              value: -0.144
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.19290210098735688,
            left: {
              value: -0.2189
            },
            right: {
              value: -0.144
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.1623
            },
            right: {
              value: -0.0761
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4568
            },
            right: {
              value: 0.5918
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.7742
          },
          right: {
            feature: "quantityRarity",
            below: 0.2182178902359924,
            left: {
              value: -0.1696
            },
            right: {
              value: 0.0602
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0276
            },
            right: {
              value: 0.6058
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: -0.4897
            },
            right: {
              value: 0.0598
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29627591184940505,
          left: {
            value: -0.7584
          },
          right: {
            feature: "marginA",
            below: 0.24658614311982144,
            left: {
              value: -0.1808
            },
            right: {
              value: 0.0826
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0853
            },
            right: {
              value: 0.7857
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.1846
            },
            right: {
              value: 0.9528
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.09578658833147133,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7253
            },
            right: {
              value: -0.2904
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3888
            },
            right: {
              value: -0.2904
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.18487844713327475,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1511
            },
            right: {
              value: -0.602
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.7426
            },
            right: {
              value: -0.0195
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.7204
            },
            right: {
              value: 0.0958
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: -0.2636
            },
            right: {
              value: 0.7098
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1282
            },
            right: {
              value: 0.8191
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.159
            },
            right: {
              value: -0.089
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.8081
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.4077
            },
            right: {
              value: -0.3991
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4183
            },
            right: {
              value: -0.0692
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0313
            },
            right: {
              value: 0.55
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7948
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3769
            },
            right: {
              value: -0.3972
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.032762180612286564,
            left: {
              value: -0.3571
            },
            right: {
              value: 0.1505
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3139
            },
            right: {
              value: 0.4153
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.787
            },
            right: {
              value: -0.3186
            }
          },
          right: {
            value: 0.0826
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "distance",
          below: 0.3110177367897956,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0663
            },
            right: {
              value: -0.5733
            }
          },
          right: {
            feature: "support",
            below: 0.020642013505917458,
            left: {
              value: -0.4905
            },
            right: {
              value: 0.6981
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            value: -0.8601
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.716
            },
            right: {
              value: -0.4926
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0754
            },
            right: {
              value: 0.7503
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.1703
            },
            right: {
              value: 0.8625
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8242
            },
            right: {
              value: -0.2507
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2373
            },
            right: {
              value: -0.2507
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.3333333333333333,
        left: {
          feature: "marginB",
          below: 1.1252065568006206,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.0758
            },
            right: {
              value: -0.4065
            }
          },
          right: {
            value: 0.0239
          }
        },
        right: {
          feature: "support",
          below: 0.028731469196020546,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0239
            },
            right: {
              value: 0.1413
            }
          },
          right: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: 0.1413
            },
            right: {
              value: 0.8274
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0265
            },
            right: {
              value: 0.2532
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3999
            },
            right: {
              value: -0.1043
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7667
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3627
            },
            right: {
              value: -0.3852
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4963
            },
            right: {
              value: -0.0883
            }
          },
          right: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: 0.0363
            },
            right: {
              value: 0.6427
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.7,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.5315
            },
            right: {
              value: 0.0315
            }
          },
          right: {
            feature: "marginB",
            below: 0.24193999999999996,
            left: {
              value: 0.0315
            },
            right: {
              value: 0.8386
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0044
            },
            right: {
              value: 0.8066
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.3032
            },
            right: {
              value: 0.6288
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.09578658833147133,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6781
            },
            right: {
              value: -0.2673
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3454
            },
            right: {
              value: -0.2673
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.12260276414619804,
            left: {
              value: -0.3333
            },
            right: {
              value: 0.1326
            }
          },
          right: {
            value: 1.0405
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.5268
            },
            right: {
              value: 0.2716
            }
          },
          right: {
            feature: "distance",
            below: 0.26034817128955623,
            left: {
              value: -0.6938
            },
            right: {
              value: 0.2642
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4607
            },
            right: {
              value: -0.0714
            }
          },
          right: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: 0.0366
            },
            right: {
              value: 0.5668
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "headAdjacent",
            below: 0,
            left: {
              value: -0.8763
            },
            right: {
              value: -0.2392
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.5367
            },
            right: {
              value: -0.471
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1088
            },
            right: {
              value: 0.1594
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.0181
            },
            right: {
              value: -0.9124
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7512
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3503
            },
            right: {
              value: -0.3851
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0352
            },
            right: {
              value: 0.6682
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: -0.4321
            },
            right: {
              value: 0.6441
            }
          }
        },
        right: {
          feature: "support",
          below: 0.028731469196020546,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.7163
            },
            right: {
              value: -0.3183
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.1086
            },
            right: {
              value: -0.3183
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0565
            },
            right: {
              value: -0.3615
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: 0.2489
            },
            right: {
              value: 0.9968
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5668920963676174,
          left: {
            feature: "contextSim",
            below: 0.005567814289461015,
            left: {
              value: -0.5129
            },
            right: {
              value: 0.135
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7833
            },
            right: {
              value: 0.135
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: -0.0371
            },
            right: {
              value: 0.4843
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 1.0928
            },
            right: {
              value: 0.4843
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.4944
            },
            right: {
              value: 0.2405
            }
          },
          right: {
            feature: "distance",
            below: 0.26034817128955623,
            left: {
              value: -0.6747
            },
            right: {
              value: 0.2317
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "distance",
          below: 0.26034817128955623,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0632
            },
            right: {
              value: -0.7283
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0872
            },
            right: {
              value: 0.7281
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "headAdjacent",
            below: 0,
            left: {
              value: -0.8513
            },
            right: {
              value: -0.1931
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4266
            },
            right: {
              value: -0.4505
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0992
            },
            right: {
              value: -0.4013
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0084
            },
            right: {
              value: -0.7397
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7316
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3251
            },
            right: {
              value: -0.3782
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.16
            },
            right: {
              value: -0.4687
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: -0.4093
            },
            right: {
              value: 0.5645
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.3159
            },
            right: {
              value: -0.3362
            }
          },
          right: {
            value: -0.8688
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19498828674475335,
            left: {
              value: 0.0766
            },
            right: {
              value: -0.4923
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.4539
            },
            right: {
              value: 0.3938
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.724
            },
            right: {
              value: -0.2962
            }
          },
          right: {
            value: 0.0559
          }
        }
      },
      {
        feature: "distance",
        below: 0.4180244644839294,
        left: {
          feature: "distance",
          below: 0.3110177367897956,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0497
            },
            right: {
              value: -0.462
            }
          },
          right: {
            feature: "support",
            below: 0.020642013505917458,
            left: {
              value: -0.6628
            },
            right: {
              value: 0.7134
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "headAdjacent",
            below: 0,
            left: {
              value: -0.8939
            },
            right: {
              value: 0.2049
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.3248
            },
            right: {
              value: -0.2567
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3602972505309342,
        left: {
          feature: "support",
          below: 0.07255251511282283,
          left: {
            value: -0.7977
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3149
            },
            right: {
              value: -0.2189
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.0955
            },
            right: {
              value: -0.2189
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2,
            left: {
              value: -0.2189
            },
            right: {
              value: 0.0499
            }
          }
        }
      },
      {
        feature: "marginA",
        below: -0.17640008919479558,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6234
            },
            right: {
              value: -0.1168
            }
          },
          right: {
            feature: "contextSim",
            below: 0.05976266786178176,
            left: {
              value: -0.2958
            },
            right: {
              value: -0.1168
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.19498828674475335,
          left: {
            feature: "contextSim",
            below: 0,
            left: {
              value: -0.0117
            },
            right: {
              value: 0.2575
            }
          },
          right: {
            feature: "support",
            below: 0.2786994254080825,
            left: {
              value: -0.1168
            },
            right: {
              value: 0.4109
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "kind:length",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.2142
            },
            right: {
              value: -0.0328
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.5339
            },
            right: {
              value: 0.6251
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.09578658833147133,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.247
            },
            right: {
              value: -0.8274
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2925
            },
            right: {
              value: -0.247
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "distance",
          below: 0.5948129914075636,
          left: {
            feature: "distance",
            below: 0.5133040281930393,
            left: {
              value: 0.0111
            },
            right: {
              value: -0.8222
            }
          },
          right: {
            feature: "termSim",
            below: 0.1297742632169236,
            left: {
              value: -0.1531
            },
            right: {
              value: 0.562
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6973
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3168
            },
            right: {
              value: -0.3563
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.01073367639165976,
          left: {
            value: -0.7555
          },
          right: {
            value: -0.2188
          }
        },
        right: {
          feature: "distance",
          below: 0.032762180612286564,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.2188
            },
            right: {
              value: 0.474
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.1078
            },
            right: {
              value: -0.1676
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "kind:length",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1188
            },
            right: {
              value: -0.1331
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.6409
            },
            right: {
              value: 0.1889
            }
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.09578658833147133,
            left: {
              value: -0.5342
            },
            right: {
              value: 0.2576
            }
          },
          right: {
            feature: "marginB",
            below: 0.5788996589679316,
            left: {
              value: -0.7764
            },
            right: {
              value: 0.2007
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0271
            },
            right: {
              value: 0.1778
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.37
            },
            right: {
              value: -0.0948
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6847
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.2867
            },
            right: {
              value: -0.3586
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "distance",
          below: 0.26034817128955623,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0372
            },
            right: {
              value: -0.6882
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0814
            },
            right: {
              value: 0.625
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.7,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.4816
            },
            right: {
              value: 0.0089
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: 0.0089
            },
            right: {
              value: 0.7633
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0285
            },
            right: {
              value: 0.4897
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: -0.39
            },
            right: {
              value: 0.4736
            }
          }
        },
        right: {
          feature: "support",
          below: 0.028731469196020546,
          left: {
            feature: "contextSim",
            below: -0.10941054715858005,
            left: {
              value: -0.2888
            },
            right: {
              value: -0.7455
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.1047
            },
            right: {
              value: -0.2888
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.4180244644839294,
        left: {
          feature: "distance",
          below: 0.26034817128955623,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0353
            },
            right: {
              value: -0.6622
            }
          },
          right: {
            feature: "support",
            below: 0.020642013505917458,
            left: {
              value: -0.7031
            },
            right: {
              value: 0.564
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.806
            },
            right: {
              value: 0.4847
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2501
            },
            right: {
              value: -0.2329
            }
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0113
            },
            right: {
              value: -0.345
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.042
            },
            right: {
              value: 1.072
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "sentenceSim",
            below: 0.1065777220005241,
            left: {
              value: 0.2074
            },
            right: {
              value: 1.5521
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.6522
            },
            right: {
              value: 1.1523
            }
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.05976266786178176,
            left: {
              value: -0.0368
            },
            right: {
              value: 0.2104
            }
          },
          right: {
            feature: "marginB",
            below: 0.24193999999999996,
            left: {
              value: -0.4577
            },
            right: {
              value: 0.1491
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "sentenceSim",
            below: 0.1065777220005241,
            left: {
              value: 0.1998
            },
            right: {
              value: 1.4812
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.6193
            },
            right: {
              value: 1.0994
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0.19498828674475335,
        left: {
          feature: "contextSim",
          below: 0.05976266786178176,
          left: {
            feature: "marginA",
            below: -0.17640008919479558,
            left: {
              value: -0.4129
            },
            right: {
              value: 0.005
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.1598
            },
            right: {
              value: 1.1661
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.7185
            },
            right: {
              value: 0.2091
            }
          },
          right: {
            value: 0.9597
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0234
            },
            right: {
              value: -0.3136
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0955
            },
            right: {
              value: 0.59
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "sentenceSim",
            below: 0.1065777220005241,
            left: {
              value: 0.1926
            },
            right: {
              value: 1.4092
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.5897
            },
            right: {
              value: 1.049
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4351
            },
            right: {
              value: -0.0664
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.037
            },
            right: {
              value: 0.5654
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.005567814289461015,
          left: {
            feature: "termSim",
            below: 0.1679550285218866,
            left: {
              value: -0.7591
            },
            right: {
              value: 0.0435
            }
          },
          right: {
            feature: "contextSim",
            below: 0.07910621585228356,
            left: {
              value: 1.1202
            },
            right: {
              value: -0.3693
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.0294
            },
            right: {
              value: 0.3332
            }
          },
          right: {
            feature: "termSim",
            below: 0.1679550285218866,
            left: {
              value: -0.3731
            },
            right: {
              value: 1.0101
            }
          }
        },
        right: {
          value: -0.5418
        }
      },
      {
        feature: "marginB",
        below: -0.3602972505309342,
        left: {
          feature: "support",
          below: 0.07255251511282283,
          left: {
            value: -0.7714
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2988
            },
            right: {
              value: -0.1865
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "contextSim",
            below: -0.01413861119434437,
            left: {
              value: -0.1149
            },
            right: {
              value: 0.1332
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2,
            left: {
              value: -0.1865
            },
            right: {
              value: 0.0722
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "distance",
          below: 0.4180244644839294,
          left: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: 0.0291
            },
            right: {
              value: 0.4048
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7795
            },
            right: {
              value: -0.01
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "termSim",
            below: 0.1679550285218866,
            left: {
              value: -0.8766
            },
            right: {
              value: -0.0285
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.27252254181110747,
            left: {
              value: -0.2874
            },
            right: {
              value: 0.8687
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1303
            },
            right: {
              value: -0.3964
            }
          },
          right: {
            feature: "marginA",
            below: 0.6348551801986062,
            left: {
              value: -0.3612
            },
            right: {
              value: 0.4156
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.2944
            },
            right: {
              value: -0.2825
            }
          },
          right: {
            value: -0.8368
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "contextSim",
          below: 0.19498828674475335,
          left: {
            feature: "runningApart",
            below: 0,
            left: {
              value: 0.0682
            },
            right: {
              value: -0.4328
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.6527
            },
            right: {
              value: 0.717
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.1538
            },
            right: {
              value: 1.2442
            }
          },
          right: {
            value: -0.8804
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.01073367639165976,
          left: {
            value: -0.7282
          },
          right: {
            value: -0.1896
          }
        },
        right: {
          feature: "distance",
          below: 0.032762180612286564,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1896
            },
            right: {
              value: 0.4458
            }
          },
          right: {
            feature: "termSim",
            below: 0.5813286570870584,
            left: {
              value: 0.0116
            },
            right: {
              value: 0.3526
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.032762180612286564,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8006
            },
            right: {
              value: 0.4007
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.1568
            },
            right: {
              value: -0.0664
            }
          }
        },
        right: {
          value: 0.3988
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.0254
            },
            right: {
              value: -0.2046
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.1971
            },
            right: {
              value: -0.244
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.5457
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.0982
            },
            right: {
              value: 0.0408
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0377
            },
            right: {
              value: 0.557
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: -0.5129
            },
            right: {
              value: 0.1107
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.10941054715858005,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.8031
            },
            right: {
              value: -0.4751
            }
          },
          right: {
            feature: "support",
            below: 0.028731469196020546,
            left: {
              value: -0.7175
            },
            right: {
              value: -0.0545
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "distance",
          below: 0.5948129914075636,
          left: {
            feature: "distance",
            below: 0.5133040281930393,
            left: {
              value: 0.0069
            },
            right: {
              value: -0.7738
            }
          },
          right: {
            feature: "termSim",
            below: 0.1297742632169236,
            left: {
              value: -0.0898
            },
            right: {
              value: 0.5102
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6421
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3138
            },
            right: {
              value: -0.3166
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19498828674475335,
            left: {
              value: 0.0501
            },
            right: {
              value: -0.419
            }
          },
          right: {
            feature: "distance",
            below: 0.12265892843153148,
            left: {
              value: 0.0415
            },
            right: {
              value: -0.8598
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.19903825643328335,
          left: {
            value: -0.5308
          },
          right: {
            feature: "marginA",
            below: 0.24658614311982144,
            left: {
              value: -0.098
            },
            right: {
              value: 0.0455
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0.05976266786178176,
        left: {
          feature: "marginA",
          below: -0.17640008919479558,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.4993
            },
            right: {
              value: -0.1909
            }
          },
          right: {
            feature: "distance",
            below: 0.032762180612286564,
            left: {
              value: -0.1909
            },
            right: {
              value: 0.0427
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "sim",
            below: -0.5476228960342304,
            left: {
              value: -0.7435
            },
            right: {
              value: 0.082
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.1408
            },
            right: {
              value: 2.2753
            }
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.032762180612286564,
            left: {
              value: -0.3845
            },
            right: {
              value: 0.0908
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10941054715858005,
            left: {
              value: 0.5274
            },
            right: {
              value: -0.3535
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12265892843153148,
          left: {
            feature: "marginA",
            below: -0.038615749860479734,
            left: {
              value: -0.6418
            },
            right: {
              value: 0.5546
            }
          },
          right: {
            feature: "distance",
            below: 0.3110177367897956,
            left: {
              value: -0.7313
            },
            right: {
              value: 0.2579
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46598000289067926,
        left: {
          feature: "distance",
          below: 0.26034817128955623,
          left: {
            feature: "distance",
            below: 0.18487844713327475,
            left: {
              value: 0.0313
            },
            right: {
              value: -0.6211
            }
          },
          right: {
            feature: "support",
            below: 0.020642013505917458,
            left: {
              value: -0.4865
            },
            right: {
              value: 0.3363
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.005567814289461015,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.0366
            },
            right: {
              value: -0.8661
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1407
            },
            right: {
              value: 1.3618
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.032762180612286564,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7455
            },
            right: {
              value: 0.4036
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.10660035817780521,
            left: {
              value: -0.5354
            },
            right: {
              value: 0.0491
            }
          }
        },
        right: {
          value: 0.379
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1166
            },
            right: {
              value: -0.3656
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.284
            },
            right: {
              value: 0.8834
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.2551
            },
            right: {
              value: -0.2633
            }
          },
          right: {
            value: -0.8095
          }
        }
      },
      {
        feature: "distance",
        below: 0.9191505423955046,
        left: {
          feature: "distance",
          below: 0.5948129914075636,
          left: {
            feature: "distance",
            below: 0.46598000289067926,
            left: {
              value: 0.0208
            },
            right: {
              value: -0.4493
            }
          },
          right: {
            feature: "termSim",
            below: 0.1679550285218866,
            left: {
              value: -0.1656
            },
            right: {
              value: 0.4819
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.5178
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.0895
            },
            right: {
              value: 0.0381
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7285857892798602,
        left: {
          feature: "distance",
          below: 0.5948129914075636,
          left: {
            feature: "distance",
            below: 0.5133040281930393,
            left: {
              value: 0.005
            },
            right: {
              value: -0.7426
            }
          },
          right: {
            feature: "contextSim",
            below: 0.005567814289461015,
            left: {
              value: 0.0719
            },
            right: {
              value: 0.6793
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.6391
            },
            right: {
              value: -0.227
            }
          },
          right: {
            value: 0.0957
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3602972505309342,
        left: {
          feature: "support",
          below: 0.07255251511282283,
          left: {
            value: -0.7508
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2837
            },
            right: {
              value: -0.1667
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.01413861119434437,
          left: {
            feature: "contextSim",
            below: -0.039169822313038005,
            left: {
              value: 0.0404
            },
            right: {
              value: -0.1667
            }
          },
          right: {
            feature: "marginA",
            below: 1.1404164345333259,
            left: {
              value: -0.0251
            },
            right: {
              value: 0.4833
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.032762180612286564,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7125
            },
            right: {
              value: 0.3518
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.10660035817780521,
            left: {
              value: -0.5193
            },
            right: {
              value: 0.0454
            }
          }
        },
        right: {
          value: 0.342
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0333
            },
            right: {
              value: 0.4943
            }
          },
          right: {
            feature: "support",
            below: 0.07255251511282283,
            left: {
              value: -0.5009
            },
            right: {
              value: 0.1041
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.1525
            },
            right: {
              value: -0.5534
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.7598
            },
            right: {
              value: 0.5146
            }
          }
        }
      }
    ]
  },
  threshold: 0.6
};
