window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "1000000001",
    "userName": "ishinomaki_city_sample",
    "displayName": "石巻市（サンプル）"
  },
  "archiveInfo": {
    "sizeBytes": "4096",
    "generationDate": "2025-06-01T00:00:00.000Z",
    "isPartialArchive": false,
    "maxPartSizeBytes": "53687091200"
  },
  "dataTypes": {
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "6"
        }
      ]
    },
    "noteTweet": {
      "files": [
        {
          "fileName": "data/note-tweet.js",
          "globalName": "YTD.note_tweet.part0",
          "count": "1"
        }
      ]
    }
  }
}
