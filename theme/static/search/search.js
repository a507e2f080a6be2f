// The search page: FTS5 queries against the site's SQLite file, read over HTTP range requests
// by sql.js-httpvfs (vendored next to this file). Scraped text only ever reaches the page as
// textContent. See docs/search.md.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof createDbWorker !== "function") return;
  var PAGE = 20;
  // Where to look: FTS5 tables ("search": latest text, without positions or column filters;
  // "changes": every headline, and the sentences changes removed or added) and their columns.
  var WHERE = {
    all: { search: "", changes: "headlines removed added" },
    latest: { search: "" },
    headlines: { changes: "headlines" },
    removed: { changes: "removed" },
    added: { changes: "added" }
  };
  var root = new URL(form.dataset.root.replace(/\/?$/, "/"), location.href);
  var library = new URL("theme/search/sql.js-httpvfs/", root);
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var pending = null;
  var last = null;  // {expression, before}: the query shown, and the id to continue below

  function database() {
    if (!pending) {
      pending = createDbWorker(
        [{ from: "inline", config: { serverMode: "full",
                                     requestChunkSize: Number(form.dataset.pageSize || 4096),
                                     url: new URL(form.dataset.database, root).href } }],
        new URL("sqlite.worker.js", library).href, new URL("sql-wasm.wasm", library).href);
    }
    return pending;
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text),
                      function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  function quoted(text) { return '"' + text.replace(/"/g, '""') + '"'; }

  // "Exact phrases" and single words, as typed.
  function terms(text) {
    var found = [], pattern = /"([^"]*)"?|(\S+)/g, match;
    while ((match = pattern.exec(text))) {
      // ß as ss, as the index holds it (searchdb.searchable).
      var term = (match[1] !== undefined ? match[1] : match[2]).trim().replace(/ß/g, "ss")
        .replace(/ẞ/g, "SS");
      if (/[\p{L}\p{N}]/u.test(term)) found.push(term);
    }
    return found;
  }

  // Text as FTS5's tokenizer (unicode61, remove_diacritics 2) splits it, words joined by one
  // space: how a phrase is compared with an article's latest page.
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[ßẞ]/g, "ss").toLowerCase()
      .replace(/[^\p{L}\p{N}\p{Co}]+/gu, " ").trim();
  }

  // Per table to search, its FTS5 expression: each term an FTS5 string, so no query syntax
  // gets through. The latest text has no positions: there a phrase asks for its words, and
  // the page checks the phrase itself (see ``holds``).
  function expressions(values) {
    var words = terms(values.q || "");
    if (!words.length) return null;
    var facets = [];
    if (values.source) facets.push(quoted("src" + hex(values.source)));
    if (values.label) facets.push(quoted("lbl" + hex(values.label)));
    var where = WHERE[values.where] || WHERE.all, out = {};
    Object.keys(where).forEach(function (table) {
      if (where[table]) {
        out[table] = "{" + where[table] + "} : (" + words.map(quoted).join(" AND ") + ")" +
          facets.map(function (f) { return " AND {facets} : " + f; }).join("");
      } else {
        var each = [].concat.apply([], words.map(function (w) { return fold(w).split(" "); }));
        out[table] = each.map(quoted).concat(facets).join(" AND ");
      }
    });
    return out;
  }

  // Searching everything, the places a result can match in, each with its table and column.
  var PLACES = [["the latest text", "search", ""], ["a headline", "changes", "headlines"],
                ["removed text", "changes", "removed"], ["added text", "changes", "added"]];

  function placeExpressions(values) {
    if ((values.where || "all") !== "all") return null;
    return PLACES.map(function (place) {
      var one = expressions(Object.assign({}, values, { where: place[2] ? place[2] : "latest" }));
      return [place[0], place[1], one[place[1]]];
    });
  }

  // The phrases of several words in a query: what the latest text cannot match by itself.
  function phrases(values) {
    return terms(values.q || "").map(fold).filter(function (p) { return p.includes(" "); });
  }

  // Whether an article's latest text (its latest version's page: the article's own page when
  // it never changed) holds every phrase, words adjacent as typed.
  async function holds(result, wanted) {
    var href = result.slug + "/" + (result.versions > 1 ? "v" + result.versions + "/" : "");
    var response = await fetch(new URL(href, root));
    if (!response.ok) return false;
    var page = new DOMParser().parseFromString(await response.text(), "text/html");
    var text = " " + fold(Array.from(page.querySelectorAll("h1, .byline, .body"),
                                     function (e) { return e.textContent; }).join(" ")) + " ";
    return wanted.every(function (p) { return text.includes(" " + p + " "); });
  }

  // Newest first: each table's matches below ``before`` in rowid order, merged, so a query
  // reads the first leaves of each doclist only. ``exact``: matched in ``changes``, where a
  // phrase is matched as a phrase.
  function statement(tables) {
    var arms = Object.keys(tables).map(function (table) {
      return "SELECT id, " + (table === "changes" ? 1 : 0) + " AS exact FROM (SELECT rowid AS " +
        "id FROM " + table + " WHERE " + table + " MATCH ? AND rowid < ? ORDER BY rowid DESC " +
        "LIMIT ?)";
    });
    return "SELECT a.id, a.slug, a.source, a.title, a.last_changed, a.versions, a.labels, " +
      "a.language, " +
      "s.exact FROM (SELECT id, MAX(exact) AS exact FROM (" + arms.join(" UNION ") +
      ") GROUP BY id ORDER BY id DESC LIMIT ?) AS s JOIN articles AS a ON a.id = s.id " +
      "ORDER BY a.id DESC";
  }

  // Searching everything, the places each shown result matched in: one query per place,
  // bounded to the rowids the results span, so it reads the doclist pages the search just
  // read. A phrase in the latest text is only claimed where its page was read (``held``):
  // that table has no positions.
  async function places(worker, query, shown, held) {
    var found = {};
    if (!query.places || !shown.length) return found;
    var ids = shown.map(function (result) { return result.id; });
    var low = Math.min.apply(null, ids), high = Math.max.apply(null, ids);
    for (var i = 0; i < query.places.length; i++) {
      var place = query.places[i], matched;
      if (place[1] === "search" && query.phrases.length) {
        matched = Object.keys(held).map(Number);
      } else {
        matched = (await worker.db.query("SELECT rowid AS id FROM " + place[1] + " WHERE " +
          place[1] + " MATCH ? AND rowid BETWEEN ? AND ?", [place[2], low, high]))
          .map(function (row) { return row.id; });
      }
      matched.forEach(function (id) { (found[id] = found[id] || []).push(place[0]); });
    }
    return found;
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];

  // "2026-03-02T16:30:11Z" as every other page writes it: "2 March 2026 16:30 UTC".
  function when(iso) {
    var time = document.createElement("time"), m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d))?/
      .exec(iso || "");
    time.dateTime = iso || "";
    time.textContent = m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] +
      (m[4] ? " " + m[4] + " UTC" : "") : (iso || "");
    return time;
  }

  function link(href, text, className) {
    var a = document.createElement("a");
    a.href = new URL(href, root).href;
    a.textContent = text;
    if (className) a.className = className;
    return a;
  }

  // The source's display name, as the source filter lists it (no second copy of the names).
  function sourceTitle(name) {
    var option = Array.from(form.elements.source.options).find(function (o) {
      return o.value === name;
    });
    return option ? option.textContent : name;
  }

  // One result, laid out as the site's other lists of articles (ol.changes): the title, then
  // source · last change · versions, then the labels as chips linking to their pages.
  function row(result, where) {
    var item = document.createElement("li");
    var facts = document.createElement("span");
    facts.className = "m meta";
    var versions = result.versions === 1 ? "1 version" : result.versions + " versions";
    facts.append(link(result.source + "/", sourceTitle(result.source), "source"),
                 " · last changed ",
                 when(result.last_changed), " · " + versions);
    (result.labels ? result.labels.split(",") : []).forEach(function (label) {
      facts.append(" ", link("label/" + encodeURIComponent(label) + "/", label, "l"));
    });
    var title = link(result.slug + "/", result.title || result.slug, "t");
    // The headline in its own language (a screen reader's voice); the site's words around it
    // stay in the page's. Only a tag's characters are taken, as the build wrote them.
    if (/^[A-Za-z0-9-]{1,35}$/.test(result.language || "")) title.lang = result.language;
    item.append(title, facts);
    if (where && where.length) {
      var found = document.createElement("span");
      found.className = "m where";
      found.textContent = "Found in " + where.join(", ") + ".";
      item.append(found);
    }
    return item;
  }

  async function run(query, append) {
    status.textContent = "Searching…";
    more.hidden = true;
    try {
      var worker = await database();
      var parameters = [];
      Object.keys(query.tables).forEach(function (table) {
        parameters.push(query.tables[table], query.before, PAGE + 1);
      });
      var found = await worker.db.query(statement(query.tables),
                                        parameters.concat([PAGE + 1]));
      var shown = found.slice(0, PAGE), held = {};
      if (query.phrases.length) {
        var kept = await Promise.all(shown.map(async function (result) {
          if (result.exact) return true;
          return (held[result.id] = await holds(result, query.phrases));
        }));
        shown = shown.filter(function (result, index) { return kept[index]; });
        Object.keys(held).forEach(function (id) { if (!held[id]) delete held[id]; });
      }
      var where = await places(worker, query, shown, held);
      if (!append) list.replaceChildren();
      var seam = list.children.length;
      shown.forEach(function (result) { list.append(row(result, where[result.id])); });
      // "More results" hid while searching, so its focus fell back to the page's start: the
      // reader goes on at the first result it brought.
      if (append && list.children[seam]) list.children[seam].querySelector("a.t").focus();
      shown = list.children.length;
      if (found.length > PAGE) {
        query.before = found[PAGE - 1].id;
        more.hidden = false;
        status.textContent = shown + (shown === 1 ? " article" : " articles") +
          " shown, newest change first; there are more.";
      } else {
        status.textContent = shown ? shown + (shown === 1 ? " article" : " articles") +
          " found, newest change first." : "No article matches.";
      }
      last = query;
    } catch (error) {
      status.textContent = "Search failed (" + (error && error.message || error) +
        "). If the site was just updated, reload the page.";
    }
  }

  function values() {
    var data = new FormData(form), out = {};
    data.forEach(function (value, key) { out[key] = String(value); });
    return out;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var current = values(), tables = expressions(current);
    if (!tables) {
      // Nothing left to search for (a lone quote mark): the last search's results, kept below
      // this message, read as the answer to it.
      list.replaceChildren();
      more.hidden = true;
      last = null;
      status.textContent = "Type a word or a quote to search for.";
      return;
    }
    history.replaceState(null, "", "?" + new URLSearchParams(current).toString());
    run({ tables: tables, phrases: phrases(current), places: placeExpressions(current),
          before: Number.MAX_SAFE_INTEGER }, false);
  });
  more.addEventListener("click", function () { if (last) run(last, true); });

  // A search link (?q=…&where=…&source=…&label=…) runs on arrival.
  var params = new URLSearchParams(location.search);
  if (params.get("q")) {
    params.forEach(function (value, key) {
      if (form.elements[key]) form.elements[key].value = value;
    });
    form.requestSubmit();
  }
})();
