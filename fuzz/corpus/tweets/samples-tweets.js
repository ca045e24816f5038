window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000001"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Sh0rtL1nk",
            "expanded_url": "https://bit.ly/3xYzAbc",
            "display_url": "bit.ly/3xYzAbc",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000001",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000001",
      "created_at": "Wed Apr 02 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "市民講座「海と防災」&amp; 親子体験会の参加者を募集します。申し込みはこちら https://t.co/Sh0rtL1nk #石巻市",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000002"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/C1tyS1te01",
            "expanded_url": "https://www.city.ishinomaki.lg.jp/cont/10181000/sakura2025.html",
            "display_url": "www.city.ishinomaki.lg.jp/",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000002",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000002",
      "created_at": "Wed Apr 02 03:30:00 +0000 2025",
      "favorited": false,
      "full_text": "石巻市の桜の開花状況をお知らせします。日和山公園は五分咲きです https://t.co/C1tyS1te01",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000003"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "44"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000003",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000003",
      "created_at": "Thu Apr 03 00:15:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @miyagi_pref: 宮城県からのお知らせです。春の交通安全運動が始まります",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000004"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/LongNote01",
            "expanded_url": "https://twitter.com/i/web/status/1907000000000000004",
            "display_url": "twitter.com/i/web/status/1",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000004",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000004",
      "created_at": "Thu Apr 03 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "【PR】石巻市\n石巻の秋を味わう「いしのまき食の市」を今年も開催します。牡蠣、サンマ、金華サバなど港町ならではの海の幸に加え、市内の農家さんが育てたお米や野菜、果物も並びます。会場では漁師さんによる牡蠣の殻むき実演や、子ども向けの魚のつかみ… https://t.co/LongNote01",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000005"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000005",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000005",
      "created_at": "Fri Apr 04 05:45:00 +0000 2025",
      "favorited": false,
      "full_text": "牡蠣小屋が今年もオープンしました！殻付き牡蠣の食べ放題です &lt;予約制&gt; #石巻市 #PR",
      "lang": "ja"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907000000000000006"
          ],
          "editableUntil": "2025-04-02T02:00:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [],
        "media": [
          {
            "url": "https://t.co/Ph0toMed1a",
            "expanded_url": "https://x.com/ishinomaki_city/status/1907000000000000006/photo/1",
            "display_url": "pic.x.com/xyz",
            "media_url_https": "https://pbs.twimg.com/media/sample.jpg",
            "type": "photo",
            "indices": [
              "40",
              "63"
            ],
            "id_str": "91907000000000000006",
            "id": "91907000000000000006"
          }
        ]
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "3",
      "id_str": "1907000000000000006",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907000000000000006",
      "created_at": "Sat Apr 05 12:30:00 +0000 2025",
      "favorited": false,
      "full_text": "サン・ファン館の夜間特別公開の様子です https://t.co/Ph0toMed1a",
      "lang": "ja",
      "extended_entities": {
        "media": [
          {
            "url": "https://t.co/Ph0toMed1a",
            "expanded_url": "https://x.com/ishinomaki_city/status/1907000000000000006/photo/1",
            "display_url": "pic.x.com/xyz",
            "media_url_https": "https://pbs.twimg.com/media/sample.jpg",
            "type": "photo",
            "indices": [
              "40",
              "63"
            ],
            "id_str": "91907000000000000006",
            "id": "91907000000000000006"
          }
        ]
      }
    }
  }
]
