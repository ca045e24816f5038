window.YTD.note_tweet.part0 = [
  {
    "noteTweet": {
      "noteTweetId": "1907000000000000104",
      "updatedAt": "2025-04-03T02:00:00.000Z",
      "lifecycle": {
        "value": "1",
        "name": "Published",
        "originalName": "Published",
        "annotations": {}
      },
      "createdAt": "2025-04-03T02:00:00.000Z",
      "core": {
        "styletags": [],
        "urls": [
          {
            "shortUrl": "https://t.co/NoteUrl01",
            "expandedUrl": "https://www.city.ishinomaki.lg.jp/cont/10181000/shokunoichi.html",
            "displayUrl": "city.ishinomaki.lg.jp/cont/10181000…",
            "fromIndex": "200",
            "toIndex": "223"
          }
        ],
        "text": "【PR】石巻市\n石巻の秋を味わう「いしのまき食の市」を今年も開催します。牡蠣、サンマ、金華サバなど港町ならではの海の幸に加え、市内の農家さんが育てたお米や野菜、果物も並びます。会場では漁師さんによる牡蠣の殻むき実演や、子ども向けの魚のつかみ取り体験、地元高校生が考案した新メニューの試食会も予定しています。駐車場には限りがありますので、公共交通機関をご利用ください。当日は臨時バスも運行します。詳しい時刻表と会場図は市のホームページでご確認ください。皆さまのご来場をお待ちしています。 https://www.city.ishinomaki.lg.jp/cont/10181000/shokunoichi.html",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  }
]
