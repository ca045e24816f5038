// Records what the real twitter-text 3.1.0 (npm) answers for a deterministic set of post-like
// strings, for PostLint's differential test (TwitterTextGoldenTests). Regenerate with:
//   npm install --prefix /tmp/tt twitter-text@3.1.0
//   NODE_PATH=/tmp/tt/node_modules node make-golden.js > twitter-text-3.1.0-golden.json
// Texts and strings are stored as base64 of UTF-16LE so that lone surrogates survive JSON.
const tt = require('twitter-text');

const fragments = [
  '#', '＃', '@', '＠', '#PR', '#石巻市', '石巻市', 'PR', 'と', '・', '_', '-', '.', '/', ':', '://', 'http://', 'https://', 'HTTP://',
  't.co/', 't.co', 'bit.ly/abc', 'example.com', 'foo.co.jp', 'twitter.みんな', 'みんな', '.com', '.jp', 'xn--', 'xn--p1ai', '.xn--p1ai',
  'com', 'jp', 'www.', 'a', 'Z', '1', '123', '１２３', 'ｈａｓｈ', ' ', '　', '\n', '\r\n', '\t', '。', '、', '！', '?', '?q=1', '&', '&amp;',
  '=', '(', ')', '((', '))', '(a)', '[', ']', "'", '"', '`', '~', '+', '%', '$', '*', '!', ',', ';',
  '🎉', '👨‍👩‍👧', '❤️', '👍🏻', '🇯🇵', '🇦🇦', '1️⃣', '#️⃣', '©', '©️', '™', '☺', '✌🏿️', '🏳️‍🌈', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '\uFE0F', '\u200D', '\uFE0E', '\u20E3',
  'é', 'ñ', 'İ', 'ş', 'Русские', 'ああ', '漢字', 'カタカナ', 'ｶﾀｶﾅ', 'ー', '〜', '～', '々', '〇', '【', '】', '【PR】', 'RT', 'rt:',
  '\u202A', '\u202C', '\u2066', '\u200E', '\uFFFF', '\uD83D', '\uDE00', '𠀡', '\u0301', 'e\u0301', 'Á', '\uFB2C', 'abcdefghijklmnopqrstuvwxyz',
  '@abc/list-name', '/list', 'http://t.co/abc123\'s', 'https://t.co/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  'example.com:8080/path?x=1#frag', '/path(a(b)c)', '/@user/', 'mañana', '日本example.com', 'xa.comb日a.com/x', '例え.jp/', '\u3002', '\uFF0E',
];

let seed = 20251125;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}

const b64 = s => (s == null ? null : Buffer.from(s, 'utf16le').toString('base64'));
const cases = [];
for (let i = 0; i < 2000; i++) {
  let text = '';
  const parts = 1 + rnd(20);
  for (let j = 0; j < parts; j++) text += fragments[rnd(fragments.length)];
  const weighted = config => {
    const p = tt.parseTweet(text, config);
    return [p.weightedLength, p.valid, p.permillage, p.displayRangeStart, p.displayRangeEnd, p.validRangeStart, p.validRangeEnd];
  };
  cases.push({
    text: b64(text),
    hashtags: tt.extractHashtagsWithIndices(text).map(h => [h.indices[0], h.indices[1]]),
    mentions: tt.extractMentionsOrListsWithIndices(text).map(m => [m.indices[0], m.indices[1], m.listSlug.length]),
    urls: tt.extractUrlsWithIndices(text).map(u => [u.indices[0], u.indices[1], b64(u.url)]),
    entities: tt.extractEntitiesWithIndices(text).filter(e => e.cashtag === undefined)
      .map(e => [e.hashtag !== undefined ? 'Hashtag' : e.url !== undefined ? 'Url' : 'Mention', e.indices[0], e.indices[1]]),
    v2: weighted(tt.configs.version2),
    v3: weighted(tt.configs.version3),
    reply: b64(tt.extractReplies(text)),
  });
}

process.stdout.write(JSON.stringify({ generator: 'twitter-text 3.1.0 (npm) via make-golden.js', cases }) + '\n');
