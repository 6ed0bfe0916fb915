/* Guidepost offline search engine: reads the index exported from Lucene (search/<lang>/*.js, loaded by script tags,
   so it works from file://) and ranks pages exactly as the build's Lucene index does. Plain script, no modules. */
(function (root) {
  'use strict';

  /* The index's number alphabet (CompactCodec): '!' to '~' without " \ < > &; 64 final digits, then continuation digits. */
  var DIGIT = {};
  var LEVELS = 0;
  for (var a = 33; a <= 126; a++) { if ('"\\<>&'.indexOf(String.fromCharCode(a)) < 0) { DIGIT[a] = LEVELS++; } }
  var FINAL = 64;
  var CONTINUATION = LEVELS - FINAL;
  var UNDECOMPOSABLE = { 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
    'œ': 'oe', 'Œ': 'OE', 'ħ': 'h', 'ı': 'i', 'þ': 'th', 'ð': 'd' };
  var MAX_SHARDS_PER_WORD = 3;
  var MAX_EXPANSIONS = 24;
  var registry = {};

  function register(name, data) { registry[name] = data; }

  function registered(name) { return registry[name]; }

  /* ---- text: the same normalization, folding and word cutting as the build ---- */

  function isLatin(cp) {
    return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 170 || cp === 186 ||
      (cp >= 0xC0 && cp <= 0x24F && cp !== 0xD7 && cp !== 0xF7) || (cp >= 0x250 && cp <= 0x2AF) ||
      (cp >= 0x1D00 && cp <= 0x1DBF) || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2C60 && cp <= 0x2C7F) ||
      (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
  }

  function isMark(cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
      (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
  }

  /** Mirrors org.guidepost.text.LatinFolding: drops marks on Latin letters, maps đ → d and friends. */
  function fold(text) {
    var out = '';
    var previousBase = -1;
    var chars = Array.from(text.normalize('NFD'));
    for (var i = 0; i < chars.length; i++) {
      var cp = chars[i].codePointAt(0);
      var mark = isMark(cp);
      if (mark && previousBase >= 0 && isLatin(previousBase)) { continue; }
      out += UNDECOMPOSABLE[chars[i]] || chars[i];
      if (!mark) { previousBase = cp; }
    }
    return out.normalize('NFC');
  }

  function isCjk(cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x2FFFF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x1100 && cp <= 0x11FF) ||
      (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xAC00 && cp <= 0xD7AF);
  }

  var segmenters = {};
  var WORD_FALLBACK = /[^\s!-\/:-@\[-`{-~\u00A0-\u00BF\u2000-\u206F\u3000-\u303F]+/g;

  /** Words of a text as {word, start, end}: Intl.Segmenter where available (dictionary scripts need it). */
  function words(text, lang) {
    var out = [];
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      var segmenter = segmenters[lang] || (segmenters[lang] = new Intl.Segmenter(lang, { granularity: 'word' }));
      var iterator = segmenter.segment(text)[Symbol.iterator]();
      for (var step = iterator.next(); !step.done; step = iterator.next()) {
        var s = step.value;
        if (s.isWordLike) { out.push({ word: s.segment, start: s.index, end: s.index + s.segment.length }); }
      }
      return out;
    }
    var match;
    WORD_FALLBACK.lastIndex = 0;
    while ((match = WORD_FALLBACK.exec(text)) !== null) {
      out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
    }
    return out;
  }

  /** Query tokens in order with their positions; CJK runs become bigrams as in Lucene's CJKBigramFilter. */
  function tokens(text, meta) {
    var normalized = (meta.segmentation === 'cjk-bigrams' ? text.normalize('NFKC') : text.normalize('NFC')).toLowerCase();
    if (meta.segmentation !== 'cjk-bigrams') {
      return words(normalized, meta.lang).map(function (w) { return w.word; });
    }
    var out = [];
    var run = [];
    var rest = '';
    function flushRun() {
      if (run.length === 1) { out.push(run[0]); }
      for (var i = 0; i + 1 < run.length; i++) { out.push(run[i] + run[i + 1]); }
      run = [];
    }
    function flushRest() {
      words(rest, meta.lang).forEach(function (w) { out.push(w.word); });
      rest = '';
    }
    Array.from(normalized).forEach(function (ch) {
      if (isCjk(ch.codePointAt(0))) { flushRest(); run.push(ch); } else { flushRun(); rest += ch; }
    });
    flushRun();
    flushRest();
    return out;
  }

  /* ---- the query language: words (all required), "phrases", -word / NOT word; field prefixes are ignored ---- */

  function parseQuery(query) {
    var clauses = [];
    var pattern = /(-?)"([^"]*)"?|(\S+)/g;
    var negateNext = false;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      if (match[3] !== undefined) {
        var text = match[3];
        if (text === 'AND' || text === 'OR' || text === '&&' || text === '||') { continue; }
        if (text === 'NOT') { negateNext = true; continue; }
        var negated = negateNext || text.charAt(0) === '-' || text.charAt(0) === '!';
        text = text.replace(/^[-!+]+/, '').replace(/^[A-Za-z_]+:/, '');
        clauses.push({ phrase: false, text: text, negated: negated });
      } else {
        clauses.push({ phrase: true, text: match[2], negated: negateNext || match[1] === '-' });
      }
      negateNext = false;
    }
    return clauses;
  }

  /* ---- index data ---- */

  function decode(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= FINAL) { value = value * CONTINUATION + digit - FINAL; } else { out.push(value * FINAL + digit); value = 0; }
    }
    return out;
  }

  /** Postings (PostingsCollector): the term's score range, its documents (bitmap, or count and deltas), then their score levels. */
  function decodePostings(text) {
    var map = {};
    var i = 0;
    function next() {
      for (var value = 0; ;) {
        var digit = DIGIT[text.charCodeAt(i++)];
        if (digit < FINAL) { return value * FINAL + digit; }
        value = value * CONTINUATION + digit - FINAL;
      }
    }
    if (!text) { return map; }
    var low = next() / 1000;
    var step = Math.log(1 + next() / 1000 / low) / (LEVELS - 1);
    var docs = [];
    var bitmapChars = next();
    var doc = 0;
    if (bitmapChars > 0) {
      for (var end = i + bitmapChars; i < end; i++, doc += 6) {
        for (var bits = DIGIT[text.charCodeAt(i)], b = 0; bits > 0; bits >>= 1, b++) { if (bits & 1) { docs.push(doc + b); } }
      }
    } else {
      for (var count = next(); docs.length < count;) { doc += next(); docs.push(doc); }
    }
    docs.forEach(function (d) { map[d] = low * Math.exp(step * DIGIT[text.charCodeAt(i++)]); });
    return map;
  }

  function shardOf(boundaries, key) {
    var low = 0;
    var high = boundaries.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (boundaries[middle] <= key) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) { return max + 1; }
    var previous = [];
    var current = [];
    for (var j = 0; j <= b.length; j++) { previous[j] = j; }
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
        if (current[j] < best) { best = current[j]; }
      }
      if (best > max) { return max + 1; }
      previous = current;
    }
    return previous[b.length];
  }

  function allowedEdits(word) {
    var length = Array.from(word).length;
    return length >= 8 ? 2 : length >= 4 ? 1 : 0;
  }

  /** A search engine over one site; {@code load(name)} returns a promise of the data a shard registered. */
  function create(options) {
    var load = options.load || scriptLoader(options.root || '');
    var cache = {};
    var decoded = {};

    function get(name) {
      if (!cache[name]) {
        cache[name] = Promise.resolve(registry[name] !== undefined ? registry[name] : load(name)).then(function (data) {
          if (data === undefined) { throw new Error('Search index part "' + name + '" did not register'); }
          return data;
        });
      }
      return cache[name];
    }

    function termShard(meta, key) { return meta.lang + '/t' + shardOf(meta.shards, fold(key)); }

    function shardsForPrefix(meta, prefix) {
      var first = shardOf(meta.shards, prefix);
      var last = shardOf(meta.shards, prefix + '\uffff');
      var names = [];
      for (var i = first; i <= last && names.length < MAX_SHARDS_PER_WORD; i++) { names.push(meta.lang + '/t' + i); }
      return names;
    }

    function vocabularyTerms(word, value) { return value === 0 ? [word] : typeof value === 'string' ? [value] : value; }

    /** The indexed terms a query word stands for: exact word, then folded, then prefix / typo expansions. */
    function resolve(meta, word, expand) {
      var folded = fold(word);
      return get(termShard(meta, word)).then(function (own) {
        var result = { word: word, terms: [], stop: false, known: false };
        var seen = {};
        function add(terms) {
          terms.forEach(function (term) { if (!seen[term]) { seen[term] = true; result.terms.push(term); } });
        }
        if (own.v[word] !== undefined) { add(vocabularyTerms(word, own.v[word])); } else if (own.v[folded] !== undefined) { add(vocabularyTerms(folded, own.v[folded])); }
        result.known = result.terms.length > 0;
        if (!result.known && meta.stop.indexOf(word) >= 0) { result.stop = true; return result; }
        var apostrophe = word.search(/['\u2019]/);
        if (!result.known && apostrophe > 0) {
          return resolveFirst(meta, [word.slice(0, apostrophe), word.slice(apostrophe + 1)], expand);
        }
        var fuzzy = expand.fuzzy && !result.known && allowedEdits(folded) > 0;
        if (!fuzzy && !expand.prefix) { return result; }
        var range = fuzzy ? Array.from(folded).slice(0, 2).join('') : folded;
        /* A word the index knows completes within its own shard: typing a whole word loads no more than the word. */
        var candidates = result.known ? [termShard(meta, word)] : shardsForPrefix(meta, range);
        return Promise.all(candidates.map(get)).then(function (shards) {
          var expansions = 0;
          shards.forEach(function (shard) {
            Object.keys(shard.v).forEach(function (key) {
              if (expansions >= MAX_EXPANSIONS || key === word) { return; }
              var foldedKey = fold(key);
              var prefixMatch = expand.prefix && foldedKey.length > folded.length && foldedKey.indexOf(folded) === 0;
              var typo = fuzzy && editDistance(folded, foldedKey, allowedEdits(folded)) <= allowedEdits(folded);
              if (prefixMatch || typo) { add(vocabularyTerms(key, shard.v[key])); expansions++; }
            });
          });
          return result;
        });
      });
    }

    /** Words like "baby's" or "l'eau" that the pages never spell so: the first part the index knows. */
    function resolveFirst(meta, parts, expand) {
      return resolve(meta, parts[0], expand).then(function (first) {
        return first.known || first.stop || parts.length === 1 ? first : resolveFirst(meta, parts.slice(1), expand);
      });
    }

    function postings(meta, term) {
      var name = termShard(meta, term);
      return get(name).then(function (shard) {
        var key = name + '\u0000' + term;
        if (!decoded[key]) { decoded[key] = decodePostings(shard.p[term] || ''); }
        return decoded[key];
      });
    }

    /** Positions of a term (PostingsCollector): doc → set of "field:position". */
    function positions(meta, term) {
      var index = shardOf(meta.shards, fold(term));
      return Promise.all([postings(meta, term), get(meta.lang + '/x' + index)]).then(function (parts) {
        var ints = decode(parts[1][term] || '');
        var body = meta.fields.indexOf('body');
        var out = {};
        var cursor = 0;
        Object.keys(parts[0]).forEach(function (doc) {
          var set = {};
          function group(field, count) {
            for (var c = 0, position = 0; c < count; c++) { position += ints[cursor++]; set[field + ':' + position] = true; }
          }
          var head = ints[cursor++];
          group(body, head >> 1);
          for (var g = (head & 1) ? ints[cursor++] : 0; g > 0; g--) { group(ints[cursor++], ints[cursor++]); }
          out[doc] = set;
        });
        return out;
      });
    }

    /** Scores of the docs matching one clause: sum of impacts of its terms (as Lucene sums its boolean clauses). */
    function clauseScores(meta, terms) {
      return Promise.all(terms.map(function (term) { return postings(meta, term); })).then(function (lists) {
        var scores = {};
        lists.forEach(function (list) {
          for (var doc in list) { scores[doc] = (scores[doc] || 0) + list[doc]; }
        });
        return scores;
      });
    }

    function phraseScores(meta, resolved) {
      var slots = [];
      resolved.forEach(function (r, position) { if (!r.stop) { slots.push({ offset: position, terms: r.terms }); } });
      return Promise.all(slots.map(function (slot) { return clauseScores(meta, slot.terms); })).then(function (scoreLists) {
        return Promise.all(slots.map(function (slot) {
          var folded = slot.terms.filter(function (term) { return fold(term) === term; });
          return Promise.all((folded.length > 0 ? folded : slot.terms).map(function (term) { return positions(meta, term); }));
        })).then(function (positionLists) {
          var out = {};
          Object.keys(scoreLists[0] || {}).forEach(function (doc) {
            for (var s = 1; s < scoreLists.length; s++) { if (scoreLists[s][doc] === undefined) { return; } }
            var firstSets = positionLists[0].map(function (byDoc) { return byDoc[doc] || {}; });
            var found = firstSets.some(function (set) {
              return Object.keys(set).some(function (start) {
                var field = start.split(':')[0];
                var base = +start.split(':')[1] - slots[0].offset;
                return slots.every(function (slot, s) {
                  var wanted = field + ':' + (base + slot.offset);
                  return positionLists[s].some(function (byDoc) { return byDoc[doc] && byDoc[doc][wanted]; });
                });
              });
            });
            if (found) {
              var total = 0;
              for (s = 0; s < scoreLists.length; s++) { total += scoreLists[s][doc]; }
              out[doc] = total;
            }
          });
          return out;
        });
      });
    }

    function suggestionsFor(meta, unknown, query) {
      return Promise.all(unknown.map(function (word) {
        var folded = fold(word);
        return Promise.all(shardsForPrefix(meta, folded.slice(0, 1)).map(get)).then(function (shards) {
          var best = null;
          var bestDistance = Math.max(2, allowedEdits(folded) + 1);
          shards.forEach(function (shard) {
            Object.keys(shard.v).sort().forEach(function (key) {
              var distance = editDistance(folded, fold(key), bestDistance);
              if (distance < bestDistance) { best = key; bestDistance = distance; }
            });
          });
          return best ? { word: word, suggestion: best } : null;
        });
      })).then(function (pairs) {
        var text = query;
        var any = false;
        pairs.forEach(function (pair) {
          if (pair) { any = true; text = text.split(pair.word).join(pair.suggestion); }
        });
        return any ? [text] : [];
      });
    }

    function highlightTerms(meta, resolvedClauses) {
      var terms = {};
      resolvedClauses.forEach(function (clause) {
        clause.forEach(function (r) { r.terms.forEach(function (t) { terms[fold(t)] = true; }); terms[fold(r.word)] = true; });
      });
      return terms;
    }

    /** Excerpt fragments [{text, hit}] around the best-matching stored sentence. */
    function snippet(meta, page, terms) {
      var candidates = (page.x || []).concat(page.s ? [page.s] : []);
      var best = null;
      candidates.forEach(function (text) {
        var marks = words(text, meta.lang).filter(function (w) {
          var key = fold(w.word.toLowerCase());
          var shard = registry[termShard(meta, key)];
          var value = shard && shard.v[key];
          if (value !== undefined && vocabularyTerms(key, value).some(function (t) { return terms[fold(t)]; })) { return true; }
          return Object.keys(terms).some(function (t) { return t.length >= 3 && key.indexOf(t) === 0; }) || terms[key] === true;
        });
        if (!best || marks.length > best.marks.length) { best = { text: text, marks: marks }; }
      });
      if (!best) { return []; }
      var fragments = [];
      var cursor = 0;
      best.marks.forEach(function (m) {
        if (m.start > cursor) { fragments.push({ text: best.text.slice(cursor, m.start), hit: false }); }
        fragments.push({ text: best.text.slice(m.start, m.end), hit: true });
        cursor = m.end;
      });
      if (cursor < best.text.length) { fragments.push({ text: best.text.slice(cursor), hit: false }); }
      return fragments;
    }

    function searchLanguage(lang, query, opts) {
      return get(lang + '/meta').then(function (meta) {
        var clauses = parseQuery(query).map(function (clause) {
          return { phrase: clause.phrase, negated: clause.negated, tokens: tokens(clause.text, meta) };
        }).filter(function (clause) { return clause.tokens.length > 0; });
        var lastWord = null;
        clauses.forEach(function (clause) { if (!clause.phrase && !clause.negated) { lastWord = clause; } });
        var endsWithSpace = /\s$/.test(query);
        return Promise.all(clauses.map(function (clause) {
          return Promise.all(clause.tokens.map(function (token, i) {
            var isLast = clause === lastWord && i === clause.tokens.length - 1 && !endsWithSpace;
            return resolve(meta, token, { prefix: opts.prefix && isLast, fuzzy: opts.fuzzy && !clause.phrase });
          }));
        })).then(function (resolvedClauses) {
          var required = [];
          var excluded = [];
          var unknown = [];
          clauses.forEach(function (clause, c) {
            var resolved = resolvedClauses[c];
            if (clause.phrase && resolved.filter(function (r) { return !r.stop; }).length > 1) {
              if (resolved.some(function (r) { return !r.stop && r.terms.length === 0; })) { unknown.push(clause.tokens.join(' ')); }
              (clause.negated ? excluded : required).push(function () { return phraseScores(meta, resolved); });
              return;
            }
            resolved.forEach(function (r) {
              if (r.stop) { return; }
              if (r.terms.length === 0 && !clause.negated) { unknown.push(r.word); }
              (clause.negated ? excluded : required).push(function () { return clauseScores(meta, r.terms); });
            });
          });
          var nothing = required.length === 0 || unknown.length > 0;
          return Promise.all(nothing ? [] : required.map(function (f) { return f(); })).then(function (lists) {
            return Promise.all(excluded.map(function (f) { return f(); })).then(function (excludedLists) {
              var scores = {};
              if (lists.length > 0) {
                Object.keys(lists[0]).forEach(function (doc) {
                  var total = 0;
                  for (var i = 0; i < lists.length; i++) {
                    if (lists[i][doc] === undefined) { return; }
                    total += lists[i][doc];
                  }
                  if (excludedLists.some(function (list) { return list[doc] !== undefined; })) { return; }
                  scores[doc] = total;
                });
              }
              return (opts.topic ? get(lang + '/topics') : Promise.resolve(null)).then(function (topics) {
                if (topics) {
                  var allowed = {};
                  var doc = 0;
                  decode(topics[opts.topic] || '').forEach(function (delta) { doc += delta; allowed[doc] = true; });
                  Object.keys(scores).forEach(function (d) { if (!allowed[d]) { delete scores[d]; } });
                }
                var hits = Object.keys(scores).map(function (doc) {
                  return { lang: lang, doc: +doc, score: scores[doc], meta: meta };
                });
                var suggest = hits.length === 0 && unknown.length > 0 ? suggestionsFor(meta, unknown, query) : Promise.resolve([]);
                return suggest.then(function (suggestions) {
                  return { hits: hits, suggestions: suggestions, terms: highlightTerms(meta, resolvedClauses) };
                });
              });
            });
          });
        });
      });
    }

    function page(hit) {
      var group = Math.floor(hit.doc / hit.meta.pagesPerFile);
      var folder = Math.floor(group / hit.meta.folder);
      return get(hit.lang + '/d/' + folder + '/' + group).then(function (pages) {
        return pages[hit.doc % hit.meta.pagesPerFile];
      });
    }

    /**
     * Searches the site. opts: lang (required), allLanguages, prefix (last word as a prefix, default true),
     * fuzzy (typo tolerance, default true), topic, limit (default 10), offset (default 0).
     * Resolves to {total, results: [{lang, url, title, topics, score, fragments: [{text, hit}]}], suggestions}.
     */
    function search(query, opts) {
      var o = {
        lang: opts.lang, prefix: opts.prefix !== false, fuzzy: opts.fuzzy !== false, topic: opts.topic || null,
        limit: opts.limit || 10, offset: opts.offset || 0
      };
      var languages = opts.allLanguages ? get('languages').then(function (list) {
        return list.map(function (l) { return l.code; });
      }) : Promise.resolve([o.lang]);
      return languages.then(function (codes) {
        return Promise.all(codes.map(function (code) { return searchLanguage(code, query, o); }));
      }).then(function (perLanguage) {
        var hits = [];
        var suggestions = [];
        var terms = {};
        perLanguage.forEach(function (r) {
          hits = hits.concat(r.hits);
          suggestions = suggestions.concat(r.suggestions);
          if (r.hits.length > 0) { terms[r.hits[0].lang] = r.terms; }
        });
        hits.sort(function (x, y) { return y.score - x.score || (x.lang < y.lang ? -1 : x.lang > y.lang ? 1 : x.doc - y.doc); });
        var shown = hits.slice(o.offset, o.offset + o.limit);
        return Promise.all(shown.map(page)).then(function (pages) {
          return {
            total: hits.length,
            suggestions: hits.length === 0 ? suggestions.filter(function (s, i) { return suggestions.indexOf(s) === i; }) : [],
            results: shown.map(function (hit, i) {
              return {
                lang: hit.lang, url: pages[i].u, title: pages[i].t, topics: pages[i].tp, score: hit.score,
                fragments: snippet(hit.meta, pages[i], terms[hit.lang])
              };
            })
          };
        });
      });
    }

    return { search: search, topics: function (lang) { return get(lang + '/meta').then(function (m) { return m.topics; }); } };
  }

  /** Browser loader: a script tag per index part, relative to the site root (works on file://). */
  function scriptLoader(rootPath) {
    return function (name) {
      return new Promise(function (resolvePart, reject) {
        var script = document.createElement('script');
        script.src = rootPath + 'search/' + name + '.js';
        script.async = true;
        script.onload = function () { resolvePart(registry[name]); };
        script.onerror = function () { reject(new Error('Cannot load ' + script.src)); };
        document.head.appendChild(script);
      });
    };
  }

  root.GuidepostSearch = {
    register: register, registered: registered, create: create, scriptLoader: scriptLoader, fold: fold, tokens: tokens,
    editDistance: editDistance
  };
})(typeof window !== 'undefined' ? window : globalThis);
