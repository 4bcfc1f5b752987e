import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.6: P 0.82 (46/56) R 0.22 (46/213) traps 7/553.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.3439,
    weights: {
      anchorSim: 0.7384,
      clock: 0.0739,
      contextSim: 1.1546,
      contrastClash: -1.3233,
      "date.anchorSim": 0.7384,
      "date.clock": 0.418,
      "date.contextSim": -0.967,
      "date.contrastClash": -0.5989,
      "date.entityDiverge": 0.444,
      "date.entityShared": 0.7522,
      "date.entityUnnamed": 0.1159,
      "date.headAdjacent": -0.3176,
      "date.headsApart": 0.6872,
      "date.keyInOther": 0.7993,
      "date.keyInSentence": -0.3278,
      "date.keyMissing": 0.3986,
      "date.keySim": 0.2578,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.1059,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.4461,
      "date.predicateSim": -0.2199,
      "date.publishedApart": 0.6546,
      "date.quantityRarity": 0.2986,
      "date.revised": -0.948,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": -0.3362,
      "date.termSim": 0.3346,
      "date.totalMismatch": 0.602,
      entityDiverge: -0.3877,
      entityShared: -0.1236,
      entityUnnamed: -0.4456,
      headAdjacent: 0.2708,
      headsApart: -0.3741,
      keyInOther: -0.2434,
      keyInSentence: 0.9559,
      keyMissing: 0.0598,
      keySim: 0.0424,
      "kind:age": 0.597,
      "kind:count": -0.5562,
      "kind:date": -0.8498,
      "kind:duration": 0.0572,
      "kind:measure": 0.5067,
      "kind:money": 0.4506,
      "kind:points": 0.0395,
      "kind:rate": -0.2272,
      "kind:ratio": 0.0135,
      "kind:share": -0.0312,
      modifierMismatch: -0.7115,
      momentClash: -0.0804,
      momentOne: 0.121,
      ownerClash: -0.6461,
      past: -0.2449,
      pastMoment: -0.8296,
      predicateBoth: 0.0439,
      predicateSim: 0.261,
      publishedApart: -0.0356,
      quantityRarity: 1.5474,
      revised: -0.0803,
      roleMismatch: -0.0435,
      running: 0.1167,
      runningApart: 0.3467,
      sentenceSim: 3.0773,
      termSim: 1.5112,
      totalMismatch: -0.035
    }
  },
  clash: {
    base: -2.7664,
    rate: 0.1,
    trees: [
      {
        feature: "sim",
        below: 0.018718049278342246,
        left: {
          feature: "support",
          below: 0.2888795547434652,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8376
            },
            right: {
              value: 0.7109
            }
          },
          right: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 4.167
            },
            right: {
              value: 0.7109
            }
          }
        },
        right: {
          feature: "marginA",
          below: 1.1491220591162647,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: 4.5655
            },
            right: {
              value: 4.7723
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5691282229983399,
            left: {
              value: 8.9226
            },
            right: {
              value: 14.5358
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.19424932878364126,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.3573424421148643,
            left: {
              value: -0.899
            },
            right: {
              value: -0.0068
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.9703
            },
            right: {
              value: 0.202
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
              value: 1.1743
            },
            right: {
              value: 4.3767
            }
          },
          right: {
            feature: "marginA",
            below: 0.7041662524679189,
            left: {
              value: 0.9703
            },
            right: {
              value: 2.5498
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1433112905977794,
        left: {
          feature: "sim",
          below: -0.3573424421148643,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8807
            },
            right: {
              value: -0.2098
            }
          },
          right: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: 1.1378
            },
            right: {
              value: -0.2098
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 3.2148
            },
            right: {
              value: 1.1378
            }
          },
          right: {
            feature: "support",
            below: 0.2888795547434652,
            left: {
              value: 1.1378
            },
            right: {
              value: 1.1378
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.28853550437423353,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: -0.3413
            },
            right: {
              value: -0.9335
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.2809
            },
            right: {
              value: 0.1488
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "marginB",
            below: -0.03963999999999999,
            left: {
              value: 0.2809
            },
            right: {
              value: 2.3314
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.0262
            },
            right: {
              value: 0.2809
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.19424932878364126,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.12298953687457118,
            left: {
              value: -0.9257
            },
            right: {
              value: -0.3156
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.3232
            },
            right: {
              value: 0.1822
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5837180285171972,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.3232
            },
            right: {
              value: 1.3691
            }
          },
          right: {
            feature: "marginA",
            below: 0.2558212064924049,
            left: {
              value: 1.3691
            },
            right: {
              value: 2.4691
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.28853550437423353,
        left: {
          feature: "distance",
          below: 0.12156635851111951,
          left: {
            feature: "sentenceSim",
            below: 0.12298953687457118,
            left: {
              value: -0.6145
            },
            right: {
              value: 0.1152
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.9065
            },
            right: {
              value: 0.1152
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
              value: 1.4233
            },
            right: {
              value: 3.9863
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7752
            },
            right: {
              value: 0.1152
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.28853550437423353,
        left: {
          feature: "distance",
          below: 0.12156635851111951,
          left: {
            feature: "sim",
            below: -0.5712659182055593,
            left: {
              value: -0.741
            },
            right: {
              value: 0.0505
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.9618
            },
            right: {
              value: -0.4745
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.16140686845582275,
          left: {
            feature: "quantityRarity",
            below: 0.4082482904638631,
            left: {
              value: 0.0505
            },
            right: {
              value: 0.6505
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 1.5423
            },
            right: {
              value: 0.6505
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.16140686845582275,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.3621
            },
            right: {
              value: -0.8946
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0201
            },
            right: {
              value: 0.0201
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12156635851111951,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: 0.4753
            },
            right: {
              value: 1.6394
            }
          },
          right: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: 0.0201
            },
            right: {
              value: 1.0536
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3573424421148643,
        left: {
          feature: "sentenceSim",
          below: 0.14314869693000104,
          left: {
            feature: "support",
            below: 0.08661894071100985,
            left: {
              value: -0.909
            },
            right: {
              value: -0.5113
            }
          },
          right: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: -0.0807
            },
            right: {
              value: -0.4881
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
              value: 0.9263
            },
            right: {
              value: 3.1112
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0807
            },
            right: {
              value: 0.5676
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1433112905977794,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: -0.1031
            },
            right: {
              value: -0.7958
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.3631
            },
            right: {
              value: -0.1031
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5837180285171972,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.9414
            },
            right: {
              value: 0.3631
            }
          },
          right: {
            value: 1.6092
          }
        }
      },
      {
        feature: "termSim",
        below: 0.12999078750506948,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "support",
            below: 0.07439296804083631,
            left: {
              value: -0.8563
            },
            right: {
              value: -0.3881
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.0559
            },
            right: {
              value: -0.186
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.6673
            },
            right: {
              value: -0.0559
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.6659
            },
            right: {
              value: 0.7094
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.16140686845582275,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.3444
            },
            right: {
              value: -0.8395
            }
          },
          right: {
            feature: "support",
            below: 0.06516105024807647,
            left: {
              value: -0.0259
            },
            right: {
              value: -0.0259
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5837180285171972,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0241
            },
            right: {
              value: 0.7524
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 1.4752
            },
            right: {
              value: 0.7524
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.48183656255522544,
        left: {
          feature: "sentenceSim",
          below: 0.16645351247024132,
          left: {
            feature: "support",
            below: 0.08661894071100985,
            left: {
              value: -0.8687
            },
            right: {
              value: -0.5134
            }
          },
          right: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: -0.2112
            },
            right: {
              value: -0.433
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.3997
            },
            right: {
              value: -0.2112
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 3.1413
            },
            right: {
              value: 1.3641
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
            below: 0.12156635851111951,
            left: {
              value: -0.4327
            },
            right: {
              value: -0.8728
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.149
            },
            right: {
              value: -0.3765
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "keySim",
            below: 0.5,
            left: {
              value: 0.2184
            },
            right: {
              value: 1.2009
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.149
            },
            right: {
              value: 1.6356
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "sentenceSim",
          below: 0.12298953687457118,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6461
            },
            right: {
              value: 0.1547
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.9588
            },
            right: {
              value: 0.1547
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29799143418526347,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7539
            },
            right: {
              value: -0.2025
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.4858
            },
            right: {
              value: -0.2025
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
            below: 0.12298953687457118,
            left: {
              value: -0.6204
            },
            right: {
              value: 0.5736
            }
          },
          right: {
            value: 2.6164
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.2888795547434652,
            left: {
              value: -0.8562
            },
            right: {
              value: -0.4919
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.1634
            },
            right: {
              value: -0.4919
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.0646852880836569,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "quantityRarity",
            below: 0.16666666666666666,
            left: {
              value: -0.7816
            },
            right: {
              value: -0.128
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.16645351247024132,
            left: {
              value: -0.8181
            },
            right: {
              value: -0.419
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5691282229983399,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.088
            },
            right: {
              value: 0.5286
            }
          },
          right: {
            feature: "sim",
            below: 0.018718049278342246,
            left: {
              value: 0.5286
            },
            right: {
              value: 1.2065
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
            below: 0.12999078750506948,
            left: {
              value: -0.2998
            },
            right: {
              value: 0.6853
            }
          },
          right: {
            value: 2.2994
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.2888795547434652,
            left: {
              value: -0.8282
            },
            right: {
              value: -0.4682
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.1566
            },
            right: {
              value: -0.4682
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "sim",
          below: -0.5712659182055593,
          left: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: -0.8215
            },
            right: {
              value: -0.2984
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.686
            },
            right: {
              value: -0.044
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.2888795547434652,
            left: {
              value: -0.8109
            },
            right: {
              value: -0.4562
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2758
            },
            right: {
              value: 1.3023
            }
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
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: -0.5986
            },
            right: {
              value: -0.1534
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1112
            },
            right: {
              value: -0.1534
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.12999078750506948,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.1112
            },
            right: {
              value: 0.4776
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.2042
            },
            right: {
              value: 0.4925
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "sim",
          below: -0.5712659182055593,
          left: {
            feature: "support",
            below: 0.055427797139863934,
            left: {
              value: -0.711
            },
            right: {
              value: -0.1331
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.4145
            },
            right: {
              value: -0.1331
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9897
          },
          right: {
            value: 1.3149
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4353
            },
            right: {
              value: 0.0093
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7107
            },
            right: {
              value: 0.0093
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.984
          },
          right: {
            value: 1.1623
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.3218
            },
            right: {
              value: 0.1899
            }
          },
          right: {
            feature: "support",
            below: 0.055427797139863934,
            left: {
              value: 0.1899
            },
            right: {
              value: 0.7941
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9781
          },
          right: {
            value: 1.0318
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.12298953687457118,
        left: {
          feature: "support",
          below: 0.08661894071100985,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.7535
            },
            right: {
              value: -0.4411
            }
          },
          right: {
            feature: "distance",
            below: 0.4151708892713833,
            left: {
              value: -0.1782
            },
            right: {
              value: -0.4411
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.405
            },
            right: {
              value: -0.1782
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 2.0521
            },
            right: {
              value: 0.7666
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6556
            },
            right: {
              value: -0.1668
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.3261
            },
            right: {
              value: -0.1668
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9706
          },
          right: {
            value: 0.8282
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
            below: 0.5837180285171972,
            left: {
              value: -0.042
            },
            right: {
              value: 0.9384
            }
          },
          right: {
            value: 1.9582
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7864
            },
            right: {
              value: 0.4861
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.031
            },
            right: {
              value: -0.3674
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.2807
            },
            right: {
              value: 0.1657
            }
          },
          right: {
            feature: "support",
            below: 0.055427797139863934,
            left: {
              value: 0.1657
            },
            right: {
              value: 0.6738
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9624
          },
          right: {
            value: 0.6732
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "termSim",
          below: 0.5837180285171972,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1364
            },
            right: {
              value: 0.3276
            }
          },
          right: {
            feature: "marginA",
            below: 0.2558212064924049,
            left: {
              value: 0.3276
            },
            right: {
              value: 1.0601
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9557
          },
          right: {
            value: 0.6086
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.5269
            },
            right: {
              value: -0.0084
            }
          },
          right: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.596
            },
            right: {
              value: 0.7046
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9488
          },
          right: {
            value: 0.5513
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.2646
            },
            right: {
              value: 0.1058
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.2704
            },
            right: {
              value: 1.3936
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9415
          },
          right: {
            value: 0.5005
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.055427797139863934,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8192
            },
            right: {
              value: -0.4968
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.3438
            },
            right: {
              value: -0.2325
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.2795
            },
            right: {
              value: -0.2325
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.2325
            },
            right: {
              value: -0.2325
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0887
            },
            right: {
              value: -0.6828
            }
          },
          right: {
            value: -0.9307
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "support",
            below: 0.055427797139863934,
            left: {
              value: 0.3656
            },
            right: {
              value: 1.8613
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1690308509457033,
            left: {
              value: 0.3656
            },
            right: {
              value: 0.3656
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
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.1221
            },
            right: {
              value: 0.6071
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.14285714285714285,
            left: {
              value: 0.6071
            },
            right: {
              value: 1.4079
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
              value: -0.1601
            },
            right: {
              value: 1.9824
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.9177
            },
            right: {
              value: -0.398
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.5837180285171972,
            left: {
              value: 0.077
            },
            right: {
              value: 0.7479
            }
          },
          right: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.5541
            },
            right: {
              value: 0.5682
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
            value: 0.323
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.055427797139863934,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7879
            },
            right: {
              value: -0.4689
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.2916
            },
            right: {
              value: -0.2129
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.2267
            },
            right: {
              value: -0.2129
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.2129
            },
            right: {
              value: -0.2129
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
            below: 0.5837180285171972,
            left: {
              value: -0.0322
            },
            right: {
              value: 0.7624
            }
          },
          right: {
            value: 1.5974
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7162
            },
            right: {
              value: 0.1642
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2454
            },
            right: {
              value: -0.2635
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "marginA",
            below: 1.1491220591162647,
            left: {
              value: -0.5169
            },
            right: {
              value: -0.0979
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0826
            },
            right: {
              value: 1.1372
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9068
          },
          right: {
            value: 0.2648
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.12298953687457118,
          left: {
            feature: "support",
            below: 0.07439296804083631,
            left: {
              value: -0.5809
            },
            right: {
              value: -0.0141
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.15811388300841897,
            left: {
              value: -0.0141
            },
            right: {
              value: 0.3446
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
              value: -0.1607
            },
            right: {
              value: 1.7136
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8934
            },
            right: {
              value: -0.3518
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.16666666666666666,
            left: {
              value: -0.2047
            },
            right: {
              value: 0.2584
            }
          },
          right: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.5126
            },
            right: {
              value: 0.4988
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8948
          },
          right: {
            value: 0.2593
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0734
            },
            right: {
              value: 1.07
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0778
            },
            right: {
              value: -0.5342
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.9149
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: -0.2679
            },
            right: {
              value: 0.0155
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
            below: 0.055427797139863934,
            left: {
              value: -0.4321
            },
            right: {
              value: -0.0571
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8549
            },
            right: {
              value: -0.0571
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5691282229983399,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.1277
            },
            right: {
              value: -0.0571
            }
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: 0.3408
            },
            right: {
              value: 0.93
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.1716
            },
            right: {
              value: -0.371
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6297
            },
            right: {
              value: 0.9364
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.9017
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: -0.2628
            },
            right: {
              value: 0.0107
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0616
            },
            right: {
              value: 0.9196
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4113
            },
            right: {
              value: 0.3647
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8891
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: -0.2578
            },
            right: {
              value: 0.0104
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.3333333333333333,
        left: {
          feature: "marginB",
          below: 1.1433112905977794,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2904
            },
            right: {
              value: -0.095
            }
          },
          right: {
            value: 0.0414
          }
        },
        right: {
          feature: "support",
          below: 0.055427797139863934,
          left: {
            feature: "termSim",
            below: 0.5837180285171972,
            left: {
              value: 0.0414
            },
            right: {
              value: 0.2133
            }
          },
          right: {
            feature: "distance",
            below: 0.6499707680184219,
            left: {
              value: 0.4404
            },
            right: {
              value: 0.2133
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.1721755506858201,
            left: {
              value: -0.4025
            },
            right: {
              value: 0.1547
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5909
            },
            right: {
              value: 0.8015
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29799143418526347,
          left: {
            value: -0.8748
          },
          right: {
            feature: "contextSim",
            below: -0.012267168069554524,
            left: {
              value: 0.0271
            },
            right: {
              value: -0.2488
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.12156635851111951,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.3753
            },
            right: {
              value: -0.5591
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4009
            },
            right: {
              value: 0.1272
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.7467
            },
            right: {
              value: -0.3104
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2542
            },
            right: {
              value: -0.3104
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2176
            },
            right: {
              value: -0.1739
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: -0.6191
            },
            right: {
              value: 0.0595
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
              value: -0.8944
            },
            right: {
              value: -0.2609
            }
          },
          right: {
            value: 0.333
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
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: 0.0287
            },
            right: {
              value: 0.4175
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1791
            },
            right: {
              value: 0.4576
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
              value: -0.6028
            },
            right: {
              value: -0.1791
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12298953687457118,
            left: {
              value: -0.4482
            },
            right: {
              value: -0.1791
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.037
            },
            right: {
              value: -0.5599
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0519
            },
            right: {
              value: 0.2614
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8502
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: -0.2243
            },
            right: {
              value: 0.0267
            }
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
            feature: "sentenceSim",
            below: 0.5691282229983399,
            left: {
              value: 0.0572
            },
            right: {
              value: 0.4958
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5632
            },
            right: {
              value: -0.1182
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
              value: -0.1175
            },
            right: {
              value: 1.4076
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8395
            },
            right: {
              value: -0.2438
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.1543033499620919,
        left: {
          feature: "marginA",
          below: 1.1491220591162647,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7443
            },
            right: {
              value: -0.3341
            }
          },
          right: {
            value: -0.1563
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.0929
            },
            right: {
              value: 0.2154
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1563
            },
            right: {
              value: 0.2056
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1229
            },
            right: {
              value: 0.185
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5235
            },
            right: {
              value: 0.7067
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29799143418526347,
          left: {
            value: -0.8326
          },
          right: {
            feature: "contextSim",
            below: -0.012267168069554524,
            left: {
              value: 0.034
            },
            right: {
              value: -0.2162
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1941
            },
            right: {
              value: -0.221
            }
          },
          right: {
            feature: "termSim",
            below: 0.09565834017513253,
            left: {
              value: -0.6478
            },
            right: {
              value: 0.0258
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8182
          },
          right: {
            feature: "marginA",
            below: 0.16140686845582275,
            left: {
              value: -0.207
            },
            right: {
              value: 0.0345
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
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.0575
            },
            right: {
              value: -0.748
            }
          },
          right: {
            feature: "support",
            below: 0.07439296804083631,
            left: {
              value: 0.3127
            },
            right: {
              value: 1.175
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
              value: -0.1062
            },
            right: {
              value: 1.3587
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8187
            },
            right: {
              value: -0.2136
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.1543033499620919,
        left: {
          feature: "marginA",
          below: 1.1491220591162647,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7174
            },
            right: {
              value: -0.3062
            }
          },
          right: {
            value: -0.1391
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.1042
            },
            right: {
              value: 1.267
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1391
            },
            right: {
              value: 0.1849
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.1721755506858201,
            left: {
              value: -0.3383
            },
            right: {
              value: 0.1063
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4926
            },
            right: {
              value: 0.6059
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.7963
          },
          right: {
            feature: "contextSim",
            below: -0.012267168069554524,
            left: {
              value: 0.0399
            },
            right: {
              value: -0.1949
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
              value: -0.0099
            },
            right: {
              value: 1.3532
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.3587
            },
            right: {
              value: 0.609
            }
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.09565834017513253,
            left: {
              value: -0.6529
            },
            right: {
              value: 0.3646
            }
          },
          right: {
            feature: "marginB",
            below: 0.6548103543895705,
            left: {
              value: -0.925
            },
            right: {
              value: 0.1029
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.03263574844066836,
            left: {
              value: -0.3124
            },
            right: {
              value: 0.1634
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.5301
            },
            right: {
              value: 0.1811
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
              value: -0.8574
            },
            right: {
              value: -0.2648
            }
          },
          right: {
            value: 0.2779
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.1215
            },
            right: {
              value: -0.6402
            }
          },
          right: {
            value: 1.1627
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.1523
            },
            right: {
              value: -0.6262
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9744
            },
            right: {
              value: -0.1638
            }
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
            feature: "contextSim",
            below: -0.012267168069554524,
            left: {
              value: -0.1011
            },
            right: {
              value: 0.213
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5304
            },
            right: {
              value: -0.1049
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.21320071635561041,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.7016
            },
            right: {
              value: -0.2565
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2565
            },
            right: {
              value: 0.4611
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1664
            },
            right: {
              value: -0.1575
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0288
            },
            right: {
              value: -0.8177
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
              value: -0.8465
            },
            right: {
              value: -0.2821
            }
          },
          right: {
            value: 0.2301
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.0968
            },
            right: {
              value: 0.2104
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3404
            },
            right: {
              value: 0.5092
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
              value: -0.8356
            },
            right: {
              value: -0.2834
            }
          },
          right: {
            value: 0.2129
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.1052
            },
            right: {
              value: -0.5986
            }
          },
          right: {
            value: 1.1016
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.5839
            },
            right: {
              value: 0.2578
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.8483
            },
            right: {
              value: -0.1362
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "termSim",
          below: 0.5837180285171972,
          left: {
            feature: "support",
            below: 0.02343601114285269,
            left: {
              value: -0.3785
            },
            right: {
              value: 0.0619
            }
          },
          right: {
            feature: "marginA",
            below: 0.2558212064924049,
            left: {
              value: 0.159
            },
            right: {
              value: 0.773
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.8249
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3683
            },
            right: {
              value: 0.5139
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.058
            },
            right: {
              value: -0.4447
            }
          },
          right: {
            feature: "support",
            below: 0.07439296804083631,
            left: {
              value: 0.2508
            },
            right: {
              value: 1.0034
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.10034333188799373,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.339
            },
            right: {
              value: -0.8737
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: -0.7437
            },
            right: {
              value: -0.1166
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "marginB",
            below: 1.1433112905977794,
            left: {
              value: -0.1447
            },
            right: {
              value: 0.0468
            }
          },
          right: {
            feature: "support",
            below: 0.029102596536493133,
            left: {
              value: 0.0468
            },
            right: {
              value: 0.2823
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
              value: -0.8141
            },
            right: {
              value: -0.304
            }
          },
          right: {
            value: 0.145
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.086
            },
            right: {
              value: -0.5313
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0933
            },
            right: {
              value: -0.0839
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7999
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3718
            },
            right: {
              value: 0.4735
            }
          }
        }
      },
      {
        feature: "marginA",
        below: -0.1721755506858201,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.653
            },
            right: {
              value: -0.1419
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056590811461404086,
            left: {
              value: -0.2435
            },
            right: {
              value: -0.1419
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
              value: 0.0126
            },
            right: {
              value: 0.3762
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.061
            },
            right: {
              value: -0.1419
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46433312410781713,
        left: {
          feature: "distance",
          below: 0.30761223034456847,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0574
            },
            right: {
              value: -0.5817
            }
          },
          right: {
            feature: "support",
            below: 0.02071335142498243,
            left: {
              value: -0.4551
            },
            right: {
              value: 0.7275
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            value: -0.8653
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6706
            },
            right: {
              value: -0.4274
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.0521
            },
            right: {
              value: -0.4184
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6928
            },
            right: {
              value: 0.2329
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
              value: 0.2812
            },
            right: {
              value: -0.34
            }
          },
          right: {
            value: -0.8933
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0676
            },
            right: {
              value: -0.4921
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.8834
            },
            right: {
              value: -0.0583
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7816
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3752
            },
            right: {
              value: 0.4019
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.094
            },
            right: {
              value: -0.1202
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.768
            },
            right: {
              value: -0.0378
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
              value: -0.5043
            },
            right: {
              value: -0.1202
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.19423865738697113,
            left: {
              value: -0.1818
            },
            right: {
              value: -0.1202
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1202
            },
            right: {
              value: 0.1565
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.5124
            },
            right: {
              value: 0.4365
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.77
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3876
            },
            right: {
              value: 0.3334
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46433312410781713,
        left: {
          feature: "distance",
          below: 0.30761223034456847,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0394
            },
            right: {
              value: -0.5345
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.16666666666666666,
            left: {
              value: -0.3399
            },
            right: {
              value: 0.7238
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            value: -0.8354
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4554
            },
            right: {
              value: -0.3868
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.03263574844066836,
            left: {
              value: -0.3301
            },
            right: {
              value: 0.1288
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.4732
            },
            right: {
              value: 0.1602
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
              value: -0.7638
            },
            right: {
              value: -0.3056
            }
          },
          right: {
            value: 0.0782
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.4151708892713833,
          left: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0244
            },
            right: {
              value: 0.9304
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.392
            },
            right: {
              value: 0.4782
            }
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.09565834017513253,
            left: {
              value: -0.5966
            },
            right: {
              value: 0.3302
            }
          },
          right: {
            feature: "marginB",
            below: 0.6548103543895705,
            left: {
              value: -0.8391
            },
            right: {
              value: 0.1171
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.7836
          },
          right: {
            value: -0.2608
          }
        },
        right: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0855
            },
            right: {
              value: -0.2608
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0188
            },
            right: {
              value: -0.2608
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012267168069554524,
          left: {
            feature: "contextSim",
            below: -0.03829986950332756,
            left: {
              value: 0.0442
            },
            right: {
              value: -0.6228
            }
          },
          right: {
            feature: "marginA",
            below: 1.1491220591162647,
            left: {
              value: -0.0117
            },
            right: {
              value: 0.7603
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "support",
            below: 0.029102596536493133,
            left: {
              value: -0.5731
            },
            right: {
              value: 0.0779
            }
          },
          right: {
            value: -0.8782
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.7661
          },
          right: {
            value: -0.2504
          }
        },
        right: {
          feature: "distance",
          below: 0.46433312410781713,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0007
            },
            right: {
              value: 0.6249
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2504
            },
            right: {
              value: 0.0097
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012267168069554524,
          left: {
            feature: "contextSim",
            below: -0.03829986950332756,
            left: {
              value: 0.0397
            },
            right: {
              value: -0.5859
            }
          },
          right: {
            feature: "marginA",
            below: 1.1491220591162647,
            left: {
              value: -0.0116
            },
            right: {
              value: 0.7083
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.3928
            },
            right: {
              value: -0.2185
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.7808
            },
            right: {
              value: 0.5073
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19408176003825833,
            left: {
              value: 0.0619
            },
            right: {
              value: -0.499
            }
          },
          right: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: 0.0157
            },
            right: {
              value: -0.9215
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.6401
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.1282
            },
            right: {
              value: 0.0359
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46433312410781713,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5368
            },
            right: {
              value: -0.1159
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0272
            },
            right: {
              value: 0.5541
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
              value: -0.8568
            },
            right: {
              value: -0.1981
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4307
            },
            right: {
              value: -0.38
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
              value: 0.2413
            },
            right: {
              value: -0.0473
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.559
            },
            right: {
              value: 0.5812
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.005613069597352372,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6898
            },
            right: {
              value: -0.3144
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2284
            },
            right: {
              value: -0.3144
            }
          }
        }
      },
      {
        feature: "momentOne",
        below: 0,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1641
            },
            right: {
              value: -0.0957
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056590811461404086,
            left: {
              value: 0.0571
            },
            right: {
              value: 2.2498
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "contextSim",
            below: -0.10781782756833458,
            left: {
              value: 0.3897
            },
            right: {
              value: -0.4014
            }
          },
          right: {
            feature: "marginB",
            below: 0.10421552105096295,
            left: {
              value: -0.6132
            },
            right: {
              value: 0.8203
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
              value: 0.0252
            },
            right: {
              value: -0.3499
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.1023
            },
            right: {
              value: 0.8193
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.2745157079114773,
            left: {
              value: -0.3485
            },
            right: {
              value: 0.384
            }
          },
          right: {
            value: -0.8452
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19408176003825833,
            left: {
              value: 0.0672
            },
            right: {
              value: -0.4651
            }
          },
          right: {
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: 0.0144
            },
            right: {
              value: -0.8949
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7236
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3704
            },
            right: {
              value: -0.3378
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.46433312410781713,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0308
            },
            right: {
              value: 0.5723
            }
          },
          right: {
            feature: "termSim",
            below: 0.16805656895575835,
            left: {
              value: -0.7759
            },
            right: {
              value: 0.058
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.0347
            },
            right: {
              value: 0.8107
            }
          },
          right: {
            feature: "marginB",
            below: -0.021220000000000107,
            left: {
              value: -0.5227
            },
            right: {
              value: 2.2448
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.7399
          },
          right: {
            value: -0.231
          }
        },
        right: {
          feature: "distance",
          below: 0.03263574844066836,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.231
            },
            right: {
              value: 0.5223
            }
          },
          right: {
            feature: "termSim",
            below: 0.5837180285171972,
            left: {
              value: 0.0054
            },
            right: {
              value: 0.3807
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
            feature: "distance",
            below: 0.4151708892713833,
            left: {
              value: 0.1004
            },
            right: {
              value: -0.1551
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.66
            },
            right: {
              value: 0.3119
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.36808281730221937,
            left: {
              value: -0.6071
            },
            right: {
              value: 0.0968
            }
          },
          right: {
            value: 0.5619
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012267168069554524,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.0091
            },
            right: {
              value: -0.6387
            }
          },
          right: {
            feature: "marginA",
            below: 1.1491220591162647,
            left: {
              value: 0.005
            },
            right: {
              value: 0.6542
            }
          }
        },
        right: {
          feature: "support",
          below: 0.02071335142498243,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.7861
            },
            right: {
              value: -0.3389
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0499
            },
            right: {
              value: -0.3389
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
              value: 0.1337
            },
            right: {
              value: -0.1451
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.6868
            },
            right: {
              value: 0.1414
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.09565834017513253,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6389
            },
            right: {
              value: -0.2405
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3086
            },
            right: {
              value: -0.2405
            }
          }
        }
      },
      {
        feature: "momentOne",
        below: 0,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "distance",
            below: 0.03263574844066836,
            left: {
              value: -0.2928
            },
            right: {
              value: 0.0447
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056590811461404086,
            left: {
              value: 0.0498
            },
            right: {
              value: 1.9148
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "contextSim",
            below: -0.10781782756833458,
            left: {
              value: -0.156
            },
            right: {
              value: -0.6067
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.1209
            },
            right: {
              value: 0.598
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.46433312410781713,
          left: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.0554
            },
            right: {
              value: 0.3442
            }
          },
          right: {
            feature: "termSim",
            below: 0.16805656895575835,
            left: {
              value: -0.7478
            },
            right: {
              value: 0.0563
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0.14314869693000104,
            left: {
              value: -0.3345
            },
            right: {
              value: 0.1761
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.2799
            },
            right: {
              value: 1.678
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3641217730415815,
        left: {
          feature: "support",
          below: 0.08661894071100985,
          left: {
            value: -0.7849
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.2263
            },
            right: {
              value: -0.2011
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "contextSim",
            below: -0.012267168069554524,
            left: {
              value: -0.1163
            },
            right: {
              value: 0.1281
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.21320071635561041,
            left: {
              value: -0.2011
            },
            right: {
              value: 0.0769
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
              value: 0.1294
            },
            right: {
              value: -0.1414
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.5144
            },
            right: {
              value: 0.5666
            }
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.09565834017513253,
            left: {
              value: -0.5388
            },
            right: {
              value: 0.2783
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.8299
            },
            right: {
              value: -0.0308
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.18135601478342522,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.0604
            },
            right: {
              value: 0.5
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: -0.8825
            },
            right: {
              value: -0.1974
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.056590811461404086,
          left: {
            feature: "sim",
            below: -0.6814532999624275,
            left: {
              value: -0.6473
            },
            right: {
              value: 0.0443
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.7106
            },
            right: {
              value: 0.1124
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.7188
          },
          right: {
            value: -0.2175
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: 0.0159
            },
            right: {
              value: 0.5094
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.2175
            },
            right: {
              value: 0.1093
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1012
            },
            right: {
              value: 0.1106
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6172
            },
            right: {
              value: 0.1106
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.5872
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.1204
            },
            right: {
              value: 0.0558
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.5831096149789013,
          left: {
            feature: "distance",
            below: 0.5063264663161926,
            left: {
              value: 0.0109
            },
            right: {
              value: -0.8019
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0006
            },
            right: {
              value: 0.7577
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6913
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3497
            },
            right: {
              value: -0.322
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
              value: 0.0158
            },
            right: {
              value: 0.5017
            }
          },
          right: {
            feature: "marginA",
            below: 0.7041662524679189,
            left: {
              value: -0.3313
            },
            right: {
              value: 0.5318
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.10781782756833458,
          left: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: -0.3824
            },
            right: {
              value: 1.1462
            }
          },
          right: {
            feature: "support",
            below: 0.029102596536493133,
            left: {
              value: -0.705
            },
            right: {
              value: -0.0759
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.0594
            },
            right: {
              value: -0.1844
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0199
            },
            right: {
              value: 0.5441
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
              value: -0.6938
            },
            right: {
              value: -0.2491
            }
          },
          right: {
            value: 0.1079
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
            feature: "distance",
            below: 0.12156635851111951,
            left: {
              value: 0.1371
            },
            right: {
              value: -0.0693
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: -0.6612
            },
            right: {
              value: 0.2147
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.2745157079114773,
            left: {
              value: -0.3117
            },
            right: {
              value: 0.3661
            }
          },
          right: {
            value: -0.8065
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "contextSim",
          below: 0.19408176003825833,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.1467
            },
            right: {
              value: -0.069
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.6647
            },
            right: {
              value: 0.7067
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12156635851111951,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.1645
            },
            right: {
              value: 1.275
            }
          },
          right: {
            value: -0.8855
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.6998
          },
          right: {
            value: -0.204
          }
        },
        right: {
          feature: "distance",
          below: 0.03263574844066836,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.204
            },
            right: {
              value: 0.5055
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1772
            },
            right: {
              value: -0.0283
            }
          }
        }
      },
      {
        feature: "momentOne",
        below: 0,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "distance",
            below: 0.46433312410781713,
            left: {
              value: 0.0568
            },
            right: {
              value: -0.1889
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.3419
            },
            right: {
              value: 0.9237
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "contextSim",
            below: -0.10781782756833458,
            left: {
              value: -0.1399
            },
            right: {
              value: -0.5706
            }
          },
          right: {
            feature: "support",
            below: 0.029102596536493133,
            left: {
              value: -0.1399
            },
            right: {
              value: 0.2862
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.0114
            },
            right: {
              value: -0.5068
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0428
            },
            right: {
              value: 0.7966
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.19424932878364126,
          left: {
            value: -0.5563
          },
          right: {
            feature: "marginA",
            below: 0.2558212064924049,
            left: {
              value: -0.1185
            },
            right: {
              value: 0.0754
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3641217730415815,
        left: {
          feature: "support",
          below: 0.08661894071100985,
          left: {
            value: -0.7669
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.2165
            },
            right: {
              value: -0.1819
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.04
            },
            right: {
              value: 0.1029
            }
          },
          right: {
            feature: "distance",
            below: 0.3656366710026855,
            left: {
              value: 0.6626
            },
            right: {
              value: 0.1029
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
              value: 0.115
            },
            right: {
              value: -0.131
            }
          },
          right: {
            feature: "distance",
            below: 0.06047336418691607,
            left: {
              value: -0.6738
            },
            right: {
              value: 0.0976
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.005613069597352372,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.6512
            },
            right: {
              value: -0.2796
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.1977
            },
            right: {
              value: -0.2796
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
              value: 0.0363
            },
            right: {
              value: -0.2221
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.1092
            },
            right: {
              value: 0.6769
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "sentenceSim",
            below: 0.2745157079114773,
            left: {
              value: -0.304
            },
            right: {
              value: 0.3413
            }
          },
          right: {
            value: -0.7876
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19408176003825833,
            left: {
              value: 0.0495
            },
            right: {
              value: -0.445
            }
          },
          right: {
            feature: "contextSim",
            below: 0.13519227728317645,
            left: {
              value: -0.3028
            },
            right: {
              value: 0.8546
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.19424932878364126,
          left: {
            value: -0.5441
          },
          right: {
            feature: "marginA",
            below: 0.2558212064924049,
            left: {
              value: -0.1175
            },
            right: {
              value: 0.072
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0,
          left: {
            feature: "marginB",
            below: -0.15214793624656978,
            left: {
              value: -0.083
            },
            right: {
              value: 0.153
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.083
            },
            right: {
              value: 0.2016
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
              value: -0.4393
            },
            right: {
              value: -0.083
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.19423865738697113,
            left: {
              value: -0.1892
            },
            right: {
              value: -0.083
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.5831096149789013,
          left: {
            feature: "distance",
            below: 0.5063264663161926,
            left: {
              value: 0.0071
            },
            right: {
              value: -0.7779
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0042
            },
            right: {
              value: 0.6976
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6561
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3302
            },
            right: {
              value: -0.3066
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.018718049278342246,
          left: {
            value: -0.6858
          },
          right: {
            value: -0.1945
          }
        },
        right: {
          feature: "distance",
          below: 0.03263574844066836,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1945
            },
            right: {
              value: 0.4735
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1644
            },
            right: {
              value: -0.0322
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03263574844066836,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7704
            },
            right: {
              value: 0.4302
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.10660035817780521,
            left: {
              value: -0.581
            },
            right: {
              value: 0.0433
            }
          }
        },
        right: {
          value: 0.3547
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.46433312410781713,
          left: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.0601
            },
            right: {
              value: 0.3514
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.0277
            },
            right: {
              value: -0.8567
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.0397
            },
            right: {
              value: 0.6232
            }
          },
          right: {
            feature: "marginB",
            below: -0.021220000000000107,
            left: {
              value: -0.5787
            },
            right: {
              value: 1.5634
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.064
            },
            right: {
              value: 0.358
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0213
            },
            right: {
              value: 0.3979
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.5259
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.0984
            },
            right: {
              value: 0.0627
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
              value: 0.014
            },
            right: {
              value: 0.4407
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.5594
            },
            right: {
              value: 0.0803
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.21320071635561041,
          left: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.5369
            },
            right: {
              value: -0.1555
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1555
            },
            right: {
              value: 0.4486
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.46433312410781713,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4784
            },
            right: {
              value: -0.0892
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0307
            },
            right: {
              value: 0.5175
            }
          }
        },
        right: {
          feature: "support",
          below: 0.2888795547434652,
          left: {
            feature: "distance",
            below: 0.5831096149789013,
            left: {
              value: -0.615
            },
            right: {
              value: -0.0075
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.9651
            },
            right: {
              value: 0.1345
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "clock",
          below: 0,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.0927
            },
            right: {
              value: -0.0805
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.5705
            },
            right: {
              value: 0.3353
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
              value: -0.6578
            },
            right: {
              value: -0.2347
            }
          },
          right: {
            value: 0.0985
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03263574844066836,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7184
            },
            right: {
              value: 0.4002
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.1703
            },
            right: {
              value: -0.0365
            }
          }
        },
        right: {
          value: 0.3455
        }
      }
    ]
  },
  threshold: 0.6
};
