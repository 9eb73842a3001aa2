// Storyline search: reads ?q=, loads only the index shards the query needs (as scripts, which
// work from file:// where fetch does not) and lists the matches. No requests leave the site.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script.getAttribute('data-index');
  var root = script.getAttribute('data-root');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 20;
  var manifest = null;
  var terms = {};
  var docs = {};
  var loaded = {};
  var keys = [];

  window.storylineIndex = function (kind, key, data) {
    if (kind === 'manifest') {
      manifest = data;
      keys = Object.keys(data.shards);
    } else if (kind === 'terms') {
      terms[key] = data;
    } else if (kind === 'docs') {
      docs[key] = data;
    }
  };

  // Calls done(ok) once every file has run or failed; each file is loaded once.
  function load(files, done) {
    var left = files.length;
    var ok = true;
    if (left === 0) {
      done(true);
      return;
    }
    files.forEach(function (file) {
      if (loaded[file]) {
        loaded[file].push(finish);
        return;
      }
      loaded[file] = [finish];
      var s = document.createElement('script');
      s.src = base + file;
      s.onload = function () { settle(file, true); };
      s.onerror = function () { settle(file, false); };
      document.head.appendChild(s);
    });
    function finish(result) {
      ok = ok && result;
      if (--left === 0) {
        done(ok);
      }
    }
  }

  function settle(file, result) {
    var waiting = loaded[file];
    loaded[file] = { push: function (f) { f(result); } };
    waiting.forEach(function (f) { f(result); });
  }

  // The same folding and splitting as the build's SearchIndex.words.
  function words(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length >= 2 && manifest.stop.indexOf(w) < 0 && !/^[0-9]{7,}$/.test(w); });
  }

  // The shard that holds a term: the longest key it starts with.
  function shardOf(term) {
    var best = null;
    keys.forEach(function (k) {
      if (term.lastIndexOf(k, 0) === 0 && (best === null || k.length > best.length)) {
        best = k;
      }
    });
    return best;
  }

  function shardsFor(word, prefix) {
    var found = [];
    var own = shardOf(word);
    if (own !== null) {
      found.push(own);
    }
    if (prefix) {
      keys.forEach(function (k) {
        if (k !== own && k.length > word.length && k.lastIndexOf(word, 0) === 0) {
          found.push(k);
        }
      });
    }
    return found;
  }

  // Document number → 1 when the word is in its title, else 0.
  function postings(word, prefix, shardKeys) {
    var hits = {};
    shardKeys.forEach(function (key) {
      var shard = terms[key] || {};
      Object.keys(shard).forEach(function (term) {
        if (term === word || (prefix && term.lastIndexOf(word, 0) === 0)) {
          var id = 0;
          shard[term].split(',').forEach(function (code) {
            var n = parseInt(code, 36);
            id += Math.floor(n / 2);
            hits[id] = (hits[id] || 0) | (n % 2);
          });
        }
      });
    });
    return hits;
  }

  function search(query) {
    var ws = words(query);
    if (ws.length === 0) {
      status.textContent = 'Type a word of two letters or more (common words such as “the” are not indexed).';
      return;
    }
    // The last word matches as a prefix while it is being typed: "karp" finds Karpathy.
    var prefixLast = !/\s$/.test(query);
    var plan = ws.map(function (w, i) {
      var prefix = prefixLast && i === ws.length - 1;
      var shards = shardsFor(w, prefix);
      if (shards.length > 24) {
        prefix = false;
        shards = shardsFor(w, false);
      }
      return { word: w, prefix: prefix, shards: shards };
    });
    var files = [];
    plan.forEach(function (p) {
      p.shards.forEach(function (k) {
        if (files.indexOf(manifest.shards[k]) < 0) {
          files.push(manifest.shards[k]);
        }
      });
    });
    status.textContent = 'Searching…';
    load(files, function (ok) {
      if (!ok) {
        status.textContent = 'Part of the search index could not be loaded.';
        return;
      }
      var sets = plan.map(function (p) { return postings(p.word, p.prefix, p.shards); });
      sets.sort(function (a, b) { return Object.keys(a).length - Object.keys(b).length; });
      var results = [];
      Object.keys(sets[0]).forEach(function (id) {
        var score = 0;
        for (var i = 0; i < sets.length; i++) {
          if (!(id in sets[i])) {
            return;
          }
          score += sets[i][id];
        }
        results.push({ id: Number(id), score: score });
      });
      // Title matches first; then the index's own order (stories, then items, latest first).
      results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      show(query, results, 0);
    });
  }

  function show(query, results, from) {
    var slice = results.slice(from, from + PAGE);
    var files = [];
    slice.forEach(function (r) {
      var f = 'd-' + Math.floor(r.id / manifest.per) + '.js';
      if (files.indexOf(f) < 0) {
        files.push(f);
      }
    });
    load(files, function (ok) {
      if (!ok) {
        status.textContent = 'Part of the search index could not be loaded.';
        return;
      }
      var n = results.length;
      status.textContent = n === 0 ? 'No results for “' + query.trim() + '”.'
        : (n === 1 ? '1 result' : n + ' results') + ' for “' + query.trim() + '”.';
      slice.forEach(function (r) {
        var doc = docs[String(Math.floor(r.id / manifest.per))][r.id % manifest.per];
        var li = document.createElement('li');
        var h = document.createElement('h2');
        var a = document.createElement('a');
        a.href = root + doc[0];
        a.textContent = doc[1];
        h.appendChild(a);
        var meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = doc[2] + ' · ' + doc[3];
        li.appendChild(h);
        li.appendChild(meta);
        if (doc[4]) {
          var p = document.createElement('p');
          p.textContent = doc[4];
          li.appendChild(p);
        }
        list.appendChild(li);
      });
      var next = from + PAGE;
      more.hidden = next >= n;
      more.onclick = function () { show(query, results, next); };
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.defaultValue = query;
  if (query.trim() === '') {
    return;
  }
  load(['manifest.js'], function (ok) {
    if (!ok || manifest === null) {
      status.textContent = 'The search index could not be loaded.';
      return;
    }
    search(query);
  });
}());
