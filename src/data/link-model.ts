import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.75: P 0.98 (42/43) R 0.16 (42/262) traps 2/674.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.2894,
    weights: {
      anchorSim: 0.6824,
      clock: -0.0034,
      contextSim: 0.753,
      contrastClash: -1.3815,
      "date.anchorSim": 0.6824,
      "date.clock": 0.3576,
      "date.contextSim": -0.7913,
      "date.contrastClash": -0.587,
      "date.entityDiverge": 0.2821,
      "date.entityShared": 0.9668,
      "date.entityUnnamed": 0.1955,
      "date.headAdjacent": -0.4495,
      "date.headsApart": 0.678,
      "date.keyInOther": 1.0009,
      "date.keyInSentence": -0.4107,
      "date.keyMissing": 0.3613,
      "date.keySim": 0.3333,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.1874,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.294,
      "date.predicateSim": -0.2588,
      "date.publishedApart": 0.804,
      "date.quantityRarity": 0.5351,
      "date.revised": -0.7587,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": 0.1343,
      "date.termSim": 0.134,
      "date.totalMismatch": 0.5385,
      entityDiverge: -0.4407,
      entityShared: -0.1398,
      entityUnnamed: -0.5436,
      headAdjacent: 0.2726,
      headsApart: -0.3569,
      keyInOther: -0.2468,
      keyInSentence: 0.9519,
      keyMissing: 0.1198,
      keySim: 0.0192,
      "kind:age": 0.5871,
      "kind:count": -0.4961,
      "kind:date": -0.9446,
      "kind:duration": 0.0859,
      "kind:measure": 0.5441,
      "kind:money": 0.5449,
      "kind:points": 0.0398,
      "kind:rate": -0.4606,
      "kind:ratio": 0.0118,
      "kind:share": 0.0877,
      modifierMismatch: -0.7047,
      momentClash: -0.1532,
      momentOne: 0.0801,
      ownerClash: -0.6718,
      past: -0.1813,
      pastMoment: -0.945,
      predicateBoth: 0.0975,
      predicateSim: 0.4508,
      publishedApart: -0.1781,
      quantityRarity: 1.7754,
      revised: -0.1998,
      roleMismatch: -0.0949,
      running: 0.0033,
      runningApart: 0.3844,
      sentenceSim: 3.0279,
      termSim: 1.3602,
      totalMismatch: -0.059
    }
  },
  clash: {
    base: -2.6068,
    rate: 0.1,
    trees: [
      {
        feature: "marginA",
        below: 1.2973252334729908,
        left: {
          feature: "sim",
          below: -0.23672116332118356,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8769
            },
            right: {
              value: 0.0923
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 3.097
            },
            right: {
              value: 0.0923
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.5945217853096578,
          left: {
            feature: "support",
            below: 0.21535594789013174,
            left: {
              value: 4.6561
            },
            right: {
              value: 4.6561
            }
          },
          right: {
            value: 12.935
          }
        }
      },
      {
        feature: "sim",
        below: 0.09868312137519722,
        left: {
          feature: "sim",
          below: -0.23672116332118356,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8551
            },
            right: {
              value: -0.0118
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 1.7537
            },
            right: {
              value: -0.0118
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.20117127175123778,
          left: {
            value: 1.7537
          },
          right: {
            feature: "termSim",
            below: 0.3492888329921915,
            left: {
              value: 3.0668
            },
            right: {
              value: 4.5906
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.13346357856467533,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.47978322042682303,
            left: {
              value: -0.9382
            },
            right: {
              value: -0.3551
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.25,
            left: {
              value: -0.0367
            },
            right: {
              value: 0.7039
            }
          }
        },
        right: {
          feature: "marginB",
          below: 0.867554919339177,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 1.8844
            },
            right: {
              value: 0.7039
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 3.2073
            },
            right: {
              value: 1.8844
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.13346357856467533,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.1733
            },
            right: {
              value: -0.8841
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.4879
            },
            right: {
              value: 0.3308
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.5343
            },
            right: {
              value: 1.6988
            }
          },
          right: {
            feature: "marginA",
            below: 0.20117127175123778,
            left: {
              value: 1.6988
            },
            right: {
              value: 2.713
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.23672116332118356,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.3038
            },
            right: {
              value: -0.8963
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.25,
            left: {
              value: -0.2863
            },
            right: {
              value: 0.2175
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
              value: 0.309
            },
            right: {
              value: 2.2325
            }
          },
          right: {
            feature: "marginB",
            below: 0.867554919339177,
            left: {
              value: 0.2175
            },
            right: {
              value: 1.1518
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.23672116332118356,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.3169
            },
            right: {
              value: -0.8787
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.25,
            left: {
              value: -0.2864
            },
            right: {
              value: 0.1331
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "marginB",
            below: 0.05012352661886377,
            left: {
              value: 0.1331
            },
            right: {
              value: 1.7998
            }
          },
          right: {
            feature: "marginB",
            below: 0.867554919339177,
            left: {
              value: 0.1331
            },
            right: {
              value: 0.9873
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3061290920344031,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1788
            },
            right: {
              value: 0.0056
            }
          },
          right: {
            feature: "support",
            below: 0.08669122379891746,
            left: {
              value: -0.901
            },
            right: {
              value: -0.4162
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
              value: 0.2299
            },
            right: {
              value: 1.6238
            }
          },
          right: {
            feature: "marginA",
            below: 1.2973252334729908,
            left: {
              value: 0.0056
            },
            right: {
              value: 1.0687
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3061290920344031,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1641
            },
            right: {
              value: -0.0347
            }
          },
          right: {
            feature: "support",
            below: 0.08669122379891746,
            left: {
              value: -0.8848
            },
            right: {
              value: -0.3905
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: 0.09868312137519722,
            left: {
              value: -0.0247
            },
            right: {
              value: 1.4591
            }
          },
          right: {
            feature: "support",
            below: 0.08669122379891746,
            left: {
              value: 2.0005
            },
            right: {
              value: 4.1207
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.40877867849852223,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "sim",
            below: -0.542545849682918,
            left: {
              value: -0.6413
            },
            right: {
              value: -0.1496
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.9109
            },
            right: {
              value: -0.4867
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
              value: 0.8654
            },
            right: {
              value: 3.5321
            }
          },
          right: {
            feature: "distance",
            below: 0.7347066608853082,
            left: {
              value: 0.1292
            },
            right: {
              value: -0.1496
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
            below: 0.0643578754766776,
            left: {
              value: -0.9044
            },
            right: {
              value: -0.4316
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.25,
            left: {
              value: -0.2258
            },
            right: {
              value: -0.1133
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18809047681306476,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: 0.1166
            },
            right: {
              value: 1.2997
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.331128903789206,
            left: {
              value: -0.1133
            },
            right: {
              value: 0.7178
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.2973252334729908,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: -0.0774
            },
            right: {
              value: -0.7873
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.3778
            },
            right: {
              value: -0.0755
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "contextSim",
            below: 0.07716337551146826,
            left: {
              value: 0.3778
            },
            right: {
              value: 1.0493
            }
          },
          right: {
            value: 1.5042
          }
        }
      },
      {
        feature: "sim",
        below: -0.47978322042682303,
        left: {
          feature: "support",
          below: 0.0643578754766776,
          left: {
            feature: "sentenceSim",
            below: 0.19906988128056224,
            left: {
              value: -0.8838
            },
            right: {
              value: -0.5954
            }
          },
          right: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.2393
            },
            right: {
              value: -0.5954
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.3892
            },
            right: {
              value: 2.2889
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.2393
            },
            right: {
              value: -0.1293
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.13481313082806512,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0691
            },
            right: {
              value: -0.0691
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.8613
            },
            right: {
              value: -0.3955
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0399
            },
            right: {
              value: 0.7232
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5945217853096578,
            left: {
              value: 0.7232
            },
            right: {
              value: 1.4895
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.47978322042682303,
        left: {
          feature: "support",
          below: 0.0643578754766776,
          left: {
            feature: "sentenceSim",
            below: 0.19906988128056224,
            left: {
              value: -0.8562
            },
            right: {
              value: -0.542
            }
          },
          right: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.2416
            },
            right: {
              value: -0.542
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
              value: 0.5701
            },
            right: {
              value: 2.4965
            }
          },
          right: {
            feature: "distance",
            below: 0.7347066608853082,
            left: {
              value: 0.0249
            },
            right: {
              value: -0.2416
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.046175216074541225,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.1647
            },
            right: {
              value: -0.1574
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7972
            },
            right: {
              value: -0.1574
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "termSim",
            below: 0.6010809575540188,
            left: {
              value: 0.2575
            },
            right: {
              value: 1.2386
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1574
            },
            right: {
              value: -0.0139
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
            feature: "keyInSentence",
            below: 0.35,
            left: {
              value: -0.7912
            },
            right: {
              value: -0.3994
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1382
            },
            right: {
              value: -0.1382
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "keySim",
            below: 0.6,
            left: {
              value: 0.2098
            },
            right: {
              value: 1.2078
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1382
            },
            right: {
              value: 0.0018
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "sim",
          below: -0.542545849682918,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.6712
            },
            right: {
              value: -0.0098
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.4604
            },
            right: {
              value: 2.2674
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.12809020821836928,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7144
            },
            right: {
              value: -0.2477
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.8041
            },
            right: {
              value: -0.2477
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 0.867554919339177,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.1427
            },
            right: {
              value: -0.6466
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1505
            },
            right: {
              value: -0.1427
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "distance",
            below: 0.44073976491130645,
            left: {
              value: 0.5375
            },
            right: {
              value: 0.1505
            }
          },
          right: {
            value: 1.26
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
            feature: "keyInSentence",
            below: 0.35,
            left: {
              value: -0.744
            },
            right: {
              value: -0.3621
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1227
            },
            right: {
              value: -0.1227
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "keySim",
            below: 0.6,
            left: {
              value: 0.2034
            },
            right: {
              value: 1.0608
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.1227
            },
            right: {
              value: 0.059
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.18809047681306476,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.12961174478936194,
            left: {
              value: -0.4091
            },
            right: {
              value: 0.4682
            }
          },
          right: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: 1.1089
            },
            right: {
              value: 2.2877
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.12809020821836928,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7043
            },
            right: {
              value: -0.2391
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2344
            },
            right: {
              value: -0.2391
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: -0.8248
            },
            right: {
              value: -0.1734
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.31622776601683794,
            left: {
              value: -0.0099
            },
            right: {
              value: 0.6715
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
              value: -1.0053
            },
            right: {
              value: -0.6217
            }
          },
          right: {
            value: 1.3246
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4318
            },
            right: {
              value: 0.0255
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5945217853096578,
            left: {
              value: 0.1814
            },
            right: {
              value: 1.1208
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
              value: -1.0003
            },
            right: {
              value: -0.5983
            }
          },
          right: {
            value: 1.1799
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: -0.7984
            },
            right: {
              value: -0.1719
            }
          },
          right: {
            feature: "marginB",
            below: 0.867554919339177,
            left: {
              value: 0.0462
            },
            right: {
              value: 0.7132
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
              value: -0.9954
            },
            right: {
              value: -0.5748
            }
          },
          right: {
            value: 1.0539
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.3924
            },
            right: {
              value: 0.2654
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.9905
            },
            right: {
              value: -0.5513
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
              value: 2.2589
            },
            right: {
              value: 0.5135
            }
          },
          right: {
            feature: "contextSim",
            below: -0.043113473016808734,
            left: {
              value: 0.5135
            },
            right: {
              value: 0.5135
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.18809047681306476,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginA",
            below: -0.05252651642500154,
            left: {
              value: -0.549
            },
            right: {
              value: 0.307
            }
          },
          right: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: 0.8945
            },
            right: {
              value: 1.9262
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.12809020821836928,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6217
            },
            right: {
              value: -0.1821
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.1846
            },
            right: {
              value: -0.1821
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sim",
          below: -0.6156173091783763,
          left: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: -0.6908
            },
            right: {
              value: -0.204
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3263
            },
            right: {
              value: -0.204
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
              value: -0.984
            },
            right: {
              value: -0.5045
            }
          },
          right: {
            value: 0.7756
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.0643578754766776,
            left: {
              value: -0.7494
            },
            right: {
              value: -0.1657
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0659
            },
            right: {
              value: 0.8571
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
              value: -0.9789
            },
            right: {
              value: -0.4814
            }
          },
          right: {
            value: 0.7003
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1327
            },
            right: {
              value: 0.3553
            }
          },
          right: {
            feature: "marginA",
            below: 0.20117127175123778,
            left: {
              value: 0.3553
            },
            right: {
              value: 1.0006
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
              value: -0.9736
            },
            right: {
              value: -0.4587
            }
          },
          right: {
            value: 0.6337
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "marginA",
            below: 1.2973252334729908,
            left: {
              value: -0.3031
            },
            right: {
              value: 0.073
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.1827
            },
            right: {
              value: 0.892
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
              value: -0.9681
            },
            right: {
              value: -0.4363
            }
          },
          right: {
            value: 0.5747
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "sentenceSim",
          below: 0.5945217853096578,
          left: {
            feature: "distance",
            below: 0.7347066608853082,
            left: {
              value: -0.1266
            },
            right: {
              value: -0.8551
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.3803
            },
            right: {
              value: 0.0806
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
              value: 1.749
            },
            right: {
              value: 0.3803
            }
          },
          right: {
            feature: "contextSim",
            below: -0.043113473016808734,
            left: {
              value: 0.3803
            },
            right: {
              value: 0.3803
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.5945217853096578,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0968
            },
            right: {
              value: 0.3953
            }
          },
          right: {
            feature: "termSim",
            below: 0.23297946012812706,
            left: {
              value: 0.3953
            },
            right: {
              value: 0.9839
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
              value: -0.7739
            },
            right: {
              value: -0.3228
            }
          },
          right: {
            feature: "distance",
            below: 0.44073976491130645,
            left: {
              value: 0.2566
            },
            right: {
              value: -0.3228
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.18809047681306476,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "keyInSentence",
            below: 0.5,
            left: {
              value: -0.9072
            },
            right: {
              value: -0.0866
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.4678
            },
            right: {
              value: -0.0866
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
              value: -0.8049
            },
            right: {
              value: 0.0001
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0395
            },
            right: {
              value: -0.3631
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.050083717836110236,
            left: {
              value: -0.7381
            },
            right: {
              value: -0.1444
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2508
            },
            right: {
              value: -0.1444
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
              value: -0.9558
            },
            right: {
              value: -0.3331
            }
          },
          right: {
            value: 0.4098
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
            below: 0.5945217853096578,
            left: {
              value: -0.0883
            },
            right: {
              value: 0.541
            }
          },
          right: {
            feature: "support",
            below: 0.10168722398251595,
            left: {
              value: 0.541
            },
            right: {
              value: 1.6019
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
              value: -0.7375
            },
            right: {
              value: -0.2981
            }
          },
          right: {
            feature: "support",
            below: 0.033918269093204216,
            left: {
              value: -0.2981
            },
            right: {
              value: 0.2534
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "quantityRarity",
          below: 0.18257418583505536,
          left: {
            feature: "marginA",
            below: 1.2973252334729908,
            left: {
              value: -0.4614
            },
            right: {
              value: -0.0788
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0925
            },
            right: {
              value: 1.107
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.95
            },
            right: {
              value: -0.3039
            }
          },
          right: {
            value: 0.3254
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.050083717836110236,
            left: {
              value: -0.7077
            },
            right: {
              value: -0.1357
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0461
            },
            right: {
              value: 0.6582
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
              value: -0.9424
            },
            right: {
              value: -0.2582
            }
          },
          right: {
            value: 0.2983
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.5945217853096578,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0683
            },
            right: {
              value: 0.3402
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.0728
            },
            right: {
              value: 0.3402
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.09482781422798126,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1745
            },
            right: {
              value: 1.1897
            }
          },
          right: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.6174
            },
            right: {
              value: 0.5359
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.5288
            },
            right: {
              value: -0.107
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0645
            },
            right: {
              value: 0.9963
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.9355
            },
            right: {
              value: -0.2582
            }
          },
          right: {
            value: 0.2647
          }
        }
      },
      {
        feature: "keyInSentence",
        below: 0.75,
        left: {
          feature: "quantityRarity",
          below: 0.1543033499620919,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8959
            },
            right: {
              value: -0.3655
            }
          },
          right: {
            feature: "distance",
            below: 0.44073976491130645,
            left: {
              value: 0.1129
            },
            right: {
              value: -0.3655
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.13863944898098451,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: 0.1187
            },
            right: {
              value: 0.3977
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: 0.3977
            },
            right: {
              value: 0.8069
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
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.3273
            },
            right: {
              value: -0.1233
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.8485
            },
            right: {
              value: 0.3751
            }
          }
        },
        right: {
          feature: "support",
          below: 0.028320685011387462,
          left: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: -0.4874
            },
            right: {
              value: -0.9756
            }
          },
          right: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: 0.232
            },
            right: {
              value: -0.4174
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0.6010809575540188,
        left: {
          feature: "support",
          below: 0.02521708220141555,
          left: {
            feature: "sim",
            below: 0.09868312137519722,
            left: {
              value: -0.5644
            },
            right: {
              value: -0.2368
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.18257418583505536,
            left: {
              value: -0.2368
            },
            right: {
              value: 0.1377
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.20117127175123778,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.2394
            },
            right: {
              value: 0.2394
            }
          },
          right: {
            feature: "marginB",
            below: 0.20321360359176222,
            left: {
              value: 0.5335
            },
            right: {
              value: 1.065
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2575
            },
            right: {
              value: -0.238
            }
          },
          right: {
            feature: "marginB",
            below: 0.20321360359176222,
            left: {
              value: -0.5835
            },
            right: {
              value: 0.2204
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
              value: -0.9228
            },
            right: {
              value: -0.2265
            }
          },
          right: {
            value: 0.2942
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.6010809575540188,
            left: {
              value: -0.218
            },
            right: {
              value: 0.2446
            }
          },
          right: {
            feature: "distance",
            below: 0.3860170110875689,
            left: {
              value: 0.2446
            },
            right: {
              value: -0.6509
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
              value: 1.2451
            },
            right: {
              value: 0.2446
            }
          },
          right: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: 0.2446
            },
            right: {
              value: 0.2446
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.2024
            },
            right: {
              value: -0.1854
            }
          },
          right: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: 0.6462
            },
            right: {
              value: -0.1854
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.1963
            },
            right: {
              value: -0.7263
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.1854
            },
            right: {
              value: -0.445
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "sentenceSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.050083717836110236,
            left: {
              value: -0.6455
            },
            right: {
              value: -0.1186
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2009
            },
            right: {
              value: -0.1186
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            value: -0.842
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3997
            },
            right: {
              value: 1.1327
            }
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
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.023
            },
            right: {
              value: -0.4544
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9066
            },
            right: {
              value: 0.1875
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.3860170110875689,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: 0.3135
            },
            right: {
              value: 2.2653
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: -0.9028
            },
            right: {
              value: 0.072
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
              value: 0.2076
            },
            right: {
              value: -0.2967
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.8115
            },
            right: {
              value: 0.3702
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.44073976491130645,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: -0.3016
            },
            right: {
              value: 0.8775
            }
          },
          right: {
            feature: "contextSim",
            below: 0,
            left: {
              value: -0.8228
            },
            right: {
              value: -0.2066
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.02521708220141555,
          left: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.7269
            },
            right: {
              value: -0.3484
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.0407
            },
            right: {
              value: -0.3484
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
              value: 0.4885
            },
            right: {
              value: -0.0407
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5945217853096578,
            left: {
              value: -0.0407
            },
            right: {
              value: 0.8163
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.3014
            },
            right: {
              value: -0.0893
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0364
            },
            right: {
              value: -0.9285
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            value: -0.8247
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.383
            },
            right: {
              value: 1.0273
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: 0.0695
            },
            right: {
              value: 0.8703
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.1694
            },
            right: {
              value: 0.1306
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
              value: -0.5492
            },
            right: {
              value: -0.1694
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.1694
            },
            right: {
              value: -0.4183
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.15811388300841897,
            left: {
              value: -0.3056
            },
            right: {
              value: 0.1216
            }
          },
          right: {
            feature: "keySim",
            below: 0.6,
            left: {
              value: -0.7285
            },
            right: {
              value: 0.4167
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            value: -0.8081
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.4103
            },
            right: {
              value: 0.779
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
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.0694
            },
            right: {
              value: 0.4722
            }
          },
          right: {
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.4787
            },
            right: {
              value: 0.6283
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.3860170110875689,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: 0.2496
            },
            right: {
              value: 1.8729
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: -0.8811
            },
            right: {
              value: 0.1255
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
            feature: "sentenceSim",
            below: 0.5945217853096578,
            left: {
              value: -0.1067
            },
            right: {
              value: 0.7865
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 1.7466
            },
            right: {
              value: -0.2148
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.046175216074541225,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.4268
            },
            right: {
              value: -0.1464
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.12809020821836928,
            left: {
              value: -0.0711
            },
            right: {
              value: 0.4441
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2406
            },
            right: {
              value: 0.1189
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0108
            },
            right: {
              value: 0.1937
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
              value: 1.0847
            },
            right: {
              value: 0.1937
            }
          },
          right: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: 0.1937
            },
            right: {
              value: 0.1937
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
              value: 0.1947
            },
            right: {
              value: -0.2914
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.773
            },
            right: {
              value: 0.3131
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.8577
            },
            right: {
              value: -0.345
            }
          },
          right: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: 1.4554
            },
            right: {
              value: -0.2097
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "keyMissing",
          below: 0,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.2746
            },
            right: {
              value: -0.075
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.026
            },
            right: {
              value: -0.8865
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.10172723394031455,
            left: {
              value: -0.8259
            },
            right: {
              value: -0.405
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3853
            },
            right: {
              value: 0.9673
            }
          }
        }
      },
      {
        feature: "momentOne",
        below: 0,
        left: {
          feature: "relative",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: 0.0057
            },
            right: {
              value: 1.3539
            }
          },
          right: {
            feature: "support",
            below: 0.08669122379891746,
            left: {
              value: -0.4974
            },
            right: {
              value: 0.0982
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: -0.2468
            },
            right: {
              value: -0.7309
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.1184
            },
            right: {
              value: 0.6478
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.1058
            },
            right: {
              value: 0.1751
            }
          },
          right: {
            feature: "keySim",
            below: 0.6,
            left: {
              value: -0.6819
            },
            right: {
              value: 0.4177
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.10172723394031455,
            left: {
              value: -0.8125
            },
            right: {
              value: -0.4092
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.3961
            },
            right: {
              value: 0.8849
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.7347066608853082,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1017
            },
            right: {
              value: 0.1745
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.8822
            },
            right: {
              value: 0.1454
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
              value: 0.9679
            },
            right: {
              value: 0.1745
            }
          },
          right: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: 0.1745
            },
            right: {
              value: 0.1745
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.18809047681306476,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "keyInSentence",
            below: 0.5,
            left: {
              value: -0.8252
            },
            right: {
              value: -0.1233
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.0452
            },
            right: {
              value: 0.4984
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: -0.9944
            },
            right: {
              value: -0.204
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0008
            },
            right: {
              value: -0.1378
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
              value: 0.1022
            },
            right: {
              value: -0.4576
            }
          },
          right: {
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.4129
            },
            right: {
              value: 0.6025
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.3860170110875689,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: 0.2126
            },
            right: {
              value: 1.6454
            }
          },
          right: {
            feature: "distance",
            below: 0.9191505423955046,
            left: {
              value: -0.8796
            },
            right: {
              value: 0.2116
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.20146451875772192,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.6013
            },
            right: {
              value: -0.2048
            }
          },
          right: {
            feature: "termSim",
            below: 0.6010809575540188,
            left: {
              value: -0.0217
            },
            right: {
              value: 0.3873
            }
          }
        },
        right: {
          value: 0.7488
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
            below: 0.5945217853096578,
            left: {
              value: -0.0931
            },
            right: {
              value: 0.7279
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 1.5197
            },
            right: {
              value: -0.18
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: -0.2477
            },
            right: {
              value: 0.0947
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: -0.8448
            },
            right: {
              value: -0.1441
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
              value: 0.0538
            },
            right: {
              value: 1.0917
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4532
            },
            right: {
              value: 0.0677
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "termSim",
            below: 0.10376346797655078,
            left: {
              value: -0.8542
            },
            right: {
              value: 0.405
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.4922
            },
            right: {
              value: -0.377
            }
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
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.1382
            },
            right: {
              value: 0.1449
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7299
            },
            right: {
              value: 0.1449
            }
          }
        },
        right: {
          feature: "kind:count",
          below: 0,
          left: {
            feature: "marginB",
            below: 0.08403850442842745,
            left: {
              value: -0.6555
            },
            right: {
              value: 0.3041
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 1.5351
            },
            right: {
              value: 0.1714
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0,
            left: {
              value: -0.3189
            },
            right: {
              value: 0.1454
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.0391
            },
            right: {
              value: -0.8435
            }
          }
        },
        right: {
          feature: "mutual",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.10172723394031455,
            left: {
              value: -0.786
            },
            right: {
              value: -0.391
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.391
            },
            right: {
              value: 0.9229
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
              value: 0.1801
            },
            right: {
              value: -0.2601
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.7355
            },
            right: {
              value: 0.2851
            }
          }
        },
        right: {
          feature: "support",
          below: 0.028320685011387462,
          left: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: -0.3742
            },
            right: {
              value: -0.923
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.31622776601683794,
            left: {
              value: -0.307
            },
            right: {
              value: 0.2891
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
              value: 0.1397
            },
            right: {
              value: -0.1319
            }
          },
          right: {
            feature: "distance",
            below: 0.3860170110875689,
            left: {
              value: 0.4802
            },
            right: {
              value: -0.5882
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8758
            },
            right: {
              value: -0.1233
            }
          },
          right: {
            value: 0.4061
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
            feature: "relative",
            below: 0,
            left: {
              value: 0.1501
            },
            right: {
              value: -0.1752
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.527
            },
            right: {
              value: 0.0333
            }
          }
        },
        right: {
          value: 0.6409
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.20146451875772192,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6172
            },
            right: {
              value: -0.2358
            }
          },
          right: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.1092
            },
            right: {
              value: -0.157
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "termSim",
            below: 0.10376346797655078,
            left: {
              value: -0.8366
            },
            right: {
              value: 0.326
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.3094
            },
            right: {
              value: -0.3462
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.18809047681306476,
          left: {
            feature: "quantityRarity",
            below: 0.16666666666666666,
            left: {
              value: -0.4098
            },
            right: {
              value: 0.1563
            }
          },
          right: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: -0.9719
            },
            right: {
              value: -0.1434
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
              value: 1.869
            },
            right: {
              value: 0.0762
            }
          },
          right: {
            feature: "support",
            below: 0.08669122379891746,
            left: {
              value: -0.4321
            },
            right: {
              value: 0.1149
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0756
            },
            right: {
              value: -0.4595
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.1643
            },
            right: {
              value: -0.088
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
              value: -0.8654
            },
            right: {
              value: 0.2188
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.5021
            },
            right: {
              value: 1.261
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "support",
            below: 0.02521708220141555,
            left: {
              value: -0.4382
            },
            right: {
              value: 0.1027
            }
          },
          right: {
            feature: "marginA",
            below: 0.20117127175123778,
            left: {
              value: 0.2624
            },
            right: {
              value: 0.8272
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
              value: 0.2946
            },
            right: {
              value: -0.7864
            }
          },
          right: {
            feature: "marginB",
            below: 0.867554919339177,
            left: {
              value: -0.8545
            },
            right: {
              value: -0.191
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
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1235
            },
            right: {
              value: 0.1257
            }
          },
          right: {
            feature: "distance",
            below: 0.3860170110875689,
            left: {
              value: 0.4366
            },
            right: {
              value: -0.5319
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8534
            },
            right: {
              value: -0.1215
            }
          },
          right: {
            value: 0.3875
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.3304666094126942,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0504
            },
            right: {
              value: -0.5798
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.1514
            },
            right: {
              value: 1.5314
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
              value: -0.8895
            },
            right: {
              value: -0.1307
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.5182
            },
            right: {
              value: -0.3764
            }
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.1204
            },
            right: {
              value: 0.1508
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6944
            },
            right: {
              value: 0.1508
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7895
            },
            right: {
              value: 0.1105
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.4929
            },
            right: {
              value: 1.3333
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0653
            },
            right: {
              value: -0.4266
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9156
            },
            right: {
              value: -0.0812
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
              value: -0.8505
            },
            right: {
              value: 0.1723
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.4897
            },
            right: {
              value: 1.1761
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.20146451875772192,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.5884
            },
            right: {
              value: -0.2195
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.0604
            },
            right: {
              value: -0.1932
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "termSim",
            below: 0.10376346797655078,
            left: {
              value: -0.8199
            },
            right: {
              value: 0.2754
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 1.1907
            },
            right: {
              value: -0.3529
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.3304666094126942,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0431
            },
            right: {
              value: -0.5369
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.6663
            },
            right: {
              value: 0.9363
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
              value: -0.8709
            },
            right: {
              value: -0.1157
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.3926
            },
            right: {
              value: -0.3403
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "termSim",
          below: 0.6010809575540188,
          left: {
            feature: "support",
            below: 0.02521708220141555,
            left: {
              value: -0.4009
            },
            right: {
              value: 0.0896
            }
          },
          right: {
            feature: "marginA",
            below: 0.20117127175123778,
            left: {
              value: 0.2361
            },
            right: {
              value: 0.7848
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
              value: 0.2645
            },
            right: {
              value: -0.7646
            }
          },
          right: {
            feature: "marginB",
            below: 0.867554919339177,
            left: {
              value: -0.8272
            },
            right: {
              value: -0.1729
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "distance",
          below: 0.44073976491130645,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: 0.0032
            },
            right: {
              value: 0.6201
            }
          },
          right: {
            feature: "termSim",
            below: 0.180681158939291,
            left: {
              value: -0.367
            },
            right: {
              value: 0.1675
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8302
            },
            right: {
              value: -0.1233
            }
          },
          right: {
            value: 0.3733
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
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.0689
            },
            right: {
              value: -0.203
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.6386
            },
            right: {
              value: 0.5401
            }
          }
        },
        right: {
          value: 0.5514
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.1116
            },
            right: {
              value: 0.1258
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6325
            },
            right: {
              value: 0.1258
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7676
            },
            right: {
              value: 0.1094
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.4348
            },
            right: {
              value: 1.1902
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0575
            },
            right: {
              value: -0.4087
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7652
            },
            right: {
              value: -0.0679
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
              value: -0.8334
            },
            right: {
              value: 0.1508
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.4727
            },
            right: {
              value: 1.1089
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
              value: 0.0179
            },
            right: {
              value: -0.3222
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0404
            },
            right: {
              value: 0.6762
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7951
            },
            right: {
              value: -0.1198
            }
          },
          right: {
            value: 0.3577
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "marginA",
            below: 1.2973252334729908,
            left: {
              value: -0.0072
            },
            right: {
              value: 0.3613
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.4744
            },
            right: {
              value: 0.0223
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7455
            },
            right: {
              value: 0.1163
            }
          },
          right: {
            feature: "support",
            below: 0.0745160372987808,
            left: {
              value: 0.393
            },
            right: {
              value: 1.2562
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.037
            },
            right: {
              value: -0.7753
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.8414
            },
            right: {
              value: -0.382
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0,
          left: {
            feature: "termSim",
            below: 0.180681158939291,
            left: {
              value: -0.2423
            },
            right: {
              value: 0.4587
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7707
            },
            right: {
              value: 0.1722
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
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.0612
            },
            right: {
              value: -0.1793
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.6076
            },
            right: {
              value: 0.5141
            }
          }
        },
        right: {
          value: 0.5034
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "support",
          below: 0.02521708220141555,
          left: {
            feature: "sim",
            below: 0.09868312137519722,
            left: {
              value: -0.4725
            },
            right: {
              value: -0.0566
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1543033499620919,
            left: {
              value: -0.0566
            },
            right: {
              value: 0.1353
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0.5945217853096578,
            left: {
              value: -0.4738
            },
            right: {
              value: 0.695
            }
          },
          right: {
            feature: "distance",
            below: 0.060874042071546335,
            left: {
              value: 1.3401
            },
            right: {
              value: -0.4364
            }
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0502
            },
            right: {
              value: -0.3401
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.4344
            },
            right: {
              value: -0.6692
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.4082482904638631,
          left: {
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.697
            },
            right: {
              value: -0.1897
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.5127
            },
            right: {
              value: -0.1897
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "distance",
          below: 0.44073976491130645,
          left: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: -0.0265
            },
            right: {
              value: 0.4618
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.6124
            },
            right: {
              value: -0.0714
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "termSim",
            below: 0.10376346797655078,
            left: {
              value: -0.7955
            },
            right: {
              value: 0.1895
            }
          },
          right: {
            feature: "contextSim",
            below: 0.0553488978460365,
            left: {
              value: 0.3076
            },
            right: {
              value: 1.9207
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
            feature: "quantityRarity",
            below: 0.1543033499620919,
            left: {
              value: -0.3118
            },
            right: {
              value: 0.0186
            }
          },
          right: {
            feature: "marginA",
            below: -0.09232343506031952,
            left: {
              value: -0.554
            },
            right: {
              value: 0.352
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.4082482904638631,
          left: {
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.659
            },
            right: {
              value: -0.1816
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.6007
            },
            right: {
              value: -0.1816
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
              value: 0.0201
            },
            right: {
              value: 0.9455
            }
          },
          right: {
            feature: "distance",
            below: 0.3304666094126942,
            left: {
              value: -0.4088
            },
            right: {
              value: -0.0229
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.4744
            },
            right: {
              value: 0.6113
            }
          },
          right: {
            feature: "contextSim",
            below: 0.0553488978460365,
            left: {
              value: 0.2762
            },
            right: {
              value: 1.6809
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0409
            },
            right: {
              value: -0.7318
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.7465
            },
            right: {
              value: 0.5887
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0.2835655123812704,
            left: {
              value: -0.18
            },
            right: {
              value: 0.4951
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7471
            },
            right: {
              value: 0.1677
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
            feature: "distance",
            below: 0.7347066608853082,
            left: {
              value: 0.0531
            },
            right: {
              value: -0.5555
            }
          },
          right: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.5099
            },
            right: {
              value: 0.1088
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.7233
            },
            right: {
              value: 0.0922
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: 0.3423
            },
            right: {
              value: 0.9729
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1242
            },
            right: {
              value: -0.2025
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.8113
            },
            right: {
              value: -0.0384
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.9208
            },
            right: {
              value: -0.2149
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.2149
            },
            right: {
              value: 0.7453
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
              value: 0.1407
            },
            right: {
              value: -0.0737
            }
          },
          right: {
            feature: "contextSim",
            below: 0.0553488978460365,
            left: {
              value: 0.1226
            },
            right: {
              value: 1.418
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: -0.1804
            },
            right: {
              value: -0.6356
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.0311
            },
            right: {
              value: 1.1346
            }
          }
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0358
            },
            right: {
              value: -0.3343
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.1742
            },
            right: {
              value: -0.7939
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.766
            },
            right: {
              value: -0.0736
            }
          },
          right: {
            value: 0.4051
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
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.094
            },
            right: {
              value: -0.0846
            }
          },
          right: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: 0.7097
            },
            right: {
              value: -0.0846
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.75,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.4006
            },
            right: {
              value: -0.0846
            }
          },
          right: {
            feature: "sim",
            below: -0.5940923610404674,
            left: {
              value: -0.289
            },
            right: {
              value: -0.0846
            }
          }
        }
      },
      {
        feature: "kind:money",
        below: 0,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.042
            },
            right: {
              value: -0.305
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.1335
            },
            right: {
              value: -0.6037
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginB",
            below: 0.13559267901801214,
            left: {
              value: -0.7671
            },
            right: {
              value: -0.0061
            }
          },
          right: {
            value: 0.6734
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1148
            },
            right: {
              value: -0.1992
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.785
            },
            right: {
              value: -0.0323
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.9002
            },
            right: {
              value: -0.2093
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.2093
            },
            right: {
              value: 0.6251
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.7076
            },
            right: {
              value: -0.252
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: 0.0579
            },
            right: {
              value: -0.252
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
              value: 1.2004
            },
            right: {
              value: -0.1562
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.1977
            },
            right: {
              value: 0.5718
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0365
            },
            right: {
              value: -0.7082
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.612
            },
            right: {
              value: -0.3971
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "contextSim",
            below: 0.0553488978460365,
            left: {
              value: -0.5321
            },
            right: {
              value: -0.091
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.3412
            },
            right: {
              value: -0.091
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
              value: 0.0058
            },
            right: {
              value: -0.3865
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.046
            },
            right: {
              value: 0.538
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.4082482904638631,
          left: {
            feature: "sentenceSim",
            below: 0.37767517255455496,
            left: {
              value: -0.7742
            },
            right: {
              value: -0.1801
            }
          },
          right: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.4353
            },
            right: {
              value: -0.1801
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.7347066608853082,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0462
            },
            right: {
              value: -0.3736
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.6057
            },
            right: {
              value: -0.0607
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
              value: -0.8026
            },
            right: {
              value: 0.1639
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.442
            },
            right: {
              value: 1.1581
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0296
            },
            right: {
              value: -0.6738
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.7253
            },
            right: {
              value: 0.4843
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.6177641728765094,
            left: {
              value: -0.2763
            },
            right: {
              value: 0.1268
            }
          },
          right: {
            value: -0.761
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0813
            },
            right: {
              value: -0.3212
            }
          },
          right: {
            feature: "support",
            below: 0.021595833694065664,
            left: {
              value: -0.755
            },
            right: {
              value: -0.0324
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "contextSim",
            below: -0.043113473016808734,
            left: {
              value: -0.2777
            },
            right: {
              value: -0.8556
            }
          },
          right: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.5768
            },
            right: {
              value: -0.2777
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
            below: 0.7347066608853082,
            left: {
              value: 0.0005
            },
            right: {
              value: -0.3825
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0641
            },
            right: {
              value: 0.5101
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.6,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7515
            },
            right: {
              value: -0.0571
            }
          },
          right: {
            value: 0.404
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "kind:money",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.0246
            },
            right: {
              value: 0.0929
            }
          },
          right: {
            feature: "marginB",
            below: 0.13559267901801214,
            left: {
              value: -0.7296
            },
            right: {
              value: -0.0065
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.0929
            },
            right: {
              value: 0.8657
            }
          },
          right: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: 0.0929
            },
            right: {
              value: 0.0929
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.20146451875772192,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.5185
            },
            right: {
              value: -0.1868
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.0222
            },
            right: {
              value: -0.1868
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "distance",
            below: 0.6810689674001973,
            left: {
              value: -0.6476
            },
            right: {
              value: 0.0956
            }
          },
          right: {
            feature: "contextSim",
            below: -0.017570505876807613,
            left: {
              value: 0.0956
            },
            right: {
              value: 0.9951
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0273
            },
            right: {
              value: -0.6468
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.5201
            },
            right: {
              value: -0.3956
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "contextSim",
            below: 0.0553488978460365,
            left: {
              value: -0.5044
            },
            right: {
              value: -0.0832
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.3199
            },
            right: {
              value: -0.0832
            }
          }
        }
      },
      {
        feature: "kind:share",
        below: 0,
        left: {
          feature: "runningApart",
          below: 0,
          left: {
            feature: "support",
            below: 0.02521708220141555,
            left: {
              value: -0.1536
            },
            right: {
              value: 0.0764
            }
          },
          right: {
            value: -0.7333
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.2815
            },
            right: {
              value: -0.5979
            }
          },
          right: {
            feature: "marginA",
            below: 0.8664940271283879,
            left: {
              value: -0.9184
            },
            right: {
              value: -0.0806
            }
          }
        }
      },
      {
        feature: "momentOne",
        below: 0,
        left: {
          feature: "marginA",
          below: 1.2973252334729908,
          left: {
            feature: "support",
            below: 0,
            left: {
              value: -0.4172
            },
            right: {
              value: 0.0504
            }
          },
          right: {
            feature: "contextSim",
            below: -0.017570505876807613,
            left: {
              value: 0.1651
            },
            right: {
              value: 0.7142
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "contextSim",
            below: -0.1154878493615133,
            left: {
              value: -0.1631
            },
            right: {
              value: -0.6032
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.0413
            },
            right: {
              value: 1.0124
            }
          }
        }
      },
      {
        feature: "past",
        below: 0,
        left: {
          feature: "marginA",
          below: -0.20146451875772192,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.4859
            },
            right: {
              value: -0.1699
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.0193
            },
            right: {
              value: -0.1699
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "distance",
            below: 0.6810689674001973,
            left: {
              value: -0.6226
            },
            right: {
              value: 0.0832
            }
          },
          right: {
            feature: "marginB",
            below: -0.21077161979172487,
            left: {
              value: 0.0832
            },
            right: {
              value: 0.636
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
            below: 0.7347066608853082,
            left: {
              value: 0.0005
            },
            right: {
              value: -0.3617
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0669
            },
            right: {
              value: 0.4693
            }
          }
        },
        right: {
          feature: "keyInOther",
          below: 0,
          left: {
            feature: "sentenceSim",
            below: 0.37767517255455496,
            left: {
              value: -0.8314
            },
            right: {
              value: -0.2253
            }
          },
          right: {
            feature: "marginB",
            below: 0.05012352661886377,
            left: {
              value: -0.2253
            },
            right: {
              value: 0.5245
            }
          }
        }
      },
      {
        feature: "headsApart",
        below: 0,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: 0.0153
            },
            right: {
              value: 0.3519
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.0993
            },
            right: {
              value: -0.029
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.0993
            },
            right: {
              value: -0.3597
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.8909
            },
            right: {
              value: -0.0993
            }
          }
        }
      },
      {
        feature: "digitKin",
        below: 0.5,
        left: {
          feature: "publishedApart",
          below: 0.75,
          left: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.0125
            },
            right: {
              value: -0.5132
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.4371
            },
            right: {
              value: 0.0848
            }
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.1115
            },
            right: {
              value: 0.8156
            }
          },
          right: {
            feature: "marginA",
            below: 0.046175216074541225,
            left: {
              value: 0.0848
            },
            right: {
              value: 0.0848
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "contextSim",
            below: -0.017570505876807613,
            left: {
              value: -0.1103
            },
            right: {
              value: 0.1184
            }
          },
          right: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.2021
            },
            right: {
              value: 0.6024
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.180681158939291,
          left: {
            feature: "distance",
            below: 0.09482781422798126,
            left: {
              value: -0.8626
            },
            right: {
              value: -0.1886
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.1886
            },
            right: {
              value: 0.579
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "sim",
            below: 0.09868312137519722,
            left: {
              value: -0.7166
            },
            right: {
              value: -0.234
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: 0.0499
            },
            right: {
              value: -0.234
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.0553488978460365,
          left: {
            feature: "sentenceSim",
            below: 0.09412979047592775,
            left: {
              value: -0.402
            },
            right: {
              value: 0.0558
            }
          },
          right: {
            feature: "contextSim",
            below: 0.07716337551146826,
            left: {
              value: 2.0944
            },
            right: {
              value: 0.1691
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.44073976491130645,
        left: {
          feature: "distance",
          below: 0.2697284947078708,
          left: {
            feature: "distance",
            below: 0.18809047681306476,
            left: {
              value: 0.0285
            },
            right: {
              value: -0.6226
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.4561
            },
            right: {
              value: -0.3688
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.1495
            },
            right: {
              value: 0.3563
            }
          },
          right: {
            value: -0.7373
          }
        }
      }
    ]
  },
  threshold: 0.75
};
