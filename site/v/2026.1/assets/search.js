// Search over the per-language index (/data/search/<lang>.json): substring matching, so
// Chinese needs no segmentation; every query word must match. Entities (models, capabilities,
// methods, families) whose name or alias matches come first, then the rest by where the words
// match, the glossary and sources after entities at equal strength. Matches are highlighted.
// Results are built from text nodes and <mark> elements only: nothing from the index is parsed
// as HTML.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list) return;
  form.hidden = false;
  var root = form.getAttribute("data-root");
  var labels = JSON.parse(form.getAttribute("data-labels"));
  var items = null;

  function norm(s) {
    return (s || "").normalize("NFKC").toLowerCase();
  }

  function words(q) {
    return norm(q).split(/[\s,，、。;；]+/).filter(function (w) { return w.length > 0; });
  }

  // the kinds a reader looks up by name, before the glossary, sources, claims and pages
  var ENTITY = {model: 1, capability: 1, method: 1, family: 1};
  var LATER = {term: 1, source: 1};

  function score(item, ws) {
    var t = item.nt, a = item.na, s = item.ns, total = 0, named = true;
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i];
      var ti = t.indexOf(w);
      if (ti === 0) total += 100;
      else if (ti > 0) total += 60;
      else if (a.indexOf(w) >= 0) total += 40;
      else if (s.indexOf(w) >= 0) { total += 10; named = false; }
      else return 0;
    }
    if (ENTITY[item.k] && named) total += 1000;
    else if (LATER[item.k]) total -= 5;
    return total - Math.min(t.length, 60) / 100;
  }

  // appends text to el with every occurrence of the query words wrapped in <mark>
  function highlighted(el, text, ws) {
    var lower = norm(text);
    // NFKC can change lengths; highlight only where the normalised text lines up with the original
    var aligned = lower.length === text.length;
    var marks = [];
    if (aligned) {
      for (var i = 0; i < ws.length; i++) {
        var from = 0, at;
        while (ws[i].length > 0 && (at = lower.indexOf(ws[i], from)) >= 0) {
          marks.push([at, at + ws[i].length]);
          from = at + ws[i].length;
        }
      }
    }
    marks.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var pos = 0;
    for (var j = 0; j < marks.length; j++) {
      var start = Math.max(marks[j][0], pos), end = marks[j][1];
      if (end <= start) continue;
      if (start > pos) el.appendChild(document.createTextNode(text.slice(pos, start)));
      var m = document.createElement("mark");
      m.textContent = text.slice(start, end);
      el.appendChild(m);
      pos = end;
    }
    if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
  }

  function render(q) {
    var ws = words(q);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (ws.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < items.length; i++) {
      var sc = score(items[i], ws);
      if (sc > 0) hits.push([sc, i]);
    }
    hits.sort(function (x, y) { return y[0] - x[0] || x[1] - y[1]; });
    status.textContent = labels.count.replace("{0}", String(hits.length));
    for (var j = 0; j < Math.min(hits.length, 100); j++) {
      var it = items[hits[j][1]];
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = labels.kinds[it.k] || it.k;
      var a = document.createElement("a");
      a.href = root + it.u;
      highlighted(a, it.t, ws);
      li.appendChild(kind);
      li.appendChild(a);
      if (it.k === "claim" && labels.status[it.s]) {
        // a claim's summary is its status: shown as the site's confidence badge
        var badge = document.createElement("span");
        badge.className = "badge badge-" + it.s;
        badge.textContent = labels.status[it.s];
        li.appendChild(badge);
      } else if (it.s) {
        var p = document.createElement("p");
        highlighted(p, it.s, ws);
        li.appendChild(p);
      }
      list.appendChild(li);
    }
  }

  // one request for the index, however many keystrokes arrive while it loads
  var waiting = null;

  function load(then) {
    if (items) { then(); return; }
    if (waiting) { waiting.push(then); return; }
    waiting = [then];
    var req = new XMLHttpRequest();
    req.open("GET", form.getAttribute("data-index"));
    req.onload = function () {
      if (req.status !== 200) { waiting = null; status.textContent = labels.error; return; }
      items = JSON.parse(req.responseText).items;
      for (var i = 0; i < items.length; i++) {
        items[i].nt = norm(items[i].t);
        items[i].na = norm(items[i].a);
        items[i].ns = norm(items[i].s);
      }
      var ready = waiting;
      waiting = null;
      for (var j = 0; j < ready.length; j++) ready[j]();
    };
    req.onerror = function () { waiting = null; status.textContent = labels.error; };
    req.send();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    load(function () { render(input.value); });
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  });
  input.addEventListener("input", function () {
    load(function () { render(input.value); });
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    load(function () { render(q); });
  }
})();
