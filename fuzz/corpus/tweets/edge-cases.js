window.YTD.tweets.part0 = [ {
  "tweet" : {
    "id_str" : "1", "full_text" : "#PR #石巻市 牡蠣 \ud83d", "created_at" : "Wed Jan 01 00:00:00 +0000 2025", "in_reply_to_screen_name" : "someone"
  }
}, {
  "tweet" : { "id_str" : "2", "full_text" : "RT @city: 再投稿" }
} ]