// The search page: FTS5 queries against the site's SQLite file, read over HTTP range requests
// by sql.js-httpvfs (vendored next to this file). Scraped text only ever reaches the page as
// textContent. See docs/search.md.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || typeof createDbWorker !== "function") return;
  var PAGE = 20;
  // Where to look: FTS5 tables ("search": latest text; "changes": earlier headlines and the
  // sentences changes removed or added) and their columns.
  var WHERE = {
    all: { search: "title body", changes: "headlines removed added" },
    latest: { search: "title body" },
    headlines: { search: "title", changes: "headlines" },
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

  // "Exact phrases" and single words, each an FTS5 string: no query syntax gets through.
  function terms(text) {
    var found = [], pattern = /"([^"]*)"?|(\S+)/g, match;
    while ((match = pattern.exec(text))) {
      var term = (match[1] !== undefined ? match[1] : match[2]).trim();
      if (/[\p{L}\p{N}]/u.test(term)) found.push(quoted(term));
    }
    return found;
  }

  // Per table to search, its FTS5 expression.
  function expressions(values) {
    var words = terms(values.q || "");
    if (!words.length) return null;
    var facets = "";
    if (values.source) facets += " AND {facets} : " + quoted("src" + hex(values.source));
    if (values.label) facets += " AND {facets} : " + quoted("lbl" + hex(values.label));
    var where = WHERE[values.where] || WHERE.all, out = {};
    Object.keys(where).forEach(function (table) {
      out[table] = "{" + where[table] + "} : (" + words.join(" AND ") + ")" + facets;
    });
    return out;
  }

  // Newest first: each table's matches below ``before`` in rowid order, merged, so a query
  // reads the first leaves of each doclist only.
  function statement(tables) {
    var arms = Object.keys(tables).map(function (table) {
      return "SELECT id FROM (SELECT rowid AS id FROM " + table + " WHERE " + table +
        " MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?)";
    });
    return "SELECT a.id, a.slug, a.source, a.title, a.last_changed, a.versions, a.labels " +
      "FROM (" + arms.join(" UNION ") + " ORDER BY id DESC LIMIT ?) AS s " +
      "JOIN articles AS a ON a.id = s.id ORDER BY a.id DESC";
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
  function row(result) {
    var item = document.createElement("li");
    var facts = document.createElement("span");
    facts.className = "m meta";
    var versions = result.versions === 1 ? "1 version" : result.versions + " versions";
    facts.append(link(result.source + "/", sourceTitle(result.source)), " · last changed ",
                 when(result.last_changed), " · " + versions);
    (result.labels ? result.labels.split(",") : []).forEach(function (label) {
      facts.append(" ", link("label/" + encodeURIComponent(label) + "/", label, "l"));
    });
    item.append(link(result.slug + "/", result.title || result.slug, "t"), facts);
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
      if (!append) list.replaceChildren();
      found.slice(0, PAGE).forEach(function (result) { list.append(row(result)); });
      var shown = list.children.length;
      if (found.length > PAGE) {
        query.before = found[PAGE - 1].id;
        more.hidden = false;
        status.textContent = shown + " articles shown, newest change first; there are more.";
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
    if (!tables) { status.textContent = "Type a word or a quote to search for."; return; }
    history.replaceState(null, "", "?" + new URLSearchParams(current).toString());
    run({ tables: tables, before: Number.MAX_SAFE_INTEGER }, false);
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
