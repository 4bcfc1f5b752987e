import type { LinkModel } from '../reconcile/score-pairs.js';

/**
 * The linker's fitted models, written by scripts/fit-link-model.js (do not edit by hand): the
 * weights of each named piece of evidence and the threshold a clash is reported at.
 * Cross-validated by story at 0.55: P 0.81 (48/59) R 0.23 (48/213) traps 5/553.
 */
export const LINK_MODEL: LinkModel = {
  same: {
    bias: -3.3621,
    weights: {
      anchorSim: 0.745,
      clock: 0.0637,
      contextSim: 1.1885,
      contrastClash: -1.3125,
      "date.anchorSim": 0.745,
      "date.clock": 0.4386,
      "date.contextSim": -0.864,
      "date.contrastClash": -0.5956,
      "date.entityDiverge": 0.4531,
      "date.entityShared": 0.769,
      "date.entityUnnamed": 0.1468,
      "date.headAdjacent": -0.3703,
      "date.headsApart": 0.7211,
      "date.keyInOther": 0.7751,
      "date.keyInSentence": -0.3216,
      "date.keyMissing": 0.3838,
      "date.keySim": 0.2193,
      "date.modifierMismatch": 0,
      "date.momentClash": 0,
      "date.momentOne": 0,
      "date.ownerClash": 0,
      "date.past": -0.0336,
      "date.pastMoment": 0,
      "date.predicateBoth": 0.4597,
      "date.predicateSim": -0.2163,
      "date.publishedApart": 0.6118,
      "date.quantityRarity": 0.3275,
      "date.revised": -0.9292,
      "date.roleMismatch": 0,
      "date.running": 0,
      "date.runningApart": 0,
      "date.sentenceSim": -0.3941,
      "date.termSim": 0.4026,
      "date.totalMismatch": 0.6106,
      entityDiverge: -0.3864,
      entityShared: -0.1182,
      entityUnnamed: -0.4454,
      headAdjacent: 0.2648,
      headsApart: -0.362,
      keyInOther: -0.2401,
      keyInSentence: 0.9589,
      keyMissing: 0.0653,
      keySim: 0.0511,
      "kind:age": 0.6002,
      "kind:count": -0.5549,
      "kind:date": -0.863,
      "kind:duration": 0.0727,
      "kind:measure": 0.514,
      "kind:money": 0.4532,
      "kind:points": 0.0398,
      "kind:rate": -0.2313,
      "kind:ratio": 0.0136,
      "kind:share": -0.0444,
      modifierMismatch: -0.7053,
      momentClash: -0.0561,
      momentOne: 0.1265,
      ownerClash: -0.6407,
      past: -0.285,
      pastMoment: -0.77,
      predicateBoth: 0.0517,
      predicateSim: 0.25,
      publishedApart: -0.0432,
      quantityRarity: 1.5525,
      revised: -0.0821,
      roleMismatch: -0.0376,
      running: 0.1255,
      runningApart: 0.3468,
      sentenceSim: 3.0444,
      termSim: 1.5413,
      totalMismatch: -0.0274
    }
  },
  clash: {
    base: -3.4302,
    rate: 0.1,
    trees: [
      {
        feature: "sim",
        below: -0.15334698623220294,
        left: {
          feature: "sim",
          below: -0.3904780331029092,
          left: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: -0.3047
            },
            right: {
              value: -0.8953
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.2536
            },
            right: {
              value: 4.1851
            }
          }
        },
        right: {
          feature: "marginA",
          below: 0.7531779360827977,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 5.5761
            },
            right: {
              value: 4.1851
            }
          },
          right: {
            feature: "termSim",
            below: 0.39010500963992734,
            left: {
              value: 11.7953
            },
            right: {
              value: 23.8708
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.30613686436908644,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "sim",
            below: -0.556244,
            left: {
              value: -0.6502
            },
            right: {
              value: 0.6359
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.9366
            },
            right: {
              value: -0.516
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "mutual",
            below: 0,
            left: {
              value: 0.7973
            },
            right: {
              value: 3.9426
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.4132
            },
            right: {
              value: 0.6359
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.30613686436908644,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "quantityRarity",
            below: 0.3779644730092272,
            left: {
              value: -0.3454
            },
            right: {
              value: 0.3953
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8684
            },
            right: {
              value: 0.3181
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "termSim",
            below: 0.12042094506244534,
            left: {
              value: 0.8665
            },
            right: {
              value: 2.9669
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 1.1471
            },
            right: {
              value: 0.3953
            }
          }
        }
      },
      {
        feature: "mutual",
        below: 0,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2251
            },
            right: {
              value: 0.2271
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.873
            },
            right: {
              value: 0.1481
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
              value: 0.7115
            },
            right: {
              value: 2.4923
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.85,
            left: {
              value: 0.2271
            },
            right: {
              value: 1.5346
            }
          }
        }
      },
      {
        feature: "keySim",
        below: 0.7,
        left: {
          feature: "sim",
          below: -0.48871949835008854,
          left: {
            feature: "sentenceSim",
            below: 0.15631397548043405,
            left: {
              value: -0.8783
            },
            right: {
              value: -0.3636
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0505
            },
            right: {
              value: 0.5811
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.12042094506244534,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.5811
            },
            right: {
              value: 1.4084
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 2.3428
            },
            right: {
              value: 1.4084
            }
          }
        }
      },
      {
        feature: "mutual",
        below: 0,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1652
            },
            right: {
              value: 0.097
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.8447
            },
            right: {
              value: 0.097
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
              value: 1.4381
            },
            right: {
              value: 4.5205
            }
          },
          right: {
            feature: "anchorSim",
            below: 0.21753562705558627,
            left: {
              value: 0.097
            },
            right: {
              value: 1.0302
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3904780331029092,
        left: {
          feature: "sentenceSim",
          below: 0.15631397548043405,
          left: {
            feature: "support",
            below: 0.07669170816362161,
            left: {
              value: -0.8803
            },
            right: {
              value: -0.4881
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.0062
            },
            right: {
              value: -0.4534
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: 0.0062
            },
            right: {
              value: 1.4825
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 4.8174
            },
            right: {
              value: 2.2782
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.049844458452587094,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "sentenceSim",
            below: 0.13313848635742623,
            left: {
              value: -0.5327
            },
            right: {
              value: -0.0296
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.8906
            },
            right: {
              value: -0.5562
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.1505149978319906,
          left: {
            feature: "marginB",
            below: -0.0771897950169711,
            left: {
              value: -0.0296
            },
            right: {
              value: 1.4503
            }
          },
          right: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.0296
            },
            right: {
              value: 0.7375
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.3904780331029092,
        left: {
          feature: "sentenceSim",
          below: 0.15631397548043405,
          left: {
            feature: "support",
            below: 0.07669170816362161,
            left: {
              value: -0.854
            },
            right: {
              value: -0.4393
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.0507
            },
            right: {
              value: -0.3997
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
              value: 0.9242
            },
            right: {
              value: 2.9677
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.4393
            },
            right: {
              value: -0.0507
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.049844458452587094,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "quantityRarity",
            below: 0.3779644730092272,
            left: {
              value: -0.2187
            },
            right: {
              value: -0.0759
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.8663
            },
            right: {
              value: -0.5126
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
              value: 1.1639
            },
            right: {
              value: 0.0061
            }
          },
          right: {
            feature: "anchorSim",
            below: 0,
            left: {
              value: -0.0759
            },
            right: {
              value: 0.6307
            }
          }
        }
      },
      {
        feature: "keySim",
        below: 0.7,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.6834
            },
            right: {
              value: -0.1891
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.2624
            },
            right: {
              value: -0.1891
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.12042094506244534,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.2624
            },
            right: {
              value: 0.8218
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 1.5164
            },
            right: {
              value: 0.8218
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.48871949835008854,
        left: {
          feature: "sentenceSim",
          below: 0.15631397548043405,
          left: {
            feature: "support",
            below: 0.09177193665628368,
            left: {
              value: -0.82
            },
            right: {
              value: -0.4761
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.1785
            },
            right: {
              value: -0.4761
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
              value: 0.64
            },
            right: {
              value: 2.4732
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1785
            },
            right: {
              value: 1.5796
            }
          }
        }
      },
      {
        feature: "marginA",
        below: 0.049844458452587094,
        left: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "quantityRarity",
            below: 0.3779644730092272,
            left: {
              value: -0.1404
            },
            right: {
              value: -0.0982
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.8283
            },
            right: {
              value: -0.4432
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.0567
            },
            right: {
              value: 0.8618
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.0982
            },
            right: {
              value: 0.4614
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "sim",
          below: -0.6094378892615537,
          left: {
            feature: "quantityRarity",
            below: 0.18257418583505536,
            left: {
              value: -0.8165
            },
            right: {
              value: -0.3225
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.5216
            },
            right: {
              value: 2.4372
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.22698763817791467,
            left: {
              value: -0.8155
            },
            right: {
              value: -0.4536
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2441
            },
            right: {
              value: 1.7266
            }
          }
        }
      },
      {
        feature: "marginB",
        below: 0.7799653617712394,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.5,
            left: {
              value: -0.2051
            },
            right: {
              value: -0.864
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2268
            },
            right: {
              value: -0.1119
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.85,
          left: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.6499
            },
            right: {
              value: 0.2268
            }
          },
          right: {
            value: 1.3996
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0.13313848635742623,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "support",
            below: 0.09177193665628368,
            left: {
              value: -0.7569
            },
            right: {
              value: -0.4091
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: -0.1673
            },
            right: {
              value: -0.4091
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
              value: 0.8194
            },
            right: {
              value: -0.0786
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1673
            },
            right: {
              value: 1.9569
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
            below: 0.12042094506244534,
            left: {
              value: -0.2043
            },
            right: {
              value: 0.6922
            }
          },
          right: {
            value: 2.3578
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "sim",
            below: -0.30613686436908644,
            left: {
              value: -0.7896
            },
            right: {
              value: -0.4144
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.2105
            },
            right: {
              value: -0.4144
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.1505149978319906,
        left: {
          feature: "quantityRarity",
          below: 0.18257418583505536,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: -0.6785
            },
            right: {
              value: 0.1302
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.4711
            },
            right: {
              value: 2.063
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0,
          left: {
            feature: "support",
            below: 0.22698763817791467,
            left: {
              value: -0.7541
            },
            right: {
              value: -0.4048
            }
          },
          right: {
            feature: "distance",
            below: 0.716127770264598,
            left: {
              value: 0.1868
            },
            right: {
              value: -0.4048
            }
          }
        }
      },
      {
        feature: "keySim",
        below: 0.7,
        left: {
          feature: "quantityRarity",
          below: 0.3333333333333333,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.5473
            },
            right: {
              value: -0.1685
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.1575
            },
            right: {
              value: -0.1685
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.12042094506244534,
          left: {
            feature: "digitKin",
            below: 0,
            left: {
              value: 0.1575
            },
            right: {
              value: 0.553
            }
          },
          right: {
            feature: "contextSim",
            below: -0.025720766626755764,
            left: {
              value: 0.553
            },
            right: {
              value: 1.2516
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
              value: -0.6341
            },
            right: {
              value: -0.1465
            }
          },
          right: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: 0.0822
            },
            right: {
              value: 0.8517
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9854
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 2.899
            },
            right: {
              value: 0.5906
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
              value: -0.6094
            },
            right: {
              value: -0.1464
            }
          },
          right: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: 0.0735
            },
            right: {
              value: 0.7668
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.981
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 2.5837
            },
            right: {
              value: 0.4741
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
            feature: "marginA",
            below: -0.19556619140242174,
            left: {
              value: -0.7545
            },
            right: {
              value: 0.303
            }
          },
          right: {
            value: 2.0431
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.6
            },
            right: {
              value: 0.1422
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.9766
            },
            right: {
              value: 1.7226
            }
          }
        }
      },
      {
        feature: "sim",
        below: -0.584089481384394,
        left: {
          feature: "support",
          below: 0.05914703626397753,
          left: {
            feature: "quantityRarity",
            below: 0.20412414523193154,
            left: {
              value: -0.8263
            },
            right: {
              value: -0.4385
            }
          },
          right: {
            feature: "distance",
            below: 0.5,
            left: {
              value: -0.2115
            },
            right: {
              value: -0.4385
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
              value: 0.4998
            },
            right: {
              value: -0.1202
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2115
            },
            right: {
              value: 1.2315
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.5884
            },
            right: {
              value: -0.0961
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.1367
            },
            right: {
              value: 1.7633
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.97
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 2.0173
            },
            right: {
              value: 0.2099
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.4437
            },
            right: {
              value: -0.1554
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.7041
            },
            right: {
              value: -0.2293
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.965
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 1.8213
            },
            right: {
              value: 0.1454
            }
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "quantityRarity",
            below: 0.2581988897471611,
            left: {
              value: -0.7753
            },
            right: {
              value: -0.4329
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.2343
            },
            right: {
              value: -0.4329
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.297
            },
            right: {
              value: -0.2343
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2343
            },
            right: {
              value: 1.2589
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "agreeAltB",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.19556619140242174,
            left: {
              value: -0.2139
            },
            right: {
              value: 0.2538
            }
          },
          right: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.6386
            },
            right: {
              value: -0.2139
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9575
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 1.5613
            },
            right: {
              value: 0.0461
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.08453511524528101,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.041646245536099975,
            left: {
              value: -0.1784
            },
            right: {
              value: 0.4684
            }
          },
          right: {
            value: 1.7994
          }
        },
        right: {
          feature: "marginA",
          below: 0.049844458452587094,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.6909
            },
            right: {
              value: -0.3214
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.3504
            },
            right: {
              value: -0.2143
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.37
            },
            right: {
              value: -0.1469
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.6728
            },
            right: {
              value: -0.2264
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9504
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 1.4327
            },
            right: {
              value: 0.011
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
            feature: "termSim",
            below: 0,
            left: {
              value: -0.2883
            },
            right: {
              value: 0.2044
            }
          },
          right: {
            value: -0.9442
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: 1.8221
            },
            right: {
              value: 0.4213
            }
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: 0.4213
            },
            right: {
              value: 0.4213
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.5382
            },
            right: {
              value: -0.1045
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0955
            },
            right: {
              value: 1.3325
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9377
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 1.1784
            },
            right: {
              value: -0.1027
            }
          }
        }
      },
      {
        feature: "entityUnnamed",
        below: 0,
        left: {
          feature: "marginB",
          below: -0.18822880854685736,
          left: {
            feature: "keyInOther",
            below: 0.25,
            left: {
              value: -0.2766
            },
            right: {
              value: -0.065
            }
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.3562
            },
            right: {
              value: -0.065
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.2886751345948129,
          left: {
            feature: "keySim",
            below: 0,
            left: {
              value: -0.7941
            },
            right: {
              value: -0.5079
            }
          },
          right: {
            feature: "support",
            below: 0.07669170816362161,
            left: {
              value: -0.5079
            },
            right: {
              value: -0.2766
            }
          }
        }
      },
      {
        feature: "agreeAltA",
        below: 0,
        left: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.2676
            },
            right: {
              value: -0.2518
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2518
            },
            right: {
              value: 0.6739
            }
          }
        },
        right: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.6987
            },
            right: {
              value: -0.4367
            }
          },
          right: {
            value: -0.2518
          }
        }
      },
      {
        feature: "agreeAltB",
        below: 0,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: 0.4061
            },
            right: {
              value: -0.1076
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2635
            },
            right: {
              value: 1.1412
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "marginB",
            below: -0.28061734982222086,
            left: {
              value: -0.925
            },
            right: {
              value: -0.4552
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.2635
            },
            right: {
              value: -0.5777
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "marginB",
            below: -0.21772758893486133,
            left: {
              value: -0.2087
            },
            right: {
              value: 0.1781
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.6146
            },
            right: {
              value: -0.2087
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9254
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 1.0516
            },
            right: {
              value: -0.153
            }
          }
        }
      },
      {
        feature: "marginA",
        below: -0.19556619140242174,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: -0.8504
            },
            right: {
              value: -0.2468
            }
          },
          right: {
            feature: "agreeAltA",
            below: 0,
            left: {
              value: -0.2468
            },
            right: {
              value: -0.5299
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.1813
            },
            right: {
              value: -0.2468
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2468
            },
            right: {
              value: 0.4747
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
            feature: "agreeAltB",
            below: 0,
            left: {
              value: 0.2269
            },
            right: {
              value: -0.499
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.3779644730092272,
            left: {
              value: -0.5562
            },
            right: {
              value: 0.2904
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.9144
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.948
            },
            right: {
              value: -0.1867
            }
          }
        }
      },
      {
        feature: "sentenceSim",
        below: 0,
        left: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "quantityRarity",
            below: 0.2581988897471611,
            left: {
              value: -0.6643
            },
            right: {
              value: -0.3369
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1792
            },
            right: {
              value: -0.3369
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.2866
            },
            right: {
              value: -0.1792
            }
          },
          right: {
            feature: "keySim",
            below: 0.7,
            left: {
              value: -0.1792
            },
            right: {
              value: 0.0106
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
              value: 0.0493
            },
            right: {
              value: -0.5723
            }
          },
          right: {
            value: -0.9043
          }
        },
        right: {
          feature: "relative",
          below: 0,
          left: {
            feature: "distance",
            below: 0.3941593525723606,
            left: {
              value: 1.6367
            },
            right: {
              value: 0.3011
            }
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: 0.2981
            },
            right: {
              value: 0.2981
            }
          }
        }
      },
      {
        feature: "agreeAltA",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.1001
            },
            right: {
              value: 1.2218
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.303
            },
            right: {
              value: -0.22
            }
          }
        },
        right: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.6436
            },
            right: {
              value: -0.388
            }
          },
          right: {
            value: -0.22
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
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3168
            },
            right: {
              value: -0.2403
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.1918
            },
            right: {
              value: -0.2403
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "support",
            below: 0.052290714085556286,
            left: {
              value: -0.7844
            },
            right: {
              value: -0.2403
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.11387685949304763,
            left: {
              value: -0.5445
            },
            right: {
              value: -0.2403
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.4674
            },
            right: {
              value: -0.0989
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0567
            },
            right: {
              value: 0.9602
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8929
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.831
            },
            right: {
              value: -0.2348
            }
          }
        }
      },
      {
        feature: "agreeAltB",
        below: 0,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.2189
            },
            right: {
              value: -0.2213
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.2213
            },
            right: {
              value: 0.8549
            }
          }
        },
        right: {
          feature: "marginB",
          below: -0.28061734982222086,
          left: {
            value: -0.9029
          },
          right: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.3584
            },
            right: {
              value: -0.2213
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.215
            },
            right: {
              value: -0.138
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.5453
            },
            right: {
              value: -0.1929
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            value: -0.8921
          },
          right: {
            feature: "marginA",
            below: 0.1992028897867534,
            left: {
              value: -0.2721
            },
            right: {
              value: 0.1107
            }
          }
        }
      },
      {
        feature: "termSim",
        below: 0,
        left: {
          feature: "quantityRarity",
          below: 0.3779644730092272,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.4139
            },
            right: {
              value: -0.1914
            }
          },
          right: {
            feature: "support",
            below: 0.05914703626397753,
            left: {
              value: -0.1914
            },
            right: {
              value: -0.0491
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.0801
            },
            right: {
              value: -0.0491
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.4314091638037112,
            left: {
              value: 0.2202
            },
            right: {
              value: 0.8638
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "agreeAltA",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.176
            },
            right: {
              value: -0.1648
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.4848
            },
            right: {
              value: -0.1648
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.85,
          left: {
            value: -0.8795
          },
          right: {
            feature: "contextSim",
            below: -0.025720766626755764,
            left: {
              value: 0.0758
            },
            right: {
              value: -0.2459
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.8835
          },
          right: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: -0.3547
            },
            right: {
              value: -0.579
            }
          }
        },
        right: {
          feature: "running",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.1565
            },
            right: {
              value: -0.2355
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.3547
            },
            right: {
              value: 0.6474
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "agreeAltB",
          below: 0,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.1231
            },
            right: {
              value: -0.1715
            }
          },
          right: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.4862
            },
            right: {
              value: -0.1715
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.85,
          left: {
            value: -0.8682
          },
          right: {
            feature: "contextSim",
            below: -0.025720766626755764,
            left: {
              value: 0.0702
            },
            right: {
              value: -0.2421
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
            below: 0.18884643063146156,
            left: {
              value: 0.1384
            },
            right: {
              value: -0.202
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.7826
            },
            right: {
              value: -0.1532
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
              value: -0.6042
            },
            right: {
              value: -0.202
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.11387685949304763,
            left: {
              value: -0.5026
            },
            right: {
              value: -0.202
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.4183
            },
            right: {
              value: -0.0907
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0398
            },
            right: {
              value: 0.8374
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            value: -0.8642
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.6778
            },
            right: {
              value: -0.2398
            }
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
            below: 0.18884643063146156,
            left: {
              value: 0.0939
            },
            right: {
              value: -0.625
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.6987
            },
            right: {
              value: -0.1366
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
              value: -0.8923
            },
            right: {
              value: -0.2462
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.6361
            },
            right: {
              value: -0.2366
            }
          }
        }
      },
      {
        feature: "agreeAltA",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0722
            },
            right: {
              value: 0.9213
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.2951
            },
            right: {
              value: -0.1748
            }
          }
        },
        right: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "publishedApart",
            below: 0.5804820237218405,
            left: {
              value: -0.5599
            },
            right: {
              value: -0.3228
            }
          },
          right: {
            value: -0.1748
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.8662
          },
          right: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: -0.3361
            },
            right: {
              value: -0.5468
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
              value: -0.0076
            },
            right: {
              value: 0.4786
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: -0.1832
            },
            right: {
              value: -0.3361
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
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.1352
            },
            right: {
              value: -0.2394
            }
          },
          right: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: -0.7445
            },
            right: {
              value: 0.1411
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
              value: -0.8815
            },
            right: {
              value: -0.2678
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.5743
            },
            right: {
              value: -0.2494
            }
          }
        }
      },
      {
        feature: "marginA",
        below: -0.19556619140242174,
        left: {
          feature: "past",
          below: 0,
          left: {
            feature: "quantityRarity",
            below: 0.3333333333333333,
            left: {
              value: -0.7892
            },
            right: {
              value: -0.174
            }
          },
          right: {
            feature: "agreeAltA",
            below: 0,
            left: {
              value: -0.174
            },
            right: {
              value: -0.3856
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.4923737515732208,
            left: {
              value: 0.0353
            },
            right: {
              value: 1.027
            }
          },
          right: {
            feature: "keyInSentence",
            below: 0.85,
            left: {
              value: -0.174
            },
            right: {
              value: 0.5594
            }
          }
        }
      },
      {
        feature: "agreeAltB",
        below: 0,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "keyMissing",
            below: 0,
            left: {
              value: 0.161
            },
            right: {
              value: -0.1748
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.1748
            },
            right: {
              value: 0.7392
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "distance",
            below: 0.4923737515732208,
            left: {
              value: -0.7249
            },
            right: {
              value: -0.1748
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1748
            },
            right: {
              value: -0.5003
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: 0.081
            },
            right: {
              value: -0.6107
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.26
            },
            right: {
              value: -0.1477
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            value: -0.8211
          },
          right: {
            feature: "marginA",
            below: 0.1992028897867534,
            left: {
              value: -0.2282
            },
            right: {
              value: 0.1008
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
            feature: "running",
            below: 0,
            left: {
              value: 0.091
            },
            right: {
              value: -0.3768
            }
          },
          right: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: -0.7063
            },
            right: {
              value: 0.1498
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
              value: -0.8652
            },
            right: {
              value: -0.2766
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.4926
            },
            right: {
              value: -0.2193
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.8506
          },
          right: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: -0.3172
            },
            right: {
              value: -0.5212
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0344
            },
            right: {
              value: 0.7552
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.3058
            },
            right: {
              value: -0.3172
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.3333333333333333,
        left: {
          feature: "marginA",
          below: 0.7531779360827977,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3393
            },
            right: {
              value: -0.0782
            }
          },
          right: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.0782
            },
            right: {
              value: 0.0227
            }
          }
        },
        right: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: 0.0227
            },
            right: {
              value: 0.2019
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: 0.4992
            },
            right: {
              value: 0.2019
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            feature: "distance",
            below: 0.5,
            left: {
              value: 0.0346
            },
            right: {
              value: -0.977
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 1.078
            },
            right: {
              value: -0.1068
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
              value: -0.8526
            },
            right: {
              value: -0.2844
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.4577
            },
            right: {
              value: -0.2264
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.3404319590043982,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0401
            },
            right: {
              value: 1.0783
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.9013
            },
            right: {
              value: 0.0098
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
              value: 1.7683
            },
            right: {
              value: 0.0919
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.2526
            },
            right: {
              value: 0.7764
            }
          }
        }
      },
      {
        feature: "publishedApart",
        below: 0.25,
        left: {
          feature: "agreeAltA",
          below: 0,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: 0.1651
            },
            right: {
              value: -0.1341
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.35,
            left: {
              value: -0.5471
            },
            right: {
              value: -0.1341
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "distance",
            below: 0.041646245536099975,
            left: {
              value: -0.718
            },
            right: {
              value: 0.8008
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.6827
            },
            right: {
              value: 0.1047
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
            below: 0.18884643063146156,
            left: {
              value: 0.0967
            },
            right: {
              value: -0.1607
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.9552
            },
            right: {
              value: -0.057
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
              value: -0.5477
            },
            right: {
              value: -0.1607
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.1607
            },
            right: {
              value: -0.2849
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
            feature: "approximate",
            below: 0,
            left: {
              value: -0.0104
            },
            right: {
              value: 0.373
            }
          },
          right: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: -0.668
            },
            right: {
              value: 0.1524
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
              value: -0.8399
            },
            right: {
              value: -0.3159
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.3384
            },
            right: {
              value: -0.2101
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.8331
          },
          right: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: -0.2989
            },
            right: {
              value: -0.5096
            }
          }
        },
        right: {
          feature: "kind:date",
          below: 0,
          left: {
            feature: "distance",
            below: 0.3404319590043982,
            left: {
              value: 0.0308
            },
            right: {
              value: -0.2989
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7706
            },
            right: {
              value: -0.0743
            }
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
            below: 0.18884643063146156,
            left: {
              value: 0.0606
            },
            right: {
              value: -0.5413
            }
          },
          right: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.7594
            },
            right: {
              value: -0.0547
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.8294
          },
          right: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 0.3338
            },
            right: {
              value: -0.3989
            }
          }
        }
      },
      {
        feature: "agreeAltB",
        below: 0,
        left: {
          feature: "running",
          below: 0,
          left: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.0109
            },
            right: {
              value: 0.4337
            }
          },
          right: {
            feature: "distance",
            below: 0.041646245536099975,
            left: {
              value: 0.2647
            },
            right: {
              value: -0.1534
            }
          }
        },
        right: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "distance",
            below: 0.4923737515732208,
            left: {
              value: -0.6877
            },
            right: {
              value: -0.1534
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1534
            },
            right: {
              value: -0.4381
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.28169934667141894,
          left: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 0.0602
            },
            right: {
              value: -0.6067
            }
          },
          right: {
            feature: "support",
            below: 0.029446968932447345,
            left: {
              value: -0.5806
            },
            right: {
              value: 0.5744
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            value: -0.9589
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.1591
            },
            right: {
              value: 1.0613
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
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: 0.0009
            },
            right: {
              value: 0.494
            }
          },
          right: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: -0.6343
            },
            right: {
              value: 0.1535
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.8174
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3966
            },
            right: {
              value: 0.3475
            }
          }
        }
      },
      {
        feature: "agreeAltA",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.25,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0573
            },
            right: {
              value: 0.6958
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.1358
            },
            right: {
              value: 0.6021
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.5138
            },
            right: {
              value: -0.1358
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: -0.1358
            },
            right: {
              value: -0.4976
            }
          }
        }
      },
      {
        feature: "entityShared",
        below: 0,
        left: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2167
            },
            right: {
              value: 0.0922
            }
          },
          right: {
            feature: "distance",
            below: 0.3941593525723606,
            left: {
              value: 0.1039
            },
            right: {
              value: -0.8253
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "quantityRarity",
            below: 0.1414213562373095,
            left: {
              value: 0.1039
            },
            right: {
              value: 0.8159
            }
          },
          right: {
            feature: "keySim",
            below: 0.7,
            left: {
              value: 0.1039
            },
            right: {
              value: 0.4929
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.815
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.4924
            },
            right: {
              value: -0.2799
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
              value: 0.102
            },
            right: {
              value: -0.2799
            }
          },
          right: {
            feature: "support",
            below: 0.029446968932447345,
            left: {
              value: -0.2799
            },
            right: {
              value: 0.0129
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.34
            },
            right: {
              value: -0.0724
            }
          },
          right: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: 0.0245
            },
            right: {
              value: 0.6063
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.803
          },
          right: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 0.2854
            },
            right: {
              value: -0.4015
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
            feature: "runningApart",
            below: 0,
            left: {
              value: 0.0752
            },
            right: {
              value: -0.6244
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.0228
            },
            right: {
              value: -0.9472
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7898
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3991
            },
            right: {
              value: 0.2993
            }
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "agreeAltA",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0969
            },
            right: {
              value: -0.2115
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.4839
            },
            right: {
              value: -0.2115
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.3941593525723606,
          left: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: 0.2595
            },
            right: {
              value: 1.6198
            }
          },
          right: {
            value: -0.8159
          }
        }
      },
      {
        feature: "distance",
        below: 0.041646245536099975,
        left: {
          feature: "openBound",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.4516
            },
            right: {
              value: 1.0537
            }
          },
          right: {
            feature: "termSim",
            below: 0.12042094506244534,
            left: {
              value: -0.6361
            },
            right: {
              value: 1.8662
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "termSim",
            below: 0.39010500963992734,
            left: {
              value: 0.1177
            },
            right: {
              value: 0.8067
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.0304
            },
            right: {
              value: -0.4208
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "agreeAltB",
          below: 0,
          left: {
            feature: "kind:length",
            below: 0,
            left: {
              value: 0.1275
            },
            right: {
              value: -0.1203
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.4613
            },
            right: {
              value: -0.1203
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.3779644730092272,
          left: {
            feature: "marginA",
            below: 0.7531779360827977,
            left: {
              value: -0.4826
            },
            right: {
              value: -0.0774
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.4058
            },
            right: {
              value: -0.0774
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.3404319590043982,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0404
            },
            right: {
              value: 0.8972
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.8516
            },
            right: {
              value: 0.1335
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
              value: 1.2421
            },
            right: {
              value: -0.0918
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.1989
            },
            right: {
              value: 0.7324
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
            feature: "running",
            below: 0,
            left: {
              value: 0.071
            },
            right: {
              value: -0.3172
            }
          },
          right: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: -0.5748
            },
            right: {
              value: 0.1514
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
              value: -0.779
            },
            right: {
              value: -0.3272
            }
          },
          right: {
            feature: "marginB",
            below: 0,
            left: {
              value: -0.1819
            },
            right: {
              value: 0.2641
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.795
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.4711
            },
            right: {
              value: -0.2563
            }
          }
        },
        right: {
          feature: "approximate",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.1297
            },
            right: {
              value: 0.1251
            }
          },
          right: {
            feature: "distance",
            below: 0.3941593525723606,
            left: {
              value: 0.3943
            },
            right: {
              value: -0.2563
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.28169934667141894,
          left: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: 0.0362
            },
            right: {
              value: -0.7389
            }
          },
          right: {
            feature: "support",
            below: 0.029446968932447345,
            left: {
              value: -0.5294
            },
            right: {
              value: 0.5007
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            value: -0.9462
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.1251
            },
            right: {
              value: 1.0404
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "entityUnnamed",
          below: 0,
          left: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.0407
            },
            right: {
              value: 0.1938
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: -0.3985
            },
            right: {
              value: -0.1175
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7601
          },
          right: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 0.2619
            },
            right: {
              value: -0.3938
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
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.3005
            },
            right: {
              value: -0.0584
            }
          },
          right: {
            feature: "termSim",
            below: 0.39010500963992734,
            left: {
              value: 0.0038
            },
            right: {
              value: 0.3073
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0,
          left: {
            value: -0.7458
          },
          right: {
            feature: "publishedApart",
            below: 0.396240625180289,
            left: {
              value: 0.2428
            },
            right: {
              value: -0.3903
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
            feature: "contextSim",
            below: 0.19528136842597257,
            left: {
              value: 0.0774
            },
            right: {
              value: -0.2602
            }
          },
          right: {
            feature: "distance",
            below: 0.3941593525723606,
            left: {
              value: -0.7082
            },
            right: {
              value: -0.2602
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "distance",
            below: 0.041646245536099975,
            left: {
              value: -0.4082
            },
            right: {
              value: 0.3581
            }
          },
          right: {
            value: -0.9275
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.7786
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.461
            },
            right: {
              value: -0.2396
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.396240625180289,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: 0.011
            },
            right: {
              value: 0.4724
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.2396
            },
            right: {
              value: 0.1539
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.716127770264598,
        left: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            feature: "distance",
            below: 0.5,
            left: {
              value: 0.0255
            },
            right: {
              value: -0.9363
            }
          },
          right: {
            feature: "agreeAltA",
            below: 0,
            left: {
              value: 0.5138
            },
            right: {
              value: -0.5706
            }
          }
        },
        right: {
          feature: "digitKin",
          below: 0.5,
          left: {
            feature: "termSim",
            below: 0.23049238432415614,
            left: {
              value: -0.7424
            },
            right: {
              value: -0.3148
            }
          },
          right: {
            feature: "distance",
            below: 0.8894669903920056,
            left: {
              value: 0.2059
            },
            right: {
              value: -0.2239
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
            feature: "agreeAltB",
            below: 0,
            left: {
              value: 0.1142
            },
            right: {
              value: -0.3194
            }
          },
          right: {
            feature: "headAdjacent",
            below: 0,
            left: {
              value: -0.6581
            },
            right: {
              value: 0.5988
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.3779644730092272,
          left: {
            feature: "marginA",
            below: 0.7531779360827977,
            left: {
              value: -0.4495
            },
            right: {
              value: -0.0746
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3708
            },
            right: {
              value: -0.0746
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0.19528136842597257,
        left: {
          feature: "contextSim",
          below: 0,
          left: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.1295
            },
            right: {
              value: 0.224
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.1308
            },
            right: {
              value: 1.2945
            }
          }
        },
        right: {
          feature: "sentenceSim",
          below: 0.4314091638037112,
          left: {
            feature: "past",
            below: 0,
            left: {
              value: -0.7973
            },
            right: {
              value: -0.0799
            }
          },
          right: {
            feature: "quantityRarity",
            below: 0.23570226039551587,
            left: {
              value: -0.0799
            },
            right: {
              value: 0.7268
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10540925533894598,
        left: {
          feature: "sim",
          below: -0.15334698623220294,
          left: {
            value: -0.7951
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: -0.2313
            },
            right: {
              value: -0.2313
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.041646245536099975,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.2313
            },
            right: {
              value: 0.7978
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.2878
            },
            right: {
              value: -0.049
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
            feature: "contextSim",
            below: 0.19528136842597257,
            left: {
              value: 0.0681
            },
            right: {
              value: -0.2453
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.811
            },
            right: {
              value: -0.2453
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.11928031367991561,
          left: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: -0.1889
            },
            right: {
              value: 0.7064
            }
          },
          right: {
            value: -0.9106
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "agreeAltA",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0873
            },
            right: {
              value: -0.1853
            }
          },
          right: {
            feature: "keyInOther",
            below: 0.5,
            left: {
              value: -0.4437
            },
            right: {
              value: -0.1853
            }
          }
        },
        right: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "distance",
            below: 0.3941593525723606,
            left: {
              value: 0.1874
            },
            right: {
              value: -0.7498
            }
          },
          right: {
            feature: "sentenceSim",
            below: 0.2243928559466388,
            left: {
              value: 0.6788
            },
            right: {
              value: 1.5688
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
              value: 0.0305
            },
            right: {
              value: 0.5267
            }
          },
          right: {
            feature: "support",
            below: 0.06750789781680576,
            left: {
              value: -0.506
            },
            right: {
              value: 0.0697
            }
          }
        },
        right: {
          feature: "support",
          below: 0.029446968932447345,
          left: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.7868
            },
            right: {
              value: -0.3319
            }
          },
          right: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.5453
            },
            right: {
              value: -0.29
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "agreeAltA",
            below: 0,
            left: {
              value: 0.0239
            },
            right: {
              value: -0.2666
            }
          },
          right: {
            feature: "contextSim",
            below: -0.025720766626755764,
            left: {
              value: 0.1787
            },
            right: {
              value: 0.5679
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18884643063146156,
          left: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.7869
            },
            right: {
              value: 0.1619
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.747
            },
            right: {
              value: -0.5164
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: 0.1208
            },
            right: {
              value: -0.0825
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.0125
            },
            right: {
              value: -0.8925
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            value: -0.6578
          },
          right: {
            feature: "marginA",
            below: 0.1992028897867534,
            left: {
              value: -0.1163
            },
            right: {
              value: 0.077
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
            feature: "entityShared",
            below: 0,
            left: {
              value: -0.0301
            },
            right: {
              value: 0.5047
            }
          },
          right: {
            feature: "distance",
            below: 0.28169934667141894,
            left: {
              value: -0.7319
            },
            right: {
              value: -0.0174
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.0485
            },
            right: {
              value: 0.8916
            }
          },
          right: {
            feature: "marginB",
            below: -0.11581999999999999,
            left: {
              value: -0.5898
            },
            right: {
              value: 1.9028
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.041646245536099975,
        left: {
          feature: "kind:speed",
          below: 0,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.3713
            },
            right: {
              value: 0.989
            }
          },
          right: {
            value: 0.8644
          }
        },
        right: {
          feature: "distance",
          below: 0.08453511524528101,
          left: {
            feature: "termSim",
            below: 0.39010500963992734,
            left: {
              value: 0.0677
            },
            right: {
              value: 0.6914
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.0366
            },
            right: {
              value: -0.3429
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "distance",
            below: 0.6217845938692966,
            left: {
              value: 0.0031
            },
            right: {
              value: 0.3322
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.6996
            },
            right: {
              value: -0.1177
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18884643063146156,
          left: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.7574
            },
            right: {
              value: 0.128
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.6885
            },
            right: {
              value: -0.4912
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.5,
        left: {
          feature: "distance",
          below: 0.28169934667141894,
          left: {
            feature: "distance",
            below: 0.18884643063146156,
            left: {
              value: 0.025
            },
            right: {
              value: -0.6897
            }
          },
          right: {
            feature: "support",
            below: 0.029446968932447345,
            left: {
              value: -0.487
            },
            right: {
              value: 0.439
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            value: -0.9178
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.1285
            },
            right: {
              value: 0.9949
            }
          }
        }
      },
      {
        feature: "approximate",
        below: 0,
        left: {
          feature: "agreeAltA",
          below: 0,
          left: {
            feature: "momentOne",
            below: 0,
            left: {
              value: 0.0758
            },
            right: {
              value: -0.1673
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.5804820237218405,
            left: {
              value: -0.4317
            },
            right: {
              value: -0.1673
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.3941593525723606,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: 0.446
            },
            right: {
              value: -0.5845
            }
          },
          right: {
            value: -0.7304
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.75,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.0683
            },
            right: {
              value: -0.2173
            }
          },
          right: {
            feature: "kind:date",
            below: 0,
            left: {
              value: -0.3778
            },
            right: {
              value: 0.9912
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.04710033594518093,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.7382
            },
            right: {
              value: -0.2965
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.1439
            },
            right: {
              value: -0.2965
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10540925533894598,
        left: {
          feature: "sim",
          below: -0.15334698623220294,
          left: {
            value: -0.7734
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: -0.2186
            },
            right: {
              value: -0.2186
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.041646245536099975,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.2186
            },
            right: {
              value: 0.7069
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0842
            },
            right: {
              value: -0.2186
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.44177012390368703,
          left: {
            feature: "distance",
            below: 0.28169934667141894,
            left: {
              value: -0.0615
            },
            right: {
              value: 0.5454
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.0845
            },
            right: {
              value: -0.7918
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "publishedApart",
            below: 0.25,
            left: {
              value: 0.1604
            },
            right: {
              value: -0.4084
            }
          },
          right: {
            feature: "marginB",
            below: -0.11581999999999999,
            left: {
              value: -0.5767
            },
            right: {
              value: 1.5507
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "contextSim",
          below: 0.19528136842597257,
          left: {
            feature: "marginA",
            below: -0.4554070517371708,
            left: {
              value: -0.6861
            },
            right: {
              value: 0.0364
            }
          },
          right: {
            feature: "termSim",
            below: 0,
            left: {
              value: -0.456
            },
            right: {
              value: 0.647
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            value: -0.6282
          },
          right: {
            feature: "marginA",
            below: 0.1992028897867534,
            left: {
              value: -0.1053
            },
            right: {
              value: 0.0804
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
            feature: "agreeAltB",
            below: 0,
            left: {
              value: 0.0995
            },
            right: {
              value: -0.2757
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.7545
            },
            right: {
              value: 0.3168
            }
          }
        },
        right: {
          feature: "quantityRarity",
          below: 0.3779644730092272,
          left: {
            feature: "termSim",
            below: 0.39010500963992734,
            left: {
              value: -0.4538
            },
            right: {
              value: -0.0747
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.3095
            },
            right: {
              value: -0.0747
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "distance",
            below: 0.08453511524528101,
            left: {
              value: 0.2358
            },
            right: {
              value: -0.1088
            }
          },
          right: {
            feature: "support",
            below: 0.14397034344601634,
            left: {
              value: -0.5069
            },
            right: {
              value: 0.0405
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.396240625180289,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: 0.1188
            },
            right: {
              value: 0.9609
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.7958
            },
            right: {
              value: 0.3489
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.748
          },
          right: {
            feature: "publishedApart",
            below: 0,
            left: {
              value: -0.4376
            },
            right: {
              value: -0.208
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.025720766626755764,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.0078
            },
            right: {
              value: -0.208
            }
          },
          right: {
            feature: "marginA",
            below: 0.7531779360827977,
            left: {
              value: -0.0146
            },
            right: {
              value: 0.3139
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "kind:share",
          below: 0,
          left: {
            feature: "contextSim",
            below: 0.19528136842597257,
            left: {
              value: 0.0495
            },
            right: {
              value: -0.3982
            }
          },
          right: {
            feature: "distance",
            below: 0.11928031367991561,
            left: {
              value: -0.0038
            },
            right: {
              value: -0.8776
            }
          }
        },
        right: {
          feature: "keySim",
          below: 0.7,
          left: {
            value: -0.6138
          },
          right: {
            feature: "marginA",
            below: 0.1992028897867534,
            left: {
              value: -0.1035
            },
            right: {
              value: 0.0798
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "keyInOther",
          below: 0.5,
          left: {
            feature: "entityUnnamed",
            below: 0,
            left: {
              value: 0.0149
            },
            right: {
              value: -0.2565
            }
          },
          right: {
            feature: "approximate",
            below: 0,
            left: {
              value: 0.1492
            },
            right: {
              value: 1.0995
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18884643063146156,
          left: {
            feature: "marginB",
            below: 0.7799653617712394,
            left: {
              value: -0.724
            },
            right: {
              value: 0.1198
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.5915
            },
            right: {
              value: -0.4546
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10540925533894598,
        left: {
          feature: "sim",
          below: -0.15334698623220294,
          left: {
            value: -0.7564
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: -0.2062
            },
            right: {
              value: -0.2062
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.041646245536099975,
          left: {
            feature: "kind:speed",
            below: 0,
            left: {
              value: -0.2062
            },
            right: {
              value: 0.7962
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0769
            },
            right: {
              value: -0.2062
            }
          }
        }
      },
      {
        feature: "contextSim",
        below: 0,
        left: {
          feature: "distance",
          below: 0.44177012390368703,
          left: {
            feature: "distance",
            below: 0.28169934667141894,
            left: {
              value: -0.0639
            },
            right: {
              value: 0.4825
            }
          },
          right: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.0639
            },
            right: {
              value: -0.7636
            }
          }
        },
        right: {
          feature: "publishedApart",
          below: 0.396240625180289,
          left: {
            feature: "contextSim",
            below: 0.07965357458938374,
            left: {
              value: 0.4892
            },
            right: {
              value: 0.0113
            }
          },
          right: {
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: -0.7742
            },
            right: {
              value: 0.329
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
            feature: "publishedApart",
            below: 0.75,
            left: {
              value: 0.0273
            },
            right: {
              value: 0.4495
            }
          },
          right: {
            feature: "momentOne",
            below: 0,
            left: {
              value: -0.729
            },
            right: {
              value: 0.2937
            }
          }
        },
        right: {
          feature: "marginA",
          below: -0.04710033594518093,
          left: {
            feature: "inferred",
            below: 0,
            left: {
              value: -0.7063
            },
            right: {
              value: -0.2785
            }
          },
          right: {
            feature: "kind:share",
            below: 0,
            left: {
              value: 0.1205
            },
            right: {
              value: -0.2785
            }
          }
        }
      },
      {
        feature: "distance",
        below: 0.8894669903920056,
        left: {
          feature: "distance",
          below: 0.6217845938692966,
          left: {
            feature: "distance",
            below: 0.5,
            left: {
              value: 0.0139
            },
            right: {
              value: -0.8949
            }
          },
          right: {
            feature: "past",
            below: 0,
            left: {
              value: -0.0197
            },
            right: {
              value: 1.0583
            }
          }
        },
        right: {
          feature: "keyInSentence",
          below: 0.85,
          left: {
            value: -0.5993
          },
          right: {
            feature: "contextSim",
            below: -0.025720766626755764,
            left: {
              value: 0.059
            },
            right: {
              value: -0.0834
            }
          }
        }
      },
      {
        feature: "clock",
        below: 0,
        left: {
          feature: "distance",
          below: 0.716127770264598,
          left: {
            feature: "distance",
            below: 0.6217845938692966,
            left: {
              value: -0.0046
            },
            right: {
              value: 0.301
            }
          },
          right: {
            feature: "digitKin",
            below: 0,
            left: {
              value: -0.6637
            },
            right: {
              value: -0.0901
            }
          }
        },
        right: {
          feature: "momentOne",
          below: 0,
          left: {
            feature: "running",
            below: 0,
            left: {
              value: -0.2779
            },
            right: {
              value: 0.8673
            }
          },
          right: {
            feature: "contextSim",
            below: 0.13939622979584262,
            left: {
              value: -0.7797
            },
            right: {
              value: 0.4282
            }
          }
        }
      },
      {
        feature: "marginB",
        below: -0.3741571775536739,
        left: {
          feature: "support",
          below: 0.07669170816362161,
          left: {
            value: -0.7353
          },
          right: {
            feature: "agreeAltB",
            below: 0,
            left: {
              value: -0.195
            },
            right: {
              value: -0.4258
            }
          }
        },
        right: {
          feature: "contextSim",
          below: -0.025720766626755764,
          left: {
            feature: "relative",
            below: 0,
            left: {
              value: 0.0125
            },
            right: {
              value: -0.195
            }
          },
          right: {
            feature: "marginA",
            below: 0.7531779360827977,
            left: {
              value: -0.0127
            },
            right: {
              value: 0.2838
            }
          }
        }
      },
      {
        feature: "kind:date",
        below: 0,
        left: {
          feature: "distance",
          below: 0.3404319590043982,
          left: {
            feature: "digitKin",
            below: 0.5,
            left: {
              value: -0.0332
            },
            right: {
              value: 0.8358
            }
          },
          right: {
            feature: "clock",
            below: 0,
            left: {
              value: -0.8043
            },
            right: {
              value: 0.2669
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
              value: 0.9809
            },
            right: {
              value: -0.1384
            }
          },
          right: {
            feature: "support",
            below: 0.09177193665628368,
            left: {
              value: -0.2849
            },
            right: {
              value: 0.2202
            }
          }
        }
      },
      {
        feature: "quantityRarity",
        below: 0.10540925533894598,
        left: {
          feature: "sim",
          below: -0.15334698623220294,
          left: {
            value: -0.7408
          },
          right: {
            feature: "contextSim",
            below: -0.08048387936195166,
            left: {
              value: -0.1947
            },
            right: {
              value: -0.1947
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.041646245536099975,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.1947
            },
            right: {
              value: 0.6174
            }
          },
          right: {
            feature: "running",
            below: 0,
            left: {
              value: 0.0701
            },
            right: {
              value: -0.1947
            }
          }
        }
      },
      {
        feature: "keyMissing",
        below: 0,
        left: {
          feature: "publishedApart",
          below: 0.75,
          left: {
            feature: "publishedApart",
            below: 0.5,
            left: {
              value: 0.0244
            },
            right: {
              value: -0.4593
            }
          },
          right: {
            feature: "distance",
            below: 0.44177012390368703,
            left: {
              value: 0.746
            },
            right: {
              value: -0.5166
            }
          }
        },
        right: {
          feature: "distance",
          below: 0.18884643063146156,
          left: {
            feature: "kind:count",
            below: 0,
            left: {
              value: -0.1474
            },
            right: {
              value: 0.6774
            }
          },
          right: {
            feature: "support",
            below: 0.22698763817791467,
            left: {
              value: -0.7618
            },
            right: {
              value: 1.0219
            }
          }
        }
      },
      {
        feature: "kind:duration",
        below: 0,
        left: {
          feature: "revised",
          below: 0,
          left: {
            feature: "marginA",
            below: -0.4554070517371708,
            left: {
              value: -0.6557
            },
            right: {
              value: 0.0173
            }
          },
          right: {
            feature: "support",
            below: 0.06750789781680576,
            left: {
              value: -0.7415
            },
            right: {
              value: 0.0718
            }
          }
        },
        right: {
          feature: "termSim",
          below: 0.16468373806325393,
          left: {
            feature: "publishedApart",
            below: 0.5804820237218405,
            left: {
              value: -0.4456
            },
            right: {
              value: 0.3448
            }
          },
          right: {
            feature: "distance",
            below: 0.1505149978319906,
            left: {
              value: 1.3774
            },
            right: {
              value: 0.3448
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
            feature: "entityShared",
            below: 0,
            left: {
              value: -0.0253
            },
            right: {
              value: 0.4415
            }
          },
          right: {
            feature: "distance",
            below: 0.28169934667141894,
            left: {
              value: -0.6918
            },
            right: {
              value: -0.0123
            }
          }
        },
        right: {
          feature: "inferred",
          below: 0,
          left: {
            feature: "openBound",
            below: 0,
            left: {
              value: -0.0454
            },
            right: {
              value: 0.7454
            }
          },
          right: {
            feature: "marginB",
            below: -0.11581999999999999,
            left: {
              value: -0.5645
            },
            right: {
              value: 1.1847
            }
          }
        }
      }
    ]
  },
  threshold: 0.55
};
