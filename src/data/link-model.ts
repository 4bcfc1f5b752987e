import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.65: P 0.85 (53/62) R 0.20 (53/262) traps 5/674.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.2894,
    weights: {
      anchorSim: 0.6732,
      clock: -0.0026,
      contextSim: 0.7656,
      contrastClash: -1.3812,
      "date.anchorSim": 0.6732,
      "date.clock": 0.3578,
      "date.contextSim": -0.7986,
      "date.contrastClash": -0.5875,
      "date.entityDiverge": 0.2747,
      "date.entityShared": 0.9495,
      "date.entityUnnamed": 0.1712,
      "date.headAdjacent": -0.4351,
      "date.headsApart": 0.6613,
      "date.keyInOther": 1.0165,
      "date.keyInSentence": -0.4202,
      "date.keyMissing": 0.3601,
      "date.keySim": 0.3206,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.1811,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.3015,
      "date.predicateSim": -0.2492,
      "date.publishedApart": 0.8062,
      "date.quantityRarity": 0.5369,
      "date.revised": -0.7654,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": 0.1239,
      "date.termSim": 0.166,
      "date.totalMismatch": 0.5618,
      entityDiverge: -0.4365,
      entityShared: -0.1324,
      entityUnnamed: -0.5375,
      headAdjacent: 0.239,
      headsApart: -0.3193,
      keyInOther: -0.2619,
      keyInSentence: 0.9727,
      keyMissing: 0.1203,
      keySim: 0.0296,
      "kind:age": 0.5821,
      "kind:count": -0.4941,
      "kind:date": -0.9414,
      "kind:duration": 0.0921,
      "kind:measure": 0.5476,
      "kind:money": 0.5396,
      "kind:points": 0.0397,
      "kind:rate": -0.4602,
      "kind:ratio": 0.0119,
      "kind:share": 0.0827,
      modifierMismatch: -0.7036,
      momentClash: -0.1663,
      momentOne: 0.0677,
      ownerClash: -0.6773,
      past: -0.1885,
      pastMoment: -0.9405,
      predicateBoth: 0.0907,
      predicateSim: 0.4305,
      publishedApart: -0.1764,
      quantityRarity: 1.7724,
      revised: -0.1917,
      roleMismatch: -0.1044,
      running: -0.001,
      runningApart: 0.3902,
      sentenceSim: 3.0258,
      termSim: 1.3527,
      totalMismatch: -0.0848
    }
  },
  clash: {
    base: -2.717,
    rate: 0.1,
    trees: [
      {
        feature: "sim",
        below: 0.039835979226417746,
        left: {
          feature: "sim",
          below: -0.25734695733360036,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8805
            },
            right: {
              value: 0.0696
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 2.8028
            },
            right: {
              value: 0.0696
            }
          }
        },
        right: {
          feature: "marginA",
          below: 1.226342607303733,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 5.012
            },
            right: {
              value: 4.5209
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5674171701102816,
            left: {
              value: 8.6949
            },
            right: {
              value: 14.1987
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 1.226342607303733,
        left: {
          feature: "sim",
          below: -0.25734695733360036,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.86
            },
            right: {
              value: -0.042
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 1.6214
            },
            right: {
              value: -0.042
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.015395415304350443,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 2.2661
            },
            right: {
              value: 1.6214
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 4.403
            },
            right: {
              value: 1.6214
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.2103880488595387,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.25734695733360036,
            left: {
              value: -0.8391
            },
            right: {
              value: 0.202
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 1.1091
            },
            right: {
              value: 0.7121
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7243549348084978,
          left: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 3.0365
            },
            right: {
              value: 1.1091
            }
          },
          right: {
            value: 1.1091
          }
        }
      },
      {
        feature: "sim",
        below: -0.25734695733360036,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: -0.2723
            },
            right: {
              value: -0.8969
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.2731
            },
            right: {
              value: 0.091
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "termSim",
            below: 0.13227906495093025,
            left: {
              value: 0.7351
            },
            right: {
              value: 2.6072
            }
          },
          right: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: 0.2731
            },
            right: {
              value: 1.4103
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.25734695733360036,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: -0.315
            },
            right: {
              value: -0.8796
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.166
            },
            right: {
              value: 0.0822
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
              value: 0.447
            },
            right: {
              value: 2.0327
            }
          },
          right: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: 0.166
            },
            right: {
              value: 1.1968
            }
          }
        }
      },
      {
        feature: "sim",
        below: 0.039835979226417746,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.49248033439229977,
            left: {
              value: -0.8964
            },
            right: {
              value: -0.1827
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.5849
            },
            right: {
              value: 0.5849
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.17878897878341543,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.5849
            },
            right: {
              value: 0.5849
            }
          },
          right: {
            feature: "termSim",
            below: 0.573961153171374,
            left: {
              value: 1.2491
            },
            right: {
              value: 2.2
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3279602829912688,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2065
            },
            right: {
              value: -0.0022
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.16903208934930225,
            left: {
              value: -0.8989
            },
            right: {
              value: -0.3972
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
              value: 1.1893
            },
            right: {
              value: 4.2967
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0022
            },
            right: {
              value: 2.3751
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3279602829912688,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1901
            },
            right: {
              value: -0.0416
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.16903208934930225,
            left: {
              value: -0.8832
            },
            right: {
              value: -0.3722
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
              value: 1.0176
            },
            right: {
              value: 3.3278
            }
          },
          right: {
            feature: "marginB",
            below: 1.2103880488595387,
            left: {
              value: -0.0416
            },
            right: {
              value: 0.9145
            }
          }
        }
      },
      {
        feature: "sim",
        below: 0.039835979226417746,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.49248033439229977,
            left: {
              value: -0.8494
            },
            right: {
              value: -0.1831
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4069
            },
            right: {
              value: -0.0859
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: 1.0362
            },
            right: {
              value: 0.4069
            }
          },
          right: {
            feature: "marginA",
            below: 0.2928563831655391,
            left: {
              value: 1.0599
            },
            right: {
              value: 1.7996
            }
          }
        }
      },
      {
        feature: "mutual",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "support",
            below: 0.08320452665383246,
            left: {
              value: -0.8724
            },
            right: {
              value: -0.4245
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.23570226039551587,
            left: {
              value: -0.2136
            },
            right: {
              value: -0.1027
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18135601478342522,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: 0.2125
            },
            right: {
              value: 1.3075
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.29799143418526347,
            left: {
              value: -0.1027
            },
            right: {
              value: 0.7799
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.38341992110331785,
        left: {
          feature: "support",
          below: 0.09719056068445654,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.4564
            },
            right: {
              value: -0.8766
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: -0.1376
            },
            right: {
              value: -0.4564
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginB",
            below: 1.2103880488595387,
            left: {
              value: -0.1254
            },
            right: {
              value: 1.08
            }
          },
          right: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: 1.4763
            },
            right: {
              value: 3.2445
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.11928031367991561,
        left: {
          feature: "sentenceSim",
          below: 0.12571237608733032,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5154
            },
            right: {
              value: 0.2768
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 1.0624
            },
            right: {
              value: 0.2768
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.07394000000000008,
          left: {
            feature: "support",
            below: 0.08320452665383246,
            left: {
              value: -0.8936
            },
            right: {
              value: -0.4835
            }
          },
          right: {
            feature: "distance",
            below: 0.7243549348084978,
            left: {
              value: 0.2833
            },
            right: {
              value: -0.4357
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.49248033439229977,
        left: {
          feature: "support",
          below: 0.09719056068445654,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8363
            },
            right: {
              value: -0.5234
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: -0.2554
            },
            right: {
              value: -0.5234
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18135601478342522,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.5395
            },
            right: {
              value: 2.6951
            }
          },
          right: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.2554
            },
            right: {
              value: 0.3473
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
            below: 0.11928031367991561,
            left: {
              value: -0.4163
            },
            right: {
              value: -0.831
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1442
            },
            right: {
              value: -0.1442
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7243549348084978,
          left: {
            feature: "keySim",
            below: 0.5,
            left: {
              value: 0.227
            },
            right: {
              value: 1.2034
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1442
            },
            right: {
              value: -0.1138
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
            below: 0.12571237608733032,
            left: {
              value: -0.5435
            },
            right: {
              value: 0.5817
            }
          },
          right: {
            value: 2.5479
          }
        },
        right: {
          feature: "anchorSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7423
            },
            right: {
              value: -0.2483
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.8487
            },
            right: {
              value: -0.2483
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.17878897878341543,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: -0.2975
            },
            right: {
              value: -0.7693
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.23570226039551587,
            left: {
              value: -0.0384
            },
            right: {
              value: -0.0384
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0384
            },
            right: {
              value: 0.6561
            }
          },
          right: {
            feature: "marginB",
            below: 0.07734636338875589,
            left: {
              value: 0.6561
            },
            right: {
              value: 1.3526
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.49248033439229977,
        left: {
          feature: "support",
          below: 0.09719056068445654,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7759
            },
            right: {
              value: -0.4787
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: -0.237
            },
            right: {
              value: -0.4787
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7243549348084978,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.2628
            },
            right: {
              value: 1.6327
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.237
            },
            right: {
              value: -0.1465
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: 0.039835979226417746,
            left: {
              value: 0.0329
            },
            right: {
              value: 1.0677
            }
          },
          right: {
            value: 2.3777
          }
        },
        right: {
          feature: "marginA",
          below: 0.07394000000000008,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7366
            },
            right: {
              value: -0.327
            }
          },
          right: {
            feature: "distance",
            below: 0.7243549348084978,
            left: {
              value: 0.2981
            },
            right: {
              value: -0.327
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
            below: 0.11928031367991561,
            left: {
              value: -0.3599
            },
            right: {
              value: -0.757
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1255
            },
            right: {
              value: -0.1255
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7243549348084978,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.5948
            },
            right: {
              value: -0.1255
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1255
            },
            right: {
              value: 0.0022
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.18135601478342522,
        left: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "marginB",
            below: 1.2103880488595387,
            left: {
              value: -0.2847
            },
            right: {
              value: 0.2846
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.553
            },
            right: {
              value: 1.8687
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7004
            },
            right: {
              value: -0.2284
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2721
            },
            right: {
              value: -0.2284
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.09719056068445654,
            left: {
              value: -0.7604
            },
            right: {
              value: -0.1776
            }
          },
          right: {
            feature: "marginB",
            below: 0.7855685070960364,
            left: {
              value: 0.0493
            },
            right: {
              value: 0.7677
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -1.004
            },
            right: {
              value: -0.5405
            }
          },
          right: {
            value: 1.1556
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4227
            },
            right: {
              value: 0.0209
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.68
            },
            right: {
              value: 0.0209
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9993
            },
            right: {
              value: -0.5164
            }
          },
          right: {
            value: 1.0348
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "sim",
          below: -0.5977155994459389,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.694
            },
            right: {
              value: -0.1863
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.1323
            },
            right: {
              value: 1.2957
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9945
            },
            right: {
              value: -0.4924
            }
          },
          right: {
            value: 0.9291
          }
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0.5674171701102816,
            left: {
              value: 0.0013
            },
            right: {
              value: 0.9496
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 2.2265
            },
            right: {
              value: -0.2428
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.07394000000000008,
          left: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: -0.7276
            },
            right: {
              value: -0.3505
            }
          },
          right: {
            feature: "distance",
            below: 0.7243549348084978,
            left: {
              value: 0.2119
            },
            right: {
              value: -0.2765
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: -0.7572
            },
            right: {
              value: -0.1703
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.3
            },
            right: {
              value: -0.1703
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9877
            },
            right: {
              value: -0.4439
            }
          },
          right: {
            value: 0.8773
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.1201
            },
            right: {
              value: 1.4895
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.31622776601683794,
            left: {
              value: -0.6532
            },
            right: {
              value: 0.1528
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9828
            },
            right: {
              value: -0.421
            }
          },
          right: {
            value: 0.791
          }
        }
      },
      {
        feature: "distance",
        below: 0.18135601478342522,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginA",
            below: -0.051372000000000015,
            left: {
              value: -0.5567
            },
            right: {
              value: 0.2682
            }
          },
          right: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: 0.8555
            },
            right: {
              value: 1.7968
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.8207
            },
            right: {
              value: -0.0635
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9766
            },
            right: {
              value: -0.39
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1447
            },
            right: {
              value: 0.3173
            }
          },
          right: {
            feature: "marginA",
            below: 0.2928563831655391,
            left: {
              value: 0.3173
            },
            right: {
              value: 1.0755
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9773
            },
            right: {
              value: -0.3724
            }
          },
          right: {
            value: 0.7284
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "marginB",
            below: 1.2103880488595387,
            left: {
              value: -0.3033
            },
            right: {
              value: 0.0766
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.175
            },
            right: {
              value: 0.9412
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9722
            },
            right: {
              value: -0.3514
            }
          },
          right: {
            value: 0.6599
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
            below: 0.5076262484267792,
            left: {
              value: -0.135
            },
            right: {
              value: -0.6912
            }
          },
          right: {
            feature: "distance",
            below: 0.36436294401019625,
            left: {
              value: 0.1129
            },
            right: {
              value: -0.0759
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.13227906495093025,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: 0.1129
            },
            right: {
              value: 0.4389
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.057
            },
            right: {
              value: 0.4389
            }
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
            feature: "sentenceSim",
            below: 0.5674171701102816,
            left: {
              value: -0.1084
            },
            right: {
              value: 0.6213
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.5563
            },
            right: {
              value: 0.6213
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.31622776601683794,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.7955
            },
            right: {
              value: -0.3105
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: 0.3165
            },
            right: {
              value: -0.3105
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: -0.7046
            },
            right: {
              value: -0.1509
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.2575
            },
            right: {
              value: -0.1509
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9627
            },
            right: {
              value: -0.2717
            }
          },
          right: {
            value: 0.5148
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
            below: 0.18174094632604004,
            left: {
              value: -0.2234
            },
            right: {
              value: 0.3295
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.3418
            },
            right: {
              value: 0.5255
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.23570226039551587,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.8718
            },
            right: {
              value: -0.4017
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: 0.1663
            },
            right: {
              value: -0.4017
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.066
            },
            right: {
              value: 1.5395
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 1.7665
            },
            right: {
              value: -0.222
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.07394000000000008,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.531
            },
            right: {
              value: -0.2103
            }
          },
          right: {
            feature: "support",
            below: 0.31975158407502574,
            left: {
              value: -0.1169
            },
            right: {
              value: 0.5031
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.157
            },
            right: {
              value: 0.3242
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6487
            },
            right: {
              value: 1.0136
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9538
            },
            right: {
              value: -0.2129
            }
          },
          right: {
            value: 0.4176
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "keyInSentence",
          below: 0.7,
          left: {
            feature: "quantityRarity",
            below: 0.15811388300841897,
            left: {
              value: -0.6395
            },
            right: {
              value: 0.0762
            }
          },
          right: {
            feature: "termSim",
            below: 0.13227906495093025,
            left: {
              value: 0.2142
            },
            right: {
              value: 0.7748
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: 0.2926
            },
            right: {
              value: -0.3946
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.8751
            },
            right: {
              value: 0.5076
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0229
            },
            right: {
              value: 0.6656
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6155
            },
            right: {
              value: 0.9327
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.947
            },
            right: {
              value: -0.1894
            }
          },
          right: {
            value: 0.3921
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.5674171701102816,
          left: {
            feature: "support",
            below: 0.0440263046229286,
            left: {
              value: -0.3755
            },
            right: {
              value: 0.1468
            }
          },
          right: {
            feature: "sim",
            below: 0.039835979226417746,
            left: {
              value: 0.2863
            },
            right: {
              value: 0.8179
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: 0.2597
            },
            right: {
              value: -0.3671
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.9022
            },
            right: {
              value: 0.1182
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.7243549348084978,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0618
            },
            right: {
              value: -0.5816
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9392
            },
            right: {
              value: -0.1589
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 1.4934
            },
            right: {
              value: 0.2721
            }
          },
          right: {
            feature: "marginA",
            below: 0.04125511342445813,
            left: {
              value: 0.2721
            },
            right: {
              value: 0.2721
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.15811388300841897,
        left: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: -0.7515
            },
            right: {
              value: -0.1883
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10911717456713216,
            left: {
              value: -0.66
            },
            right: {
              value: -0.1883
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.1698
            },
            right: {
              value: -0.1883
            }
          },
          right: {
            feature: "distance",
            below: 0.468765315847925,
            left: {
              value: 1.2259
            },
            right: {
              value: 0.4051
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.12571237608733032,
          left: {
            feature: "support",
            below: 0.09719056068445654,
            left: {
              value: -0.4677
            },
            right: {
              value: -0.0093
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.3643
            },
            right: {
              value: -0.0093
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: -0.5074
            },
            right: {
              value: 0.0379
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.8838
            },
            right: {
              value: 0.1323
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.573961153171374,
            left: {
              value: 0.059
            },
            right: {
              value: 0.6601
            }
          },
          right: {
            feature: "marginB",
            below: 0.18174094632604004,
            left: {
              value: -0.5822
            },
            right: {
              value: 0.1849
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9284
            },
            right: {
              value: -0.2174
            }
          },
          right: {
            value: 0.2808
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "termSim",
            below: 0.573961153171374,
            left: {
              value: -0.2253
            },
            right: {
              value: 0.1801
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9741
            },
            right: {
              value: 0.1801
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.41571820496037554,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.3067
            },
            right: {
              value: 1.2315
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: -0.8526
            },
            right: {
              value: -0.054
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
            feature: "sentenceSim",
            below: 0.5674171701102816,
            left: {
              value: 0.0582
            },
            right: {
              value: 0.5708
            }
          },
          right: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.1903
            },
            right: {
              value: 0.1209
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "support",
            below: 0.06247314175392895,
            left: {
              value: -0.7217
            },
            right: {
              value: -0.1903
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.1903
            },
            right: {
              value: -0.4154
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.15811388300841897,
        left: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: -0.7202
            },
            right: {
              value: -0.1675
            }
          },
          right: {
            feature: "marginA",
            below: -0.015704309366540325,
            left: {
              value: -0.1675
            },
            right: {
              value: -0.1675
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: 0.1728
            },
            right: {
              value: 1.2214
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.05883251410578598,
            left: {
              value: -0.1675
            },
            right: {
              value: 0.0122
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0346
            },
            right: {
              value: -0.4577
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: 0.6866
            },
            right: {
              value: -0.5971
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.36492511911415315,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8217
            },
            right: {
              value: -0.2693
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.4999
            },
            right: {
              value: -0.2693
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.2347
            },
            right: {
              value: -0.1492
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0626
            },
            right: {
              value: -0.9316
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9158
            },
            right: {
              value: -0.2422
            }
          },
          right: {
            value: 0.1914
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.2853
            },
            right: {
              value: -0.1303
            }
          },
          right: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: -0.7994
            },
            right: {
              value: 0.2973
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
              value: 0.0214
            },
            right: {
              value: -0.5508
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7994
            },
            right: {
              value: 0.4665
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.025230358060618168,
            left: {
              value: -0.6702
            },
            right: {
              value: 0.0064
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.0835
            },
            right: {
              value: 1.1315
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
              value: -0.7877
            },
            right: {
              value: 0.0571
            }
          },
          right: {
            value: 0.6427
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2068
            },
            right: {
              value: -0.2087
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0467
            },
            right: {
              value: -0.9004
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9058
            },
            right: {
              value: -0.2288
            }
          },
          right: {
            value: 0.1877
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "quantityRarity",
          below: 0.15811388300841897,
          left: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: -0.4757
            },
            right: {
              value: -0.0882
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0713
            },
            right: {
              value: 0.7339
            }
          }
        },
        right: {
          feature: "support",
          below: 0.028338247878414567,
          left: {
            feature: "contextSim",
            below: -0.10911717456713216,
            left: {
              value: -0.4217
            },
            right: {
              value: -0.9489
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: -0.0063
            },
            right: {
              value: -0.4217
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0619
            },
            right: {
              value: -0.3172
            }
          },
          right: {
            feature: "distance",
            below: 0.41571820496037554,
            left: {
              value: 0.5732
            },
            right: {
              value: -0.5467
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
              value: -0.7598
            },
            right: {
              value: 0.0298
            }
          },
          right: {
            value: 0.5565
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.118
            },
            right: {
              value: -0.5512
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.9306
            },
            right: {
              value: -0.151
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.8953
            },
            right: {
              value: -0.2396
            }
          },
          right: {
            value: 0.1363
          }
        }
      },
      {
        feature: "marginA",
        below: -0.1982648380168135,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7061
            },
            right: {
              value: -0.1917
            }
          },
          right: {
            feature: "contextSim",
            below: 0.05457223274098276,
            left: {
              value: -0.255
            },
            right: {
              value: -0.1917
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.5,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0109
            },
            right: {
              value: 0.3891
            }
          },
          right: {
            feature: "termSim",
            below: 0.3172194476406462,
            left: {
              value: -0.1917
            },
            right: {
              value: 0.6304
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1771
            },
            right: {
              value: -0.2697
            }
          },
          right: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: -0.7582
            },
            right: {
              value: 0.2607
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: -0.4202
            },
            right: {
              value: 0.094
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7619
            },
            right: {
              value: 0.4294
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0483
            },
            right: {
              value: 1.0753
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4839
            },
            right: {
              value: 0.1134
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7786
            },
            right: {
              value: 0.2908
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: 0.2908
            },
            right: {
              value: 1.2039
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.5,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0349
            },
            right: {
              value: 0.5656
            }
          },
          right: {
            feature: "termSim",
            below: 0.3172194476406462,
            left: {
              value: -0.1444
            },
            right: {
              value: 0.6248
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.5049
            },
            right: {
              value: -0.1444
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.1444
            },
            right: {
              value: -0.3994
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0921
            },
            right: {
              value: -0.5051
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.5486
            },
            right: {
              value: -0.1232
            }
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8837
            },
            right: {
              value: 0.3097
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.4267
            },
            right: {
              value: 0.8215
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0543
            },
            right: {
              value: -0.2882
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.0372
            },
            right: {
              value: 0.9295
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.36492511911415315,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7241
            },
            right: {
              value: -0.2242
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.4248
            },
            right: {
              value: -0.2242
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.15811388300841897,
        left: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: -0.6472
            },
            right: {
              value: -0.1212
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10911717456713216,
            left: {
              value: -0.6338
            },
            right: {
              value: -0.1212
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "termSim",
            below: 0.573961153171374,
            left: {
              value: -0.0585
            },
            right: {
              value: 0.2681
            }
          },
          right: {
            feature: "distance",
            below: 0.468765315847925,
            left: {
              value: 0.9463
            },
            right: {
              value: 0.2681
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0931
            },
            right: {
              value: -0.4747
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.286
            },
            right: {
              value: -0.1107
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.7736
            },
            right: {
              value: -0.3494
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3494
            },
            right: {
              value: 1.1656
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.1982648380168135,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6708
            },
            right: {
              value: -0.269
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.1205
            },
            right: {
              value: -0.1338
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "termSim",
            below: 0.13227906495093025,
            left: {
              value: -0.722
            },
            right: {
              value: 0.4832
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.3938
            },
            right: {
              value: -0.4128
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
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0964
            },
            right: {
              value: -0.4137
            }
          },
          right: {
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.3784
            },
            right: {
              value: 0.5867
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.09120219566944358,
          left: {
            feature: "contextSim",
            below: -0.015395415304350443,
            left: {
              value: -0.1014
            },
            right: {
              value: -0.8021
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.1086
            },
            right: {
              value: 0.8497
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1652
            },
            right: {
              value: -0.2401
            }
          },
          right: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: -0.7219
            },
            right: {
              value: 0.2591
            }
          }
        },
        right: {
          feature: "support",
          below: 0.021616925725616465,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.8848
            },
            right: {
              value: -0.4022
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0105
            },
            right: {
              value: -0.4022
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1413
            },
            right: {
              value: -0.1208
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.0346
            },
            right: {
              value: 0.7379
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.27552783167259687,
            left: {
              value: -0.4446
            },
            right: {
              value: 0.3187
            }
          },
          right: {
            value: -0.896
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.1982648380168135,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6378
            },
            right: {
              value: -0.2507
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0624
            },
            right: {
              value: 0.2141
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7368
            },
            right: {
              value: 0.2237
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: 0.2237
            },
            right: {
              value: 0.9781
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0711
            },
            right: {
              value: -0.4422
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.1002
            },
            right: {
              value: -0.0791
            }
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8656
            },
            right: {
              value: 0.3212
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3763
            },
            right: {
              value: 0.8384
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "support",
            below: 0.025230358060618168,
            left: {
              value: -0.4377
            },
            right: {
              value: 0.0906
            }
          },
          right: {
            feature: "marginA",
            below: 0.2928563831655391,
            left: {
              value: 0.2394
            },
            right: {
              value: 0.8739
            }
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.3848
            },
            right: {
              value: -0.8002
            }
          },
          right: {
            feature: "marginB",
            below: 0.7855685070960364,
            left: {
              value: -0.9332
            },
            right: {
              value: -0.0019
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1542
            },
            right: {
              value: 0.1239
            }
          },
          right: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.1782
            },
            right: {
              value: 0.1444
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: 0.8619
            },
            right: {
              value: 0.1444
            }
          },
          right: {
            feature: "marginA",
            below: 0.04125511342445813,
            left: {
              value: 0.1444
            },
            right: {
              value: 0.1444
            }
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "distance",
          below: 0.9191505423955046,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0657
            },
            right: {
              value: 0.4116
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: -0.8042
            },
            right: {
              value: -0.203
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.41571820496037554,
          left: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: 0.1172
            },
            right: {
              value: 1.3214
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: -0.7672
            },
            right: {
              value: 0.231
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1442
            },
            right: {
              value: -0.2237
            }
          },
          right: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: -0.6798
            },
            right: {
              value: 0.2352
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: -0.3708
            },
            right: {
              value: 0.1135
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7129
            },
            right: {
              value: 0.3603
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0476
            },
            right: {
              value: -0.2423
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.0241
            },
            right: {
              value: 0.6513
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.36492511911415315,
            left: {
              value: -0.3712
            },
            right: {
              value: 0.3649
            }
          },
          right: {
            value: -0.8661
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0,
            left: {
              value: -0.328
            },
            right: {
              value: 0.1296
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.0586
            },
            right: {
              value: -0.8361
            }
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8519
            },
            right: {
              value: 0.2489
            }
          },
          right: {
            feature: "bestA",
            below: 0,
            left: {
              value: -0.6146
            },
            right: {
              value: 0.5418
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.1982648380168135,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6034
            },
            right: {
              value: -0.232
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.101
            },
            right: {
              value: -0.1293
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.6199
            },
            right: {
              value: 0.4125
            }
          },
          right: {
            feature: "contextSim",
            below: 0.05457223274098276,
            left: {
              value: 0.3257
            },
            right: {
              value: 2.081
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.5,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0444
            },
            right: {
              value: 0.4239
            }
          },
          right: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.1938
            },
            right: {
              value: 1.2532
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.75,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.7469
            },
            right: {
              value: 0.45
            }
          },
          right: {
            feature: "termSim",
            below: 0.3172194476406462,
            left: {
              value: -0.157
            },
            right: {
              value: 1.245
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: 0.0069
            },
            right: {
              value: 0.461
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.5058
            },
            right: {
              value: 0.109
            }
          }
        },
        right: {
          value: 0.5815
        }
      },
      {
        feature: "distance",
        below: 0.5076262484267792,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0545
            },
            right: {
              value: -0.646
            }
          },
          right: {
            feature: "support",
            below: 0.037015289996892575,
            left: {
              value: -0.3746
            },
            right: {
              value: 0.5752
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.594144239264128,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.8476
            },
            right: {
              value: -0.0569
            }
          },
          right: {
            feature: "keySim",
            below: 0.5,
            left: {
              value: -0.1931
            },
            right: {
              value: 0.6299
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "support",
            below: 0.025230358060618168,
            left: {
              value: -0.4039
            },
            right: {
              value: 0.0819
            }
          },
          right: {
            feature: "marginA",
            below: 0.2928563831655391,
            left: {
              value: 0.2039
            },
            right: {
              value: 0.8018
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "sim",
            below: 0.039835979226417746,
            left: {
              value: -0.552
            },
            right: {
              value: 0.3555
            }
          },
          right: {
            feature: "distance",
            below: 0.05972016359445261,
            left: {
              value: 1.4861
            },
            right: {
              value: -0.3905
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.15811388300841897,
        left: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "marginA",
            below: 1.226342607303733,
            left: {
              value: -0.596
            },
            right: {
              value: -0.0946
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10911717456713216,
            left: {
              value: -0.6144
            },
            right: {
              value: -0.0946
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0228
            },
            right: {
              value: 0.6809
            }
          },
          right: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.0946
            },
            right: {
              value: 0.6331
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7243549348084978,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1007
            },
            right: {
              value: -0.4287
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0009
            },
            right: {
              value: -0.7892
            }
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8392
            },
            right: {
              value: 0.2045
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3704
            },
            right: {
              value: 0.8712
            }
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0061
            },
            right: {
              value: -0.5085
            }
          },
          right: {
            feature: "marginA",
            below: -0.09120219566944358,
            left: {
              value: -0.5144
            },
            right: {
              value: 0.3795
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "quantityRarity",
            below: 0.4082482904638631,
            left: {
              value: -0.6749
            },
            right: {
              value: 0.0436
            }
          },
          right: {
            value: 0.689
          }
        }
      },
      {
        feature: "distance",
        below: 0.5076262484267792,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.053
            },
            right: {
              value: -0.6166
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.0219
            },
            right: {
              value: 0.8205
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.594144239264128,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.8287
            },
            right: {
              value: -0.0611
            }
          },
          right: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.2773
            },
            right: {
              value: 0.3185
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03348832240836646,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.6449
            },
            right: {
              value: 0.5002
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1896
            },
            right: {
              value: -0.0557
            }
          }
        },
        right: {
          value: 0.5234
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0155
            },
            right: {
              value: 0.6942
            }
          },
          right: {
            feature: "support",
            below: 0.08320452665383246,
            left: {
              value: -0.4196
            },
            right: {
              value: 0.104
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.27552783167259687,
            left: {
              value: -0.3753
            },
            right: {
              value: 0.28
            }
          },
          right: {
            value: -0.8372
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0484
            },
            right: {
              value: -0.585
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.0236
            },
            right: {
              value: 1.0673
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.8409
            },
            right: {
              value: -0.1791
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4401
            },
            right: {
              value: -0.3368
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
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1124
            },
            right: {
              value: 0.3467
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0608
            },
            right: {
              value: 0.702
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1696399744974259,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7898
            },
            right: {
              value: 0.1103
            }
          },
          right: {
            feature: "support",
            below: 0.0723712140659133,
            left: {
              value: 0.3848
            },
            right: {
              value: 1.3299
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0475
            },
            right: {
              value: -0.5535
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.0141
            },
            right: {
              value: 0.9159
            }
          }
        },
        right: {
          feature: "support",
          below: 0.31975158407502574,
          left: {
            feature: "sentenceSim",
            below: 0.5674171701102816,
            left: {
              value: -0.3364
            },
            right: {
              value: 0.1717
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.1365
            },
            right: {
              value: 0.1717
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1119
            },
            right: {
              value: -0.521
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3402
            },
            right: {
              value: 0.0481
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "termSim",
            below: 0.13227906495093025,
            left: {
              value: -0.6598
            },
            right: {
              value: 0.247
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.0751
            },
            right: {
              value: -0.4925
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03348832240836646,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.6094
            },
            right: {
              value: 0.4455
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0413
            },
            right: {
              value: 0.2138
            }
          }
        },
        right: {
          value: 0.4886
        }
      },
      {
        feature: "publishedApart",
        below: 0.5,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0029
            },
            right: {
              value: 0.5629
            }
          },
          right: {
            feature: "support",
            below: 0.08320452665383246,
            left: {
              value: -0.519
            },
            right: {
              value: 0.109
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.3172194476406462,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5731
            },
            right: {
              value: 0.0863
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: 0.0863
            },
            right: {
              value: 1.192
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0429
            },
            right: {
              value: -0.5165
            }
          },
          right: {
            feature: "support",
            below: 0.021616925725616465,
            left: {
              value: -0.5533
            },
            right: {
              value: 0.5524
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5674171701102816,
          left: {
            feature: "support",
            below: 0.31975158407502574,
            left: {
              value: -0.3215
            },
            right: {
              value: 0.1665
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7799
            },
            right: {
              value: 0.1665
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
            feature: "marginA",
            below: -0.1982648380168135,
            left: {
              value: -0.4869
            },
            right: {
              value: -0.0378
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0508
            },
            right: {
              value: 0.6194
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1696399744974259,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7588
            },
            right: {
              value: 0.1128
            }
          },
          right: {
            feature: "support",
            below: 0.0723712140659133,
            left: {
              value: 0.3537
            },
            right: {
              value: 1.1991
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.41571820496037554,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0404
            },
            right: {
              value: -0.4878
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.0305
            },
            right: {
              value: 0.9798
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.7243549348084978,
            left: {
              value: -0.7457
            },
            right: {
              value: -0.1248
            }
          },
          right: {
            feature: "support",
            below: 0.31975158407502574,
            left: {
              value: -0.0901
            },
            right: {
              value: 0.632
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1017
            },
            right: {
              value: -0.1468
            }
          },
          right: {
            feature: "termSim",
            below: 0.1696399744974259,
            left: {
              value: -0.7778
            },
            right: {
              value: 0.2447
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.36492511911415315,
            left: {
              value: -0.2971
            },
            right: {
              value: 0.3462
            }
          },
          right: {
            value: -0.8126
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0185
            },
            right: {
              value: -0.2952
            }
          },
          right: {
            feature: "headsApart",
            below: 0,
            left: {
              value: 0.3432
            },
            right: {
              value: -0.3827
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.4082482904638631,
          left: {
            feature: "sentenceSim",
            below: 0.36492511911415315,
            left: {
              value: -0.8103
            },
            right: {
              value: -0.1895
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.4177
            },
            right: {
              value: -0.1895
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "support",
            below: 0.025230358060618168,
            left: {
              value: -0.3619
            },
            right: {
              value: 0.0707
            }
          },
          right: {
            feature: "marginA",
            below: 0.2928563831655391,
            left: {
              value: 0.1743
            },
            right: {
              value: 0.7306
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.3285
            },
            right: {
              value: -0.6444
            }
          },
          right: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.9558
            },
            right: {
              value: -0.1838
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03348832240836646,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.3915
            },
            right: {
              value: 1.0458
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1111111111111111,
            left: {
              value: -0.5103
            },
            right: {
              value: 0.0296
            }
          }
        },
        right: {
          value: 0.4452
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.021
            },
            right: {
              value: 0.8503
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3073
            },
            right: {
              value: 0.0278
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.4366
            },
            right: {
              value: 0.6197
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.9601
            },
            right: {
              value: -0.4786
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.0296
            },
            right: {
              value: 0.2512
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7634
            },
            right: {
              value: 0.2512
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5674171701102816,
          left: {
            feature: "support",
            below: 0.31975158407502574,
            left: {
              value: -0.2907
            },
            right: {
              value: 0.1473
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7304
            },
            right: {
              value: 0.1473
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0015
            },
            right: {
              value: 0.5073
            }
          },
          right: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.2097
            },
            right: {
              value: 0.6063
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: -0.1523
            },
            right: {
              value: 0.9722
            }
          },
          right: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.9345
            },
            right: {
              value: -0.1666
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0367
            },
            right: {
              value: -0.7213
            }
          },
          right: {
            feature: "support",
            below: 0.021616925725616465,
            left: {
              value: -0.6157
            },
            right: {
              value: 0.4587
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.13227906495093025,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.1294
            },
            right: {
              value: -0.8637
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.3904
            },
            right: {
              value: -0.1294
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
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.1403
            },
            right: {
              value: 0.0854
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0418
            },
            right: {
              value: 0.558
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1696399744974259,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.735
            },
            right: {
              value: 0.0985
            }
          },
          right: {
            feature: "support",
            below: 0.0723712140659133,
            left: {
              value: 0.3139
            },
            right: {
              value: 1.0764
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.41571820496037554,
        left: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0342
            },
            right: {
              value: -0.6934
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.7264
            },
            right: {
              value: -0.4065
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "support",
            below: 0.31975158407502574,
            left: {
              value: -0.1288
            },
            right: {
              value: 0.4016
            }
          },
          right: {
            value: -0.814
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.5,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0059
            },
            right: {
              value: 0.4473
            }
          },
          right: {
            feature: "support",
            below: 0.08320452665383246,
            left: {
              value: -0.51
            },
            right: {
              value: 0.1014
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
              value: -0.7876
            },
            right: {
              value: 0.4638
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 1.1686
            },
            right: {
              value: -0.1912
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.41571820496037554,
        left: {
          feature: "distance",
          below: 0.3069395846508641,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0368
            },
            right: {
              value: -0.5576
            }
          },
          right: {
            feature: "support",
            below: 0.021616925725616465,
            left: {
              value: -0.6682
            },
            right: {
              value: 0.5294
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0196
            },
            right: {
              value: -0.5119
            }
          },
          right: {
            value: -0.7966
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0001
            },
            right: {
              value: -0.4109
            }
          },
          right: {
            feature: "marginA",
            below: -0.09120219566944358,
            left: {
              value: -0.4755
            },
            right: {
              value: 0.3063
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.4082482904638631,
          left: {
            feature: "sentenceSim",
            below: 0.36492511911415315,
            left: {
              value: -0.791
            },
            right: {
              value: -0.1817
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.3852
            },
            right: {
              value: -0.1817
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "support",
            below: 0.025230358060618168,
            left: {
              value: -0.3164
            },
            right: {
              value: 0.0592
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.8018
            },
            right: {
              value: 0.1488
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "sim",
            below: 0.039835979226417746,
            left: {
              value: -0.4927
            },
            right: {
              value: 0.327
            }
          },
          right: {
            feature: "distance",
            below: 0.05972016359445261,
            left: {
              value: 1.2571
            },
            right: {
              value: -0.3555
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0295
            },
            right: {
              value: -0.2853
            }
          },
          right: {
            feature: "distance",
            below: 0.09868885871081036,
            left: {
              value: -0.7789
            },
            right: {
              value: 0.2335
            }
          }
        },
        right: {
          value: 0.4044
        }
      },
      {
        feature: "distance",
        below: 0.41571820496037554,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.36436294401019625,
            left: {
              value: -0.0307
            },
            right: {
              value: 0.2266
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7436
            },
            right: {
              value: 0.2266
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.0761056986488435,
            left: {
              value: 0.0252
            },
            right: {
              value: -0.4427
            }
          },
          right: {
            value: -0.7785
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.0896
            },
            right: {
              value: -0.092
            }
          },
          right: {
            feature: "headsApart",
            below: 0,
            left: {
              value: 0.3001
            },
            right: {
              value: -0.3611
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginB",
            below: 1.2103880488595387,
            left: {
              value: -0.5187
            },
            right: {
              value: 0.128
            }
          },
          right: {
            value: 0.5489
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.095
            },
            right: {
              value: -0.4501
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2811
            },
            right: {
              value: 0.0106
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.4202
            },
            right: {
              value: 0.5746
            }
          },
          right: {
            feature: "contextSim",
            below: 0.05457223274098276,
            left: {
              value: 0.1582
            },
            right: {
              value: 1.6442
            }
          }
        }
      },
      {
        feature: "relative",
        below: 0,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.15811388300841897,
            left: {
              value: -0.4997
            },
            right: {
              value: 0.0386
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.2044
            },
            right: {
              value: -0.2907
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.7833832186400558,
          left: {
            feature: "support",
            below: 0.09719056068445654,
            left: {
              value: -0.4985
            },
            right: {
              value: 0.0843
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.16903208934930225,
            left: {
              value: 0.1764
            },
            right: {
              value: 0.7065
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.0245
            },
            right: {
              value: 0.1998
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6597
            },
            right: {
              value: 0.1998
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5674171701102816,
          left: {
            feature: "contextSim",
            below: 0.05457223274098276,
            left: {
              value: -0.2918
            },
            right: {
              value: 0.1168
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.6576
            },
            right: {
              value: 0.1168
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0234
            },
            right: {
              value: 0.5421
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.1958
            },
            right: {
              value: 0.4515
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "contextSim",
            below: -0.03995506905223073,
            left: {
              value: -0.5561
            },
            right: {
              value: 0.3117
            }
          },
          right: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.9087
            },
            right: {
              value: -0.1438
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.1982648380168135,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.5059
            },
            right: {
              value: -0.1771
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: 0.0292
            },
            right: {
              value: -0.1771
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2574006392901475,
          left: {
            feature: "termSim",
            below: 0.13227906495093025,
            left: {
              value: -0.6055
            },
            right: {
              value: 0.2111
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.8149
            },
            right: {
              value: -0.4752
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.468765315847925,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "support",
            below: 0.021616925725616465,
            left: {
              value: -0.1862
            },
            right: {
              value: 0.1319
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0027
            },
            right: {
              value: -0.6868
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.13227906495093025,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.1172
            },
            right: {
              value: -0.8349
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.2817
            },
            right: {
              value: -0.1172
            }
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "quantityRarity",
          below: 0.1111111111111111,
          left: {
            feature: "marginA",
            below: 0.7833832186400558,
            left: {
              value: -0.7509
            },
            right: {
              value: -0.2205
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.0065
            },
            right: {
              value: 0.1983
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.573961153171374,
          left: {
            feature: "quantityRarity",
            below: 0.4082482904638631,
            left: {
              value: -0.6371
            },
            right: {
              value: 0.0438
            }
          },
          right: {
            value: 0.4967
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
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.1317
            },
            right: {
              value: 0.0763
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0426
            },
            right: {
              value: 0.9395
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1696399744974259,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7121
            },
            right: {
              value: 0.0644
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.19651725649830867,
            left: {
              value: 0.2675
            },
            right: {
              value: 1.0006
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.5,
        left: {
          feature: "kind:length",
          below: 0,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0764
            },
            right: {
              value: -0.2448
            }
          },
          right: {
            feature: "distance",
            below: 0.3069395846508641,
            left: {
              value: -0.6601
            },
            right: {
              value: 0.6185
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.3172194476406462,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5307
            },
            right: {
              value: 0.101
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: 0.101
            },
            right: {
              value: 1.1343
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7912368431554604,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.0353
            },
            right: {
              value: -0.1656
            }
          },
          right: {
            feature: "distance",
            below: 0.2574006392901475,
            left: {
              value: -0.1856
            },
            right: {
              value: 0.6451
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8062
            },
            right: {
              value: 0.2306
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: -0.6019
            },
            right: {
              value: 1.5464
            }
          }
        }
      }
    ]
  },
  threshold: 0.65
};
