// Compares any two models in the browser from the per-model JSON files under /data/, by the same
// rules as the comparison pages (org.lineage.graph.Comparison): ancestors breadth-first over the
// parents in the order each model lists them; the nearest common ancestor has the fewest
// generations to both together, ties going to the smaller id. The result carries the same data-
// attributes as a comparison page. Everything is built with textContent: nothing is parsed as HTML.
(function () {
  "use strict";
  var form = document.getElementById("compare-form");
  var result = document.getElementById("compare-result");
  var status = document.getElementById("compare-status");
  if (!form || !result) return;
  form.hidden = false;
  var root = form.getAttribute("data-root");
  var lang = form.getAttribute("data-lang");
  var fallback = form.getAttribute("data-fallback");
  var L = JSON.parse(form.getAttribute("data-labels"));
  var FULL_ROWS = L.full_rows;
  var FACTS = ["family", "organization", "released", "parameters", "context_window", "access", "api_name"];
  var CONFIDENCE = ["documented", "conclusion", "strong-hypothesis", "hypothesis", "educated-guess", "open-question"];
  var CHANGE = {"++": "strengthened", "+": "gained", "-": "weakened", "--": "sacrificed", "absent": "absent"};
  var cache = {};

  function get(kind, id) {
    var key = kind + "/" + id;
    if (!cache[key]) {
      cache[key] = fetch(root + "data/" + kind + "/" + encodeURIComponent(id) + ".json").then(function (r) {
        if (!r.ok) throw new Error(key);
        return r.json();
      });
    }
    return cache[key];
  }

  function text(t) {
    if (t === undefined || t === null) return "";
    if (typeof t === "string") return t;
    if (t[lang] !== undefined) return t[lang];
    if (t[fallback] !== undefined) return t[fallback];
    for (var k in t) if (Object.prototype.hasOwnProperty.call(t, k)) return t[k];
    return "";
  }

  function format(pattern, args) {
    return pattern.replace(/\{(\d+)[^}]*\}/g, function (m, i) { return String(args[+i]); });
  }

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    (kids || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }

  // a table's frame, which scrolls sideways on a narrow screen: focusable, so that the keyboard
  // scrolls it too, and named for what it holds (as the comparison pages do)
  function scrolls(label) {
    return {"class": "table-wrap", tabindex: "0", role: "region", "aria-label": label};
  }

  function link(kind, id, label) {
    return el("a", {href: root + lang + "/" + kind + "/" + id + "/"}, [label]);
  }

  // Every ancestor of id and id itself: generations and the child each was reached from.
  function search(id) {
    var dist = {}, via = {}, order = [id];
    dist[id] = 0;
    function step(i) {
      if (i >= order.length) return Promise.resolve({dist: dist, via: via});
      var cur = order[i];
      return get("models", cur).then(function (m) {
        m.parents.forEach(function (p) {
          if (!(p.model in dist)) {
            dist[p.model] = dist[cur] + 1;
            via[p.model] = cur;
            order.push(p.model);
          }
        });
        return step(i + 1);
      });
    }
    return step(0);
  }

  function path(s, model, ancestor) {
    var out = [], parent = ancestor;
    while (parent !== model) {
      var child = s.via[parent];
      out.push({child: child, parent: parent});
      parent = child;
    }
    return Promise.all(out.map(function (e) {
      return get("models", e.child).then(function (m) {
        for (var i = 0; i < m.parents.length; i++) {
          if (m.parents[i].model === e.parent) { e.edge = m.parents[i]; break; }
        }
        return e;
      });
    }));
  }

  function factValue(key, m) {
    var v = m[key];
    if (v === undefined || v === null) return "";
    if (key === "organization") return text(v);
    return String(v);
  }

  function compare(a, b) {
    return Promise.all([search(a), search(b)]).then(function (s) {
      var best = null, bestD = Infinity;
      Object.keys(s[0].dist).forEach(function (id) {
        if (!(id in s[1].dist)) return;
        var d = s[0].dist[id] + s[1].dist[id];
        if (d < bestD || (d === bestD && id < best)) { best = id; bestD = d; }
      });
      var paths = best === null ? [Promise.resolve([]), Promise.resolve([])]
        : [path(s[0], a, best), path(s[1], b, best)];
      return Promise.all([get("models", a), get("models", b)].concat(paths)).then(function (r) {
        return {a: r[0], b: r[1], common: best, pathA: r[2], pathB: r[3]};
      });
    });
  }

  function capabilityRows(ma, mb) {
    var na = ma.net_capabilities, nb = mb.net_capabilities, ids = {};
    Object.keys(na).forEach(function (k) { ids[k] = true; });
    Object.keys(nb).forEach(function (k) { ids[k] = true; });
    var rows = Object.keys(ids).sort().map(function (c) {
      var xs = na[c] ? na[c].steps : [], ys = nb[c] ? nb[c].steps : [];
      var sa = na[c] ? na[c].state : "", sb = nb[c] ? nb[c].state : "";
      return {cap: c, a: sa, b: sb, differs: sa !== sb,
        onlyA: xs.filter(function (x) { return ys.indexOf(x) < 0; }),
        onlyB: ys.filter(function (y) { return xs.indexOf(y) < 0; })};
    });
    return rows;
  }

  // a state as the pages show it: "absent" is a sign that reads the same in every language
  function shown(symbol) { return symbol === "absent" ? "\u2205" : symbol; }

  function mark(symbol) {
    if (!symbol) return document.createTextNode(L["compare.none"]);
    var key = CHANGE[symbol];
    return el("span", {"class": "mark mark-" + key, title: L["change." + key]}, [
      el("span", {"class": "symbol", "aria-hidden": "true"}, [shown(symbol)]), " ",
      el("span", {"class": "label"}, [L["change." + key]])]);
  }

  function badge(key) {
    return el("span", {"class": "badge badge-" + key}, [L["confidence." + key]]);
  }

  function names(kind, ids) {
    return Promise.all(ids.map(function (id) { return get(kind, id); })).then(function (all) {
      var out = {};
      all.forEach(function (e) { out[e.id] = e; });
      return out;
    });
  }

  function render(c) {
    var a = c.a.id, b = c.b.id;
    var rows = capabilityRows(c.a, c.b);
    var models = {};
    [a, b].concat(c.common ? [c.common] : []).forEach(function (id) { models[id] = true; });
    c.pathA.concat(c.pathB).forEach(function (e) { models[e.child] = true; models[e.parent] = true; });
    rows.forEach(function (r) {
      r.onlyA.concat(r.onlyB).forEach(function (s) { models[s.split(" ")[0]] = true; });
    });
    var methods = {};
    c.pathA.concat(c.pathB).forEach(function (e) { methods[e.edge.method] = true; });
    var claims = c.a.claims.slice();
    c.b.claims.forEach(function (id) { if (claims.indexOf(id) < 0) claims.push(id); });
    return Promise.all([
      names("models", Object.keys(models)),
      names("capabilities", rows.map(function (r) { return r.cap; })),
      names("methods", Object.keys(methods)),
      names("claims", claims)
    ]).then(function (n) {
      var M = n[0], C = n[1], T = n[2], K = n[3];
      function model(id) { return link("models", id, text(M[id].name)); }
      var box = el("div", {"class": "comparison", id: "comparison"});
      box.appendChild(el("h2", null, [format(L["compare.heading"], [text(c.a.name), text(c.b.name)])]));
      var common = el("p", {"class": "compare-common", "data-common": c.common || ""});
      if (c.common) { common.appendChild(document.createTextNode(L["compare.common"] + " ")); common.appendChild(model(c.common)); }
      else common.appendChild(document.createTextNode(L["compare.no_common"]));
      box.appendChild(common);
      // no lines down when there is no common ancestor, as on the static pages
      (c.common ? [["a", c.pathA], ["b", c.pathB]] : []).forEach(function (p) {
        var self = p[0] === "a" ? c.a : c.b;
        if (!p[1].length) {
          // the model is the common ancestor itself: a line saying so, not an empty list
          box.appendChild(el("p", {"class": "hint compare-path-note", "data-side": p[0]},
            [format(L["compare.is_common"], [text(self.name)])]));
          return;
        }
        var ol = el("ol", {"class": "compare-path", "data-side": p[0]});
        p[1].forEach(function (e) {
          ol.appendChild(el("li", {"data-edge": e.parent + " " + e.child, "data-method": e.edge.method, "data-confidence": e.edge.confidence}, [
            model(e.parent), " → ", model(e.child), ": ", link("methods", e.edge.method, text(T[e.edge.method].name)), " ", badge(e.edge.confidence)]));
        });
        box.appendChild(ol);
      });
      var facts = el("tbody");
      FACTS.forEach(function (k) {
        var va = factValue(k, c.a), vb = factValue(k, c.b);
        if (va === "" && vb === "") return;
        facts.appendChild(el("tr", {"data-fact": k, "class": va === vb ? null : "differs"}, [
          el("th", {scope: "row"}, [L["model." + k]]),
          el("td", {"data-value": va}, [va || L["compare.none"]]),
          el("td", {"data-value": vb}, [vb || L["compare.none"]])]));
      });
      box.appendChild(el("div", scrolls(L["section.facts"]), [el("table", {"class": "compare-facts"}, [
        el("thead", null, [el("tr", null, [el("td"), el("th", {scope: "col"}, [text(c.a.name)]), el("th", {scope: "col"}, [text(c.b.name)])])]), facts])]));
      var caps = el("tbody");
      var alike = rows.filter(function (r) { return !r.differs; });
      // as on the static pages: the first FULL_ROWS differences with their steps, the rest in one row
      var differ = rows.filter(function (r) { return r.differs; });
      var more = differ.slice(FULL_ROWS);
      differ.slice(0, FULL_ROWS).forEach(function (r) {
        function steps(list, side) {
          var td = el("td", {"class": "compare-steps", "data-side": side});
          list.forEach(function (s, i) {
            var parts = s.split(" ");
            if (i > 0) td.appendChild(document.createTextNode(" "));
            var key = CHANGE[parts[1]];
            td.appendChild(el("span", {"class": "compare-step", "data-step": s}, [model(parts[0]), " ",
              el("span", {"class": "mark-symbol mark-" + key, title: L["change." + key]}, [shown(parts[1])])]));
          });
          return td;
        }
        caps.appendChild(el("tr", {"data-cap": r.cap, "data-a": r.a, "data-b": r.b, "class": r.differs ? "differs" : null}, [
          el("th", {scope: "row"}, [link("capabilities", r.cap, text(C[r.cap].name))]),
          el("td", null, [mark(r.a)]), el("td", null, [mark(r.b)]), steps(r.onlyA, "a"), steps(r.onlyB, "b")]));
      });
      // a table only when a row differs; the other lists below it, in the page's width
      if (differ.length) {
        box.appendChild(el("div", scrolls(L["section.capabilities"]), [el("table", {"class": "compare-capabilities"}, [caps])]));
      }
      if (more.length) {
        box.appendChild(el("p", {"class": "compare-more", "data-more": more.map(function (r) { return r.cap + ":" + r.a + ":" + r.b; }).join(" ")}, [
          format(L["compare.more_differ"], [more.length]) + " " + more.map(function (r) {
            return text(C[r.cap].name) + " " + (shown(r.a) || L["compare.none"]) + " \u2192 " + (shown(r.b) || L["compare.none"]); }).join(L["compare.alike_separator"])]));
      }
      if (alike.length) {
        box.appendChild(el("p", {"class": "compare-alike", "data-alike": alike.map(function (r) { return r.cap; }).join(" ")}, [
          format(L["compare.alike"], [alike.length]) + " " + alike.map(function (r) {
            return text(C[r.cap].name) + (r.a ? " " + shown(r.a) : ""); }).join(L["compare.alike_separator"])]));
      }
      claims.sort(function (x, y) {
        var d = CONFIDENCE.indexOf(K[x].status) - CONFIDENCE.indexOf(K[y].status);
        return d !== 0 ? d : x < y ? -1 : x > y ? 1 : 0;
      });
      var ul = el("ul", {"class": "claims compare-claims"});
      claims.forEach(function (id) {
        var x = c.a.claims.indexOf(id) >= 0, y = c.b.claims.indexOf(id) >= 0;
        var which = x && y ? "both" : x ? "a" : "b";
        ul.appendChild(el("li", {"data-claim": id, "data-status": K[id].status, "data-about": which}, [
          badge(K[id].status), " ", link("claims", id, text(K[id].statement)), " ",
          el("span", {"class": "compare-about"}, [L["compare.about_" + which]])]));
      });
      box.appendChild(ul);
      return box;
    });
  }

  function run(x, y) {
    x = x.trim(); y = y.trim();
    while (result.firstChild) result.removeChild(result.firstChild);
    result.removeAttribute("data-pair");
    if (x === y) { status.textContent = L["compare.same_model"]; return; }
    var a = x < y ? x : y, b = x < y ? y : x;
    status.textContent = L["compare.loading"];
    Promise.all([get("models", a).catch(function () { return null; }), get("models", b).catch(function () { return null; })])
      .then(function (found) {
        if (!found[0] || !found[1]) {
          status.textContent = format(L["compare.unknown_model"], [found[0] ? b : a]);
          return;
        }
        return compare(a, b).then(render).then(function (box) {
          result.appendChild(box);
          status.textContent = "";
          result.setAttribute("data-pair", a + " " + b);
        });
      })
      .catch(function () { status.textContent = L["compare.failed"]; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var x = document.getElementById("compare-a").value, y = document.getElementById("compare-b").value;
    history.replaceState(null, "", "#" + encodeURIComponent(x.trim()) + "/" + encodeURIComponent(y.trim()));
    run(x, y);
  });
  // #a/b compares a and b: a link can name any pair
  function fromHash() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, "")).split("/");
    if (hash.length === 2 && hash[0] && hash[1]) {
      document.getElementById("compare-a").value = hash[0];
      document.getElementById("compare-b").value = hash[1];
      run(hash[0], hash[1]);
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
