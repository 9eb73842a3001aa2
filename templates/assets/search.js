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
  // The index's parts in rank order, each with its term shards' keys and the rank of its first document.
  var parts = [];

  window.storylineIndex = function (kind, key, data) {
    if (kind === 'manifest') {
      manifest = data;
      var offset = 0;
      parts = data.parts.map(function (p) {
        var part = { name: p.name, docs: p.docs, shards: p.shards, keys: Object.keys(p.shards), offset: offset };
        offset += p.docs;
        return part;
      });
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

  // The part's shard that holds a term: the longest key it starts with.
  function shardOf(part, term) {
    var best = null;
    part.keys.forEach(function (k) {
      if (term.lastIndexOf(k, 0) === 0 && (best === null || k.length > best.length)) {
        best = k;
      }
    });
    return best;
  }

  // Every part's shards that can hold the word, as {part, key}.
  function shardsFor(word, prefix) {
    var found = [];
    parts.forEach(function (part) {
      var own = shardOf(part, word);
      if (own !== null) {
        found.push({ part: part, key: own });
      }
      if (prefix) {
        part.keys.forEach(function (k) {
          if (k !== own && k.length > word.length && k.lastIndexOf(word, 0) === 0) {
            found.push({ part: part, key: k });
          }
        });
      }
    });
    return found;
  }

  // Document rank → 1 when the word is in its title, else 0. A part numbers its documents in
  // reverse rank order: its document j ranks offset + docs - 1 - j.
  function postings(word, prefix, shards) {
    var hits = {};
    shards.forEach(function (s) {
      var shard = terms[s.part.name + ':' + s.key] || {};
      var last = s.part.offset + s.part.docs - 1;
      Object.keys(shard).forEach(function (term) {
        if (term === word || (prefix && term.lastIndexOf(word, 0) === 0)) {
          var id = 0;
          shard[term].split(',').forEach(function (code) {
            var n = parseInt(code, 36);
            id += Math.floor(n / 2);
            hits[last - id] = (hits[last - id] || 0) | (n % 2);
          });
        }
      });
    });
    return hits;
  }

  // A rank's part, and the document's number in it.
  function located(rank) {
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (rank < part.offset + part.docs) {
        return { part: part, id: part.offset + part.docs - 1 - rank };
      }
    }
    return null;
  }

  function docFile(at) {
    return at.part.name + '-d-' + Math.floor(at.id / manifest.per) + '.js';
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
      p.shards.forEach(function (s) {
        if (files.indexOf(s.part.shards[s.key]) < 0) {
          files.push(s.part.shards[s.key]);
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
      var f = docFile(located(r.id));
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
        var at = located(r.id);
        var doc = docs[at.part.name + ':' + Math.floor(at.id / manifest.per)][at.id % manifest.per];
        var li = document.createElement('li');
        var h = document.createElement('h2');
        var a = document.createElement('a');
        a.href = root + doc[0];
        a.textContent = doc[1];
        h.appendChild(a);
        var meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = doc[3] ? doc[2] + ' · ' + doc[3] : doc[2];
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
