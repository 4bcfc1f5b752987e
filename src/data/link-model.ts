import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.6: P 0.81 (48/59) R 0.23 (48/213) traps 7/553.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.3428,
    weights: {
      anchorSim: 0.7383,
      clock: 0.0747,
      contextSim: 1.1691,
      contrastClash: -1.3239,
      "date.anchorSim": 0.7383,
      "date.clock": 0.4173,
      "date.contextSim": -0.978,
      "date.contrastClash": -0.5987,
      "date.entityDiverge": 0.4502,
      "date.entityShared": 0.7516,
      "date.entityUnnamed": 0.1165,
      "date.headAdjacent": -0.3154,
      "date.headsApart": 0.6845,
      "date.keyInOther": 0.8087,
      "date.keyInSentence": -0.3305,
      "date.keyMissing": 0.3996,
      "date.keySim": 0.2501,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.1067,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.4451,
      "date.predicateSim": -0.2209,
      "date.publishedApart": 0.6574,
      "date.quantityRarity": 0.2978,
      "date.revised": -0.9454,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": -0.3311,
      "date.termSim": 0.3358,
      "date.totalMismatch": 0.6021,
      entityDiverge: -0.3945,
      entityShared: -0.1232,
      entityUnnamed: -0.4462,
      headAdjacent: 0.2645,
      headsApart: -0.3669,
      keyInOther: -0.2538,
      keyInSentence: 0.9595,
      keyMissing: 0.0588,
      keySim: 0.0501,
      "kind:age": 0.5918,
      "kind:count": -0.5548,
      "kind:date": -0.8509,
      "kind:duration": 0.0587,
      "kind:measure": 0.5075,
      "kind:money": 0.4573,
      "kind:points": 0.0395,
      "kind:rate": -0.2289,
      "kind:ratio": 0.0135,
      "kind:share": -0.0338,
      modifierMismatch: -0.7246,
      momentClash: -0.0821,
      momentOne: 0.1202,
      ownerClash: -0.6454,
      past: -0.244,
      pastMoment: -0.8271,
      predicateBoth: 0.0448,
      predicateSim: 0.2629,
      publishedApart: -0.0384,
      quantityRarity: 1.5482,
      revised: -0.083,
      roleMismatch: -0.0412,
      running: 0.1176,
      runningApart: 0.3423,
      sentenceSim: 3.07,
      termSim: 1.5123,
      totalMismatch: -0.0353
    }
  },
  clash: {
    base: -2.7669,
    rate: 0.1,
    trees: [
      {
        feature: "sim",
        below: 0.01793322632518545,
        left: {
          feature: "support",
          below: 0.2906478742894139,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8354
            },
            right: {
              value: 0.6846
            }
          },
          right: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 4.0718
            },
            right: {
              value: 0.6846
            }
          }
        },
        right: {
          feature: "marginA",
          below: 1.149631784322438,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: 4.5674
            },
            right: {
              value: 4.7739
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5691282229983399,
            left: {
              value: 8.9259
            },
            right: {
              value: 14.541
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.1940655884209617,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sim",
            below: -0.35701163285761384,
            left: {
              value: -0.899
            },
            right: {
              value: -0.0013
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.9668
            },
            right: {
              value: 0.2053
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
              value: 1.0589
            },
            right: {
              value: 4.3888
            }
          },
          right: {
            feature: "marginA",
            below: 0.7052405551526675,
            left: {
              value: 0.9668
            },
            right: {
              value: 2.5171
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1435222410997126,
        left: {
          feature: "sim",
          below: -0.35701163285761384,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8808
            },
            right: {
              value: -0.2044
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: 1.1341
            },
            right: {
              value: -0.2044
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
              value: 3.2117
            },
            right: {
              value: 1.1341
            }
          },
          right: {
            feature: "support",
            below: 0.2906478742894139,
            left: {
              value: 1.1341
            },
            right: {
              value: 1.1341
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.28862242068469823,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.3403
            },
            right: {
              value: -0.9335
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.28
            },
            right: {
              value: 0.151
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "marginB",
            below: -0.03950000000000005,
            left: {
              value: 0.28
            },
            right: {
              value: 2.3248
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.0296
            },
            right: {
              value: 0.28
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.1940655884209617,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.12303291268433642,
            left: {
              value: -0.9256
            },
            right: {
              value: -0.3151
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.3227
            },
            right: {
              value: 0.1843
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5820579145790276,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.3227
            },
            right: {
              value: 1.365
            }
          },
          right: {
            feature: "marginA",
            below: 0.25550695509931637,
            left: {
              value: 1.365
            },
            right: {
              value: 2.4701
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.28862242068469823,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.3372
            },
            right: {
              value: -0.9065
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.1147
            },
            right: {
              value: 0.1147
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
              value: 3.9664
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.7783
            },
            right: {
              value: 0.1147
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.35701163285761384,
        left: {
          feature: "sentenceSim",
          below: 0.14314869693000104,
          left: {
            feature: "support",
            below: 0.08701410403124153,
            left: {
              value: -0.9314
            },
            right: {
              value: -0.5673
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.025
            },
            right: {
              value: -0.5573
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "termSim",
            below: 0.16847560312859225,
            left: {
              value: 0.4627
            },
            right: {
              value: 1.6767
            }
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: -0.025
            },
            right: {
              value: 0.3983
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.16212214246003498,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.3568
            },
            right: {
              value: -0.8948
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0335
            },
            right: {
              value: 0.0335
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12105930080427522,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 1.577
            },
            right: {
              value: 0.0488
            }
          },
          right: {
            feature: "marginB",
            below: 1.1435222410997126,
            left: {
              value: 0.0335
            },
            right: {
              value: 1.1876
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.35701163285761384,
        left: {
          feature: "sentenceSim",
          below: 0.14314869693000104,
          left: {
            feature: "support",
            below: 0.08701410403124153,
            left: {
              value: -0.9085
            },
            right: {
              value: -0.5127
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.0801
            },
            right: {
              value: -0.4958
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
              value: 0.8914
            },
            right: {
              value: 3.1245
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.0801
            },
            right: {
              value: 0.6343
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 1.1435222410997126,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.0964
            },
            right: {
              value: -0.7955
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.378
            },
            right: {
              value: -0.0964
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5820579145790276,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.9456
            },
            right: {
              value: 0.378
            }
          },
          right: {
            value: 1.6299
          }
        }
      },
      {
        feature: "marginA",
        below: 0.16212214246003498,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "support",
            below: 0.07447244166043815,
            left: {
              value: -0.8437
            },
            right: {
              value: -0.3484
            }
          },
          right: {
            feature: "support",
            below: 0.06543114616913823,
            left: {
              value: -0.0172
            },
            right: {
              value: -0.012
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5820579145790276,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.012
            },
            right: {
              value: 0.8145
            }
          },
          right: {
            feature: "distance",
            below: 0.9201408278078299,
            left: {
              value: 1.5721
            },
            right: {
              value: 0.8145
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
            below: 0.12105930080427522,
            left: {
              value: -0.446
            },
            right: {
              value: -0.8951
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1356
            },
            right: {
              value: -0.3896
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.6499707680184219,
            left: {
              value: 0.2875
            },
            right: {
              value: -0.1356
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 1.427
            },
            right: {
              value: 0.635
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.48164363491451156,
        left: {
          feature: "sentenceSim",
          below: 0.16633810465687243,
          left: {
            feature: "support",
            below: 0.08701410403124153,
            left: {
              value: -0.8683
            },
            right: {
              value: -0.5146
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: -0.2136
            },
            right: {
              value: -0.4484
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
              value: 0.3938
            },
            right: {
              value: -0.2136
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 3.1479
            },
            right: {
              value: 1.3565
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.12105930080427522,
        left: {
          feature: "sentenceSim",
          below: 0.12303291268433642,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5977
            },
            right: {
              value: 0.199
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 1.0095
            },
            right: {
              value: 0.199
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.2906478742894139,
            left: {
              value: -0.88
            },
            right: {
              value: -0.475
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.2204
            },
            right: {
              value: -0.475
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.16212214246003498,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.3245
            },
            right: {
              value: -0.7987
            }
          },
          right: {
            feature: "support",
            below: 0.06543114616913823,
            left: {
              value: -0.0404
            },
            right: {
              value: -0.0404
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.5820579145790276,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0371
            },
            right: {
              value: 0.66
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5691282229983399,
            left: {
              value: 0.66
            },
            right: {
              value: 1.4093
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "sim",
          below: -0.5710100096901239,
          left: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: -0.8448
            },
            right: {
              value: -0.3709
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.5038
            },
            right: {
              value: 2.4074
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
              value: -0.7349
            },
            right: {
              value: -0.1588
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.0984
            },
            right: {
              value: -0.1588
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
            below: 0.12105930080427522,
            left: {
              value: -0.4039
            },
            right: {
              value: -0.8307
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1417
            },
            right: {
              value: -0.3176
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.8796
            },
            right: {
              value: 0.0038
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1417
            },
            right: {
              value: 1.6659
            }
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.12303291268433642,
        left: {
          feature: "support",
          below: 0.08701410403124153,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.8279
            },
            right: {
              value: -0.5034
            }
          },
          right: {
            feature: "distance",
            below: 0.4143460162287648,
            left: {
              value: -0.2153
            },
            right: {
              value: -0.5034
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
              value: 0.7662
            },
            right: {
              value: -0.2153
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2153
            },
            right: {
              value: 1.4454
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.06547588222569338,
        left: {
          feature: "distance",
          below: 0.0752574989159953,
          left: {
            feature: "quantityRarity",
            below: 0.16666666666666666,
            left: {
              value: -0.7931
            },
            right: {
              value: -0.1195
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: -0.5764
            },
            right: {
              value: -0.9438
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
              value: -0.081
            },
            right: {
              value: 0.4978
            }
          },
          right: {
            feature: "sim",
            below: 0.01793322632518545,
            left: {
              value: 0.4978
            },
            right: {
              value: 1.1731
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
            below: 0.1303425782049212,
            left: {
              value: -0.2761
            },
            right: {
              value: 0.6085
            }
          },
          right: {
            value: 2.3611
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.2906478742894139,
            left: {
              value: -0.8036
            },
            right: {
              value: -0.4389
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.1685
            },
            right: {
              value: -0.4389
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
              value: -0.5885
            },
            right: {
              value: -0.142
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.1207
            },
            right: {
              value: -0.142
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.1303425782049212,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.1207
            },
            right: {
              value: 0.4433
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.1995
            },
            right: {
              value: 0.5061
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
            below: 1.1435222410997126,
            left: {
              value: -0.3111
            },
            right: {
              value: 0.2216
            }
          },
          right: {
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: 0.2216
            },
            right: {
              value: 0.869
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9869
          },
          right: {
            value: 1.3387
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.12303291268433642,
        left: {
          feature: "support",
          below: 0.08701410403124153,
          left: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.7648
            },
            right: {
              value: -0.4474
            }
          },
          right: {
            feature: "distance",
            below: 0.4143460162287648,
            left: {
              value: -0.1773
            },
            right: {
              value: -0.4474
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.623
            },
            right: {
              value: -0.0913
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1773
            },
            right: {
              value: 1.6545
            }
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
              value: -0.4096
            },
            right: {
              value: 0.0248
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.5002
            },
            right: {
              value: 0.0248
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9787
          },
          right: {
            value: 1.1052
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
            feature: "sentenceSim",
            below: 0,
            left: {
              value: -0.6594
            },
            right: {
              value: 0.1512
            }
          },
          right: {
            value: -0.9726
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: 0.5549
            },
            right: {
              value: 2.3553
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1690308509457033,
            left: {
              value: 0.5056
            },
            right: {
              value: 0.5056
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
            below: 0.5820579145790276,
            left: {
              value: -0.0126
            },
            right: {
              value: 0.8895
            }
          },
          right: {
            value: 1.9662
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7829
            },
            right: {
              value: 0.4772
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0549
            },
            right: {
              value: -0.3856
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
            below: 1.1435222410997126,
            left: {
              value: -0.275
            },
            right: {
              value: 0.1787
            }
          },
          right: {
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: 0.1787
            },
            right: {
              value: 0.7077
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9643
          },
          right: {
            value: 0.752
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
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: -0.7407
            },
            right: {
              value: -0.153
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.311
            },
            right: {
              value: -0.153
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9577
          },
          right: {
            value: 0.6782
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
            below: 0.5820579145790276,
            left: {
              value: 0.0892
            },
            right: {
              value: 0.828
            }
          },
          right: {
            feature: "marginB",
            below: 1.1435222410997126,
            left: {
              value: -0.5989
            },
            right: {
              value: 0.6989
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9509
          },
          right: {
            value: 0.6133
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
            below: 1.1435222410997126,
            left: {
              value: -0.2662
            },
            right: {
              value: 0.1061
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.2738
            },
            right: {
              value: 1.3805
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9437
          },
          right: {
            value: 0.5558
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
            below: 0.12105930080427522,
            left: {
              value: 0.4258
            },
            right: {
              value: -0.0765
            }
          },
          right: {
            feature: "marginB",
            below: 1.1435222410997126,
            left: {
              value: -0.5654
            },
            right: {
              value: 0.6086
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9361
          },
          right: {
            value: 0.5047
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
              value: 0.0952
            },
            right: {
              value: -0.687
            }
          },
          right: {
            value: -0.9282
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "distance",
            below: 0.4143460162287648,
            left: {
              value: 1.7724
            },
            right: {
              value: 0.3595
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.1690308509457033,
            left: {
              value: 0.3595
            },
            right: {
              value: 0.3595
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
            feature: "keyMissing",
            below: 0,
            left: {
              value: -0.2507
            },
            right: {
              value: -0.8795
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.077
            },
            right: {
              value: -0.2441
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
              value: 0.133
            },
            right: {
              value: -0.077
            }
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: 0.3893
            },
            right: {
              value: 1.0026
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
            below: 1.1435222410997126,
            left: {
              value: -0.1134
            },
            right: {
              value: 0.5963
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.14285714285714285,
            left: {
              value: 0.5963
            },
            right: {
              value: 1.3866
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
              value: -0.1597
            },
            right: {
              value: 1.9915
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.9144
            },
            right: {
              value: -0.3927
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
            below: 1.149631784322438,
            left: {
              value: -0.5268
            },
            right: {
              value: -0.0983
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0844
            },
            right: {
              value: 1.1667
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9165
          },
          right: {
            value: 0.3689
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.05563199942483079,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7842
            },
            right: {
              value: -0.4655
            }
          },
          right: {
            feature: "sim",
            below: -0.7448243645012056,
            left: {
              value: -0.2091
            },
            right: {
              value: -0.2091
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
              value: 0.2342
            },
            right: {
              value: -0.2091
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.2091
            },
            right: {
              value: -0.2091
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
            feature: "running",
            below: 0,
            left: {
              value: 0.2153
            },
            right: {
              value: -0.5401
            }
          },
          right: {
            value: 1.5321
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.6973
            },
            right: {
              value: 0.2652
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.2947
            },
            right: {
              value: -0.272
            }
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
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1316
            },
            right: {
              value: 0.2088
            }
          },
          right: {
            feature: "termSim",
            below: 0.1303425782049212,
            left: {
              value: 0.2088
            },
            right: {
              value: 0.7684
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
              value: -0.167
            },
            right: {
              value: 1.695
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8897
            },
            right: {
              value: -0.3551
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
            below: 1.1435222410997126,
            left: {
              value: -0.2054
            },
            right: {
              value: 0.1074
            }
          },
          right: {
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: 0.1074
            },
            right: {
              value: 0.4831
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9011
          },
          right: {
            value: 0.3479
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
              value: 0.0755
            },
            right: {
              value: 1.0534
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.0721
            },
            right: {
              value: -0.5278
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.911
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: -0.2775
            },
            right: {
              value: 0.0079
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
            below: 0.5820579145790276,
            left: {
              value: 0.0679
            },
            right: {
              value: 0.6546
            }
          },
          right: {
            feature: "marginB",
            below: 1.1435222410997126,
            left: {
              value: -0.4957
            },
            right: {
              value: 0.4835
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8848
          },
          right: {
            value: 0.3363
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
            below: 0.9201408278078299,
            left: {
              value: 0.2194
            },
            right: {
              value: -0.2015
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.2015
            },
            right: {
              value: 0.5008
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "support",
            below: 0.05563199942483079,
            left: {
              value: -0.7641
            },
            right: {
              value: -0.2015
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12303291268433642,
            left: {
              value: -0.5045
            },
            right: {
              value: -0.2015
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
              value: -0.1544
            },
            right: {
              value: 0.2454
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6132
            },
            right: {
              value: 0.9131
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8899
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: -0.2517
            },
            right: {
              value: 0.0254
            }
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "support",
          below: 0.05563199942483079,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7275
            },
            right: {
              value: -0.4141
            }
          },
          right: {
            feature: "sim",
            below: -0.7448243645012056,
            left: {
              value: -0.173
            },
            right: {
              value: -0.173
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.9201408278078299,
            left: {
              value: 0.1593
            },
            right: {
              value: -0.173
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.173
            },
            right: {
              value: -0.173
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.1543033499620919,
        left: {
          feature: "marginA",
          below: 1.149631784322438,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.7712
            },
            right: {
              value: -0.3662
            }
          },
          right: {
            value: -0.1777
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.1771
            },
            right: {
              value: -0.1777
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1777
            },
            right: {
              value: 0.2429
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
              value: 0.0349
            },
            right: {
              value: -0.5678
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.113
            },
            right: {
              value: 0.2743
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29799143418526347,
          left: {
            value: -0.8724
          },
          right: {
            feature: "contextSim",
            below: -0.012605344659534168,
            left: {
              value: 0.0477
            },
            right: {
              value: -0.2426
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
            feature: "marginA",
            below: 0.25550695509931637,
            left: {
              value: -0.0081
            },
            right: {
              value: 0.3915
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5791
            },
            right: {
              value: -0.1268
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
              value: -0.141
            },
            right: {
              value: 1.4426
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8508
            },
            right: {
              value: -0.2742
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.12105930080427522,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.3443
            },
            right: {
              value: -0.534
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3814
            },
            right: {
              value: 0.1095
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
              value: -0.7442
            },
            right: {
              value: -0.3132
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2416
            },
            right: {
              value: -0.3132
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
              value: 0.0452
            },
            right: {
              value: 0.797
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.21320071635561041,
            left: {
              value: -0.5586
            },
            right: {
              value: 0.0061
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.8543
          },
          right: {
            feature: "contextSim",
            below: -0.012605344659534168,
            left: {
              value: 0.0378
            },
            right: {
              value: -0.226
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
              value: 0.0153
            },
            right: {
              value: 1.3937
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.3898
            },
            right: {
              value: 0.5831
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8161
            },
            right: {
              value: -0.3765
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2868
            },
            right: {
              value: -0.3765
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
              value: 0.1987
            },
            right: {
              value: -0.1753
            }
          },
          right: {
            feature: "mutual",
            below: 0,
            left: {
              value: -0.602
            },
            right: {
              value: 0.0516
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
              value: -0.8892
            },
            right: {
              value: -0.28
            }
          },
          right: {
            value: 0.288
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.1543033499620919,
          left: {
            feature: "marginA",
            below: 1.149631784322438,
            left: {
              value: -0.4899
            },
            right: {
              value: -0.1249
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0408
            },
            right: {
              value: 0.5942
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
              value: -0.8792
            },
            right: {
              value: -0.2851
            }
          },
          right: {
            value: 0.2654
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
            below: 0.5820579145790276,
            left: {
              value: -0.0355
            },
            right: {
              value: 0.6287
            }
          },
          right: {
            value: 1.2333
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.1284
            },
            right: {
              value: -0.6416
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.0299
            },
            right: {
              value: -0.1777
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.17186592568755849,
            left: {
              value: -0.3619
            },
            right: {
              value: 0.1352
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5183
            },
            right: {
              value: 0.7703
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
              value: -0.8693
            },
            right: {
              value: -0.2985
            }
          },
          right: {
            value: 0.2262
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
            feature: "keySim",
            below: 0.5,
            left: {
              value: 0.0214
            },
            right: {
              value: 0.376
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5437
            },
            right: {
              value: -0.1119
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.25,
            left: {
              value: -0.7129
            },
            right: {
              value: 0.0044
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 1.2718
            },
            right: {
              value: -0.1565
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
            below: -0.17186592568755849,
            left: {
              value: -0.3323
            },
            right: {
              value: 0.1103
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4887
            },
            right: {
              value: 0.6582
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.81
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: -0.1951
            },
            right: {
              value: 0.036
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
              value: 0.1702
            },
            right: {
              value: -0.1905
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.058
            },
            right: {
              value: -0.8481
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.5,
          left: {
            value: -0.7948
          },
          right: {
            feature: "marginA",
            below: 0.16212214246003498,
            left: {
              value: -0.1921
            },
            right: {
              value: 0.0352
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
            below: 0.03230333766935214,
            left: {
              value: -0.3198
            },
            right: {
              value: 0.1669
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.2886751345948129,
            left: {
              value: -0.5373
            },
            right: {
              value: 0.1759
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
              value: -0.8477
            },
            right: {
              value: -0.2711
            }
          },
          right: {
            value: 0.253
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "sentenceSim",
          below: 0.12303291268433642,
          left: {
            feature: "support",
            below: 0.07447244166043815,
            left: {
              value: -0.4875
            },
            right: {
              value: -0.018
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2338
            },
            right: {
              value: -0.018
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
              value: -0.1259
            },
            right: {
              value: 1.2666
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.8056
            },
            right: {
              value: -0.1822
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
              value: -0.0069
            },
            right: {
              value: 1.0776
            }
          },
          right: {
            feature: "distance",
            below: 0.4628145871797688,
            left: {
              value: 0.0963
            },
            right: {
              value: -0.5761
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.7675
            },
            right: {
              value: -0.3316
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2932
            },
            right: {
              value: -0.3316
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
              value: -0.1321
            },
            right: {
              value: 0.1882
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.8265
            },
            right: {
              value: 0.1882
            }
          }
        },
        right: {
          feature: "anchorSim",
          below: 0.29799143418526347,
          left: {
            value: -0.7677
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.1813
            },
            right: {
              value: 0.0253
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
            feature: "clock",
            below: 0,
            left: {
              value: 0.1138
            },
            right: {
              value: -0.6206
            }
          },
          right: {
            value: 1.1115
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: -0.59
            },
            right: {
              value: 0.2316
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7444
            },
            right: {
              value: -0.1229
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "quantityRarity",
          below: 0.1543033499620919,
          left: {
            feature: "marginA",
            below: 1.149631784322438,
            left: {
              value: -0.4257
            },
            right: {
              value: -0.1044
            }
          },
          right: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.1184
            },
            right: {
              value: -0.1044
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
              value: -0.8337
            },
            right: {
              value: -0.3012
            }
          },
          right: {
            value: 0.1755
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
            below: -0.012605344659534168,
            left: {
              value: -0.0965
            },
            right: {
              value: 0.2059
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5063
            },
            right: {
              value: -0.0965
            }
          }
        },
        right: {
          feature: "support",
          below: 0.029098073141695734,
          left: {
            feature: "contextSim",
            below: -0.10754216783963055,
            left: {
              value: -0.3543
            },
            right: {
              value: -0.7922
            }
          },
          right: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: 0.2942
            },
            right: {
              value: -0.333
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
            below: 0.03230333766935214,
            left: {
              value: -0.3048
            },
            right: {
              value: 0.1474
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3413
            },
            right: {
              value: 0.5195
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.8193
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3704
            },
            right: {
              value: 0.4714
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
              value: 0.8554
            }
          },
          right: {
            feature: "marginA",
            below: 0.7052405551526675,
            left: {
              value: -0.3774
            },
            right: {
              value: 0.627
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
              value: 0.2799
            },
            right: {
              value: -0.3546
            }
          },
          right: {
            value: -0.9043
          }
        }
      },
      {
        feature: "distance",
        below: 0.4628145871797688,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5479
            },
            right: {
              value: -0.1131
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0532
            },
            right: {
              value: 0.6865
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            value: -0.8725
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.5596
            },
            right: {
              value: -0.411
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
            below: 0.5820579145790276,
            left: {
              value: 0.0297
            },
            right: {
              value: 0.4543
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0346
            },
            right: {
              value: -0.7836
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
              value: -0.8077
            },
            right: {
              value: -0.2991
            }
          },
          right: {
            value: 0.1474
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
              value: 0.1014
            },
            right: {
              value: -0.581
            }
          },
          right: {
            value: 1.0398
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.1627
            },
            right: {
              value: -0.5671
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.7032
            },
            right: {
              value: 0.2791
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.4628145871797688,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.5167
            },
            right: {
              value: -0.1012
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0462
            },
            right: {
              value: 0.6209
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            value: -0.846
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.4725
            },
            right: {
              value: -0.4068
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
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.1053
            },
            right: {
              value: -0.3809
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.0255
            },
            right: {
              value: -0.7426
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.793
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3734
            },
            right: {
              value: -0.3671
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0.5820579145790276,
        left: {
          feature: "support",
          below: 0.029098073141695734,
          left: {
            feature: "distance",
            below: 0.6499707680184219,
            left: {
              value: -0.4006
            },
            right: {
              value: -0.1409
            }
          },
          right: {
            feature: "distance",
            below: 0.6499707680184219,
            left: {
              value: 0.0859
            },
            right: {
              value: -0.1409
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.25550695509931637,
          left: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: 0.1267
            },
            right: {
              value: 0.1267
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.5691282229983399,
            left: {
              value: 0.4277
            },
            right: {
              value: 0.9534
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
            feature: "kind:duration",
            below: 0,
            left: {
              value: -0.0208
            },
            right: {
              value: 0.5062
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 1.1666
            },
            right: {
              value: 0.5062
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
              value: -0.5205
            },
            right: {
              value: 0.2632
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.6833
            },
            right: {
              value: 0.2323
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.4628145871797688,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4919
            },
            right: {
              value: -0.0921
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0554
            },
            right: {
              value: 0.7398
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.7,
          left: {
            feature: "contextSim",
            below: 0,
            left: {
              value: -0.5766
            },
            right: {
              value: 0.0188
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: 0.0188
            },
            right: {
              value: 0.8297
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
              value: 0.111
            },
            right: {
              value: -0.4013
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10754216783963055,
            left: {
              value: 0.3251
            },
            right: {
              value: -0.4097
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.4143460162287648,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: 0.0784
            },
            right: {
              value: 0.8943
            }
          },
          right: {
            value: -0.7373
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
              value: 0.0385
            },
            right: {
              value: 0.6003
            }
          },
          right: {
            feature: "marginA",
            below: 0.7052405551526675,
            left: {
              value: -0.3611
            },
            right: {
              value: 0.5147
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "contextSim",
            below: -0.10754216783963055,
            left: {
              value: 0.7263
            },
            right: {
              value: -0.1912
            }
          },
          right: {
            value: -0.8788
          }
        }
      },
      {
        feature: "distance",
        below: 0.4628145871797688,
        left: {
          feature: "distance",
          below: 0.30761223034456847,
          left: {
            feature: "distance",
            below: 0.18135601478342522,
            left: {
              value: 0.0696
            },
            right: {
              value: -0.5452
            }
          },
          right: {
            feature: "support",
            below: 0.02070870179619261,
            left: {
              value: -0.4983
            },
            right: {
              value: 0.5651
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
              value: -0.8622
            },
            right: {
              value: -0.2079
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.3634
            },
            right: {
              value: -0.3967
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.081
            },
            right: {
              value: -0.4078
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.3896
            },
            right: {
              value: 0.5691
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7731
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3568
            },
            right: {
              value: -0.3562
            }
          }
        }
      },
      {
        feature: "marginA",
        below: -0.17186592568755849,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.5,
            left: {
              value: -0.6351
            },
            right: {
              value: -0.1269
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056357905833522154,
            left: {
              value: -0.2585
            },
            right: {
              value: -0.1269
            }
          }
        },
        right: {
          feature: "contextSim",
          below: 0.19408176003825833,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0969
            },
            right: {
              value: -0.1269
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.1269
            },
            right: {
              value: 0.5432
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.4628145871797688,
        left: {
          feature: "quantityRarity",
          below: 0.16666666666666666,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4647
            },
            right: {
              value: -0.0822
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0472
            },
            right: {
              value: 0.6412
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
              value: -0.8475
            },
            right: {
              value: -0.1976
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056357905833522154,
            left: {
              value: -0.1882
            },
            right: {
              value: 0.7381
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
              value: 0.098
            },
            right: {
              value: -0.372
            }
          },
          right: {
            feature: "contextSim",
            below: -0.10754216783963055,
            left: {
              value: 0.3101
            },
            right: {
              value: -0.3774
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.4143460162287648,
          left: {
            feature: "sentenceSim",
            below: 0,
            left: {
              value: -0.598
            },
            right: {
              value: 0.4648
            }
          },
          right: {
            value: -0.6977
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
            below: 0.5691282229983399,
            left: {
              value: -0.1293
            },
            right: {
              value: 0.6334
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12303291268433642,
            left: {
              value: -0.6112
            },
            right: {
              value: 1.619
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "marginA",
            below: 0.06547588222569338,
            left: {
              value: -0.1965
            },
            right: {
              value: 0.1152
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -1.062
            },
            right: {
              value: 0.2204
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
              value: -0.108
            },
            right: {
              value: 0.1476
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.4746
            },
            right: {
              value: 0.4357
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
              value: -0.7577
            },
            right: {
              value: -0.2605
            }
          },
          right: {
            value: 0.1633
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012605344659534168,
          left: {
            feature: "contextSim",
            below: -0.038474607720129866,
            left: {
              value: 0.0392
            },
            right: {
              value: -0.6128
            }
          },
          right: {
            feature: "marginA",
            below: 1.149631784322438,
            left: {
              value: 0.0055
            },
            right: {
              value: 0.7507
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
              value: 0.2416
            },
            right: {
              value: -0.2959
            }
          },
          right: {
            value: -0.8477
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "quantityRarity",
          below: 0.10660035817780521,
          left: {
            feature: "sim",
            below: 0.01793322632518545,
            left: {
              value: -0.7433
            },
            right: {
              value: -0.2269
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0572
            },
            right: {
              value: -0.2058
            }
          }
        },
        right: {
          value: -0.5913
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "distance",
          below: 0.4143460162287648,
          left: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0276
            },
            right: {
              value: 0.8072
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.7,
            left: {
              value: -0.3583
            },
            right: {
              value: 0.3959
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6941
            },
            right: {
              value: -0.2747
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2737
            },
            right: {
              value: -0.2747
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
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0779
            },
            right: {
              value: -0.6022
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 1.0683
            },
            right: {
              value: 0.4609
            }
          }
        },
        right: {
          feature: "past",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3948
            },
            right: {
              value: -0.0047
            }
          },
          right: {
            feature: "contextSim",
            below: 0.056357905833522154,
            left: {
              value: 0.0404
            },
            right: {
              value: 2.4313
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
              value: 0.1515
            },
            right: {
              value: -0.4432
            }
          },
          right: {
            feature: "contextSim",
            below: -0.012605344659534168,
            left: {
              value: -0.6378
            },
            right: {
              value: 0.0192
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
              value: 0.1357
            },
            right: {
              value: -0.6043
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.7775
            },
            right: {
              value: 0.4752
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.36407343811228865,
        left: {
          feature: "support",
          below: 0.08701410403124153,
          left: {
            value: -0.7913
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.2431
            },
            right: {
              value: -0.2086
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
              value: -0.0043
            },
            right: {
              value: 0.3005
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.36633273744918293,
            left: {
              value: -0.2086
            },
            right: {
              value: 0.2536
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.9201408278078299,
        left: {
          feature: "quantityRarity",
          below: 0.10660035817780521,
          left: {
            feature: "sim",
            below: 0.01793322632518545,
            left: {
              value: -0.7257
            },
            right: {
              value: -0.2172
            }
          },
          right: {
            feature: "distance",
            below: 0.03230333766935214,
            left: {
              value: -0.1832
            },
            right: {
              value: 0.0552
            }
          }
        },
        right: {
          value: -0.566
        }
      },
      {
        feature: "running",
        below: 0,
        left: {
          feature: "distance",
          below: 0.4143460162287648,
          left: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.0192
            },
            right: {
              value: 0.4886
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.812
            },
            right: {
              value: 0.0241
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
              value: -0.3435
            },
            right: {
              value: 0.3785
            }
          },
          right: {
            value: -0.8152
          }
        }
      },
      {
        feature: "contextSim",
        below: 0.19408176003825833,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.0678
            },
            right: {
              value: -0.2073
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.1163
            },
            right: {
              value: 1.1658
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
              value: -0.7135
            },
            right: {
              value: 0.1869
            }
          },
          right: {
            value: 0.8884
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
            feature: "relative",
            below: 0,
            left: {
              value: 0.1192
            },
            right: {
              value: -0.136
            }
          },
          right: {
            feature: "revised",
            below: 0,
            left: {
              value: -0.6521
            },
            right: {
              value: 0.7403
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.12105930080427522,
          left: {
            feature: "distance",
            below: 0.03230333766935214,
            left: {
              value: -0.5849
            },
            right: {
              value: 0.4816
            }
          },
          right: {
            value: -0.9046
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
              value: 0.1416
            },
            right: {
              value: -0.1602
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.5162
            },
            right: {
              value: 0.5359
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6651
            },
            right: {
              value: -0.2598
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.254
            },
            right: {
              value: -0.2598
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
              value: 0.0442
            },
            right: {
              value: -0.2333
            }
          },
          right: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.0901
            },
            right: {
              value: 0.7151
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "sentenceSim",
            below: 0.36633273744918293,
            left: {
              value: -0.6003
            },
            right: {
              value: 0.0953
            }
          },
          right: {
            value: 0.5429
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.4628145871797688,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.1111
            },
            right: {
              value: -0.2072
            }
          },
          right: {
            feature: "termSim",
            below: 0.16847560312859225,
            left: {
              value: -0.757
            },
            right: {
              value: 0.0938
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
              value: -0.0312
            },
            right: {
              value: 0.8221
            }
          },
          right: {
            feature: "marginB",
            below: -0.02105808769057056,
            left: {
              value: -0.5676
            },
            right: {
              value: 1.9769
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.01793322632518545,
          left: {
            value: -0.7119
          },
          right: {
            value: -0.213
          }
        },
        right: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19408176003825833,
            left: {
              value: 0.0606
            },
            right: {
              value: -0.213
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: 0.0399
            },
            right: {
              value: -0.213
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "distance",
            below: 0.10034333188799373,
            left: {
              value: -0.0516
            },
            right: {
              value: 0.4551
            }
          },
          right: {
            feature: "distance",
            below: 0.25938375012788123,
            left: {
              value: -0.6348
            },
            right: {
              value: -0.0359
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 0.0795
            },
            right: {
              value: -0.679
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.1856
            },
            right: {
              value: 1.5996
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
              value: 0.0534
            },
            right: {
              value: -0.4253
            }
          },
          right: {
            feature: "distance",
            below: 0.12105930080427522,
            left: {
              value: 0.0379
            },
            right: {
              value: -0.8795
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.1940655884209617,
          left: {
            value: -0.5713
          },
          right: {
            feature: "marginA",
            below: 0.25550695509931637,
            left: {
              value: -0.1338
            },
            right: {
              value: 0.0625
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "kind:length",
          below: 0,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0257
            },
            right: {
              value: -0.3346
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: -0.7229
            },
            right: {
              value: 0.5457
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
              value: -0.0242
            },
            right: {
              value: 0.6901
            }
          },
          right: {
            feature: "marginB",
            below: -0.02105808769057056,
            left: {
              value: -0.5652
            },
            right: {
              value: 1.6585
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012605344659534168,
          left: {
            feature: "contextSim",
            below: -0.038474607720129866,
            left: {
              value: 0.0375
            },
            right: {
              value: -0.5835
            }
          },
          right: {
            feature: "marginA",
            below: 1.149631784322438,
            left: {
              value: 0.0012
            },
            right: {
              value: 0.6941
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
              value: -0.5619
            },
            right: {
              value: -0.1734
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1734
            },
            right: {
              value: 0.4703
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.5827293423354002,
          left: {
            feature: "distance",
            below: 0.5061713132926292,
            left: {
              value: 0.0137
            },
            right: {
              value: -0.8058
            }
          },
          right: {
            feature: "termSim",
            below: 0.1303425782049212,
            left: {
              value: -0.1576
            },
            right: {
              value: 0.5598
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7125
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.4275
            },
            right: {
              value: -0.2881
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.36407343811228865,
        left: {
          feature: "support",
          below: 0.08701410403124153,
          left: {
            value: -0.7713
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.2338
            },
            right: {
              value: -0.1861
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
              value: -0.0383
            },
            right: {
              value: 0.1151
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.5724
            },
            right: {
              value: 0.1151
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03230333766935214,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7942
            },
            right: {
              value: 0.593
            }
          },
          right: {
            feature: "distance",
            below: 0.0752574989159953,
            left: {
              value: 0.2101
            },
            right: {
              value: -0.0476
            }
          }
        },
        right: {
          value: 0.4035
        }
      },
      {
        feature: "quantityRarity",
        below: 0.3333333333333333,
        left: {
          feature: "marginB",
          below: 1.1435222410997126,
          left: {
            feature: "kind:money",
            below: 0,
            left: {
              value: -0.0708
            },
            right: {
              value: -0.6011
            }
          },
          right: {
            value: 0.0147
          }
        },
        right: {
          feature: "support",
          below: 0.029098073141695734,
          left: {
            feature: "termSim",
            below: 0.5820579145790276,
            left: {
              value: 0.0147
            },
            right: {
              value: 0.1112
            }
          },
          right: {
            feature: "distance",
            below: 0.30761223034456847,
            left: {
              value: 0.1112
            },
            right: {
              value: 0.7071
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.5827293423354002,
          left: {
            feature: "distance",
            below: 0.5061713132926292,
            left: {
              value: 0.0132
            },
            right: {
              value: -0.7894
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.5932
            },
            right: {
              value: -0.0824
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6958
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3771
            },
            right: {
              value: -0.2989
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
              value: 0.0102
            },
            right: {
              value: 0.5039
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.3028
            },
            right: {
              value: 0.6156
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.005723224226422729,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: -0.6699
            },
            right: {
              value: -0.2859
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2013
            },
            right: {
              value: -0.2859
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.0724
            },
            right: {
              value: 0.7925
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.10736613768217379,
            left: {
              value: 0.2142
            },
            right: {
              value: 1.5463
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0481
            },
            right: {
              value: -0.3041
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -1.0421
            },
            right: {
              value: 0.2179
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
            below: 0.4628145871797688,
            left: {
              value: 0.0143
            },
            right: {
              value: -0.2857
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0084
            },
            right: {
              value: 0.4926
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6836
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3337
            },
            right: {
              value: -0.3097
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
              value: 0.0083
            },
            right: {
              value: 0.4709
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.792481250360578,
            left: {
              value: -0.279
            },
            right: {
              value: 0.5481
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.09630288113759874,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5669
            },
            right: {
              value: -0.2162
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.2611
            },
            right: {
              value: -0.2162
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
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.0698
            },
            right: {
              value: -0.3331
            }
          },
          right: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.22
            },
            right: {
              value: 0.5054
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
              value: -0.6895
            },
            right: {
              value: -0.242
            }
          },
          right: {
            value: 0.1177
          }
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "kind:duration",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.07
            },
            right: {
              value: 0.7951
            }
          },
          right: {
            value: 1.3733
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0445
            },
            right: {
              value: -0.2973
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -1.0141
            },
            right: {
              value: 0.2077
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "contextSim",
          below: -0.012605344659534168,
          left: {
            feature: "contextSim",
            below: -0.038474607720129866,
            left: {
              value: 0.0373
            },
            right: {
              value: -0.5501
            }
          },
          right: {
            feature: "marginA",
            below: 1.149631784322438,
            left: {
              value: 0.0058
            },
            right: {
              value: 0.633
            }
          }
        },
        right: {
          feature: "support",
          below: 0.02070870179619261,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.7887
            },
            right: {
              value: -0.3232
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0668
            },
            right: {
              value: -0.3232
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10660035817780521,
        left: {
          feature: "sim",
          below: 0.01793322632518545,
          left: {
            value: -0.6889
          },
          right: {
            value: -0.1978
          }
        },
        right: {
          feature: "distance",
          below: 0.9201408278078299,
          left: {
            feature: "contextSim",
            below: 0,
            left: {
              value: -0.025
            },
            right: {
              value: 0.1308
            }
          },
          right: {
            feature: "sim",
            below: -0.1940655884209617,
            left: {
              value: -0.1978
            },
            right: {
              value: -0.0394
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.5827293423354002,
          left: {
            feature: "distance",
            below: 0.5061713132926292,
            left: {
              value: 0.0114
            },
            right: {
              value: -0.7665
            }
          },
          right: {
            feature: "termSim",
            below: 0.1303425782049212,
            left: {
              value: -0.1814
            },
            right: {
              value: 0.4869
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.6554
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3083
            },
            right: {
              value: -0.3049
            }
          }
        }
      },
      {
        feature: "kind:speed",
        below: 0,
        left: {
          feature: "distance",
          below: 0.03230333766935214,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.7498
            },
            right: {
              value: 0.5535
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.10660035817780521,
            left: {
              value: -0.5873
            },
            right: {
              value: 0.041
            }
          }
        },
        right: {
          value: 0.3628
        }
      },
      {
        feature: "distance",
        below: 0.0752574989159953,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1034
            },
            right: {
              value: 0.7169
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.12303291268433642,
            left: {
              value: -0.5942
            },
            right: {
              value: 1.2864
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0363
            },
            right: {
              value: -0.2708
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.9842
            },
            right: {
              value: 0.1972
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
              value: 0.1176
            },
            right: {
              value: -0.3988
            }
          },
          right: {
            feature: "support",
            below: 0.07447244166043815,
            left: {
              value: -0.5111
            },
            right: {
              value: 0.1153
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.10754216783963055,
          left: {
            feature: "quantityRarity",
            below: 0.1889822365046136,
            left: {
              value: -0.3895
            },
            right: {
              value: 1.1606
            }
          },
          right: {
            feature: "support",
            below: 0.029098073141695734,
            left: {
              value: -0.7019
            },
            right: {
              value: -0.0643
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
            feature: "approximate",
            below: 0,
            left: {
              value: -0.0102
            },
            right: {
              value: 0.2223
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.0179
            },
            right: {
              value: -0.7737
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.1940655884209617,
          left: {
            value: -0.5237
          },
          right: {
            feature: "marginA",
            below: 0.25550695509931637,
            left: {
              value: -0.0993
            },
            right: {
              value: 0.0598
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
            feature: "distance",
            below: 0.4628145871797688,
            left: {
              value: 0.0133
            },
            right: {
              value: -0.2584
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.0363
            },
            right: {
              value: 0.6915
            }
          }
        },
        right: {
          feature: "sim",
          below: -0.1940655884209617,
          left: {
            value: -0.5103
          },
          right: {
            feature: "marginA",
            below: 0.25550695509931637,
            left: {
              value: -0.0984
            },
            right: {
              value: 0.0591
            }
          }
        }
      }
    ]
  },
  threshold: 0.6
};
