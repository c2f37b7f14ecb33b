// The network view's behaviour: filters, search, neighbourhood highlight, evidence panel.
// Inlined into graph.html by kg/export/html.py after vis-network and the kg-data JSON.
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var TYPES = {};
  DATA.types.forEach(function (t) { TYPES[t.key] = t; });
  var BYID = {};
  DATA.nodes.forEach(function (n) { BYID[n.id] = n; });
  var ADJ = {};
  DATA.nodes.forEach(function (n) { ADJ[n.id] = []; });
  DATA.edges.forEach(function (e) { ADJ[e.from].push(e.to); ADJ[e.to].push(e.from); });
  var TOTAL = DATA.nodes.length;
  var LIMIT = DATA.maxNodes > 0 ? DATA.maxNodes : Infinity;
  var LARGE = TOTAL > 300;
  var EDGE_COLOUR = { color: "#a0a8b0", highlight: "#333333", hover: "#555555" };

  function fold(text) {
    return text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  // ---- what is drawn: type and locality filters, the size budget, pinned nodes ----
  var typeOn = {};
  DATA.types.forEach(function (t) { typeOn[t.key] = true; });
  var localityFilter = null;
  var pinned = new Set();
  var shown = new Set();
  var limited = false;

  function computeShown() {
    var passing = DATA.nodes.filter(function (n) {
      return typeOn[n.kind] && (localityFilter === null || n.loc.indexOf(localityFilter) >= 0);
    });
    limited = passing.length > LIMIT;
    if (limited) {
      passing = passing.slice().sort(function (a, b) { return b.degree - a.degree || a.id - b.id; })
        .slice(0, LIMIT);
    }
    shown = new Set(passing.map(function (n) { return n.id; }));
    pinned.forEach(function (id) { shown.add(id); });
    return passing.length;
  }
  computeShown();

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return shown.has(n.id); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return shown.has(e.from) && shown.has(e.to); }
  });

  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: TOTAL <= 150 },
    nodes: {
      font: { size: 15, face: "system-ui, Segoe UI, Roboto, Noto Sans, Arial, sans-serif",
              strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1,
      scaling: { min: 10, max: 28, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: EDGE_COLOUR,
      font: { size: 11, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: LARGE ? false : { type: "continuous" },
      width: 1
    },
    physics: {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, springLength: 130, springConstant: 0.06,
                          avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: LARGE ? 250 : 800, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: LARGE, hideEdgesOnZoom: LARGE,
                   navigationButtons: false, keyboard: false }
  };

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  var idleCallbacks = [];

  function setBusy() { document.body.dataset.state = "busy"; }
  function setIdle() {
    network.setOptions({ physics: { enabled: false } });
    document.body.dataset.state = "idle";
    var callbacks = idleCallbacks;
    idleCallbacks = [];
    callbacks.forEach(function (fn) { fn(); });
  }
  function whenIdle(fn) {
    if (document.body.dataset.state === "idle") { fn(); } else { idleCallbacks.push(fn); }
  }
  network.on("stabilizationIterationsDone", setIdle);
  setBusy();
  if (nodeView.length === 0) { setIdle(); }

  function relayout() {
    setBusy();
    nodeView.refresh();
    edgeView.refresh();
    updateStats();
    if (nodeView.length === 0) { setIdle(); return; }
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(LARGE ? 150 : 400);
  }

  // ---- legend (doubles as the type filter), locality filter, notice, stats ----
  var counts = {};
  DATA.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  var legend = document.getElementById("legend");
  DATA.types.forEach(function (t) {
    if (!counts[t.key]) { return; }
    var label = document.createElement("label");
    label.title = "Hình: " + t.shape;
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.kind = t.key;
    box.addEventListener("change", function () {
      typeOn[t.key] = box.checked;
      computeShown();
      relayout();
    });
    var sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = t.colour;
    if (t.shape === "box" || t.shape === "square") { sw.style.borderRadius = "2px"; }
    if (t.shape === "diamond") { sw.style.transform = "rotate(45deg)"; sw.style.borderRadius = "1px"; }
    var count = document.createElement("span");
    count.className = "count";
    count.textContent = " (" + counts[t.key] + ")";
    label.append(box, sw, document.createTextNode(t.legend), count);
    legend.appendChild(label);
  });

  var localitySelect = document.getElementById("locality");
  var localityUse = {};
  DATA.nodes.forEach(function (n) {
    n.loc.forEach(function (p) { if (p !== n.id) { localityUse[p] = (localityUse[p] || 0) + 1; } });
  });
  Object.keys(localityUse).map(Number)
    .sort(function (a, b) { return fold(BYID[a].full).localeCompare(fold(BYID[b].full)) || a - b; })
    .forEach(function (id) {
      var opt = document.createElement("option");
      opt.value = String(id);
      opt.textContent = BYID[id].full + " (" + localityUse[id] + ")";
      localitySelect.appendChild(opt);
    });
  localitySelect.addEventListener("change", function () {
    localityFilter = localitySelect.value === "" ? null : Number(localitySelect.value);
    computeShown();
    relayout();
  });

  function updateStats() {
    document.getElementById("stats").textContent =
      "Đang vẽ " + nodeView.length + "/" + TOTAL + " nút, " + edgeView.length + "/" +
      DATA.edges.length + " cạnh";
    var notice = document.getElementById("notice");
    if (limited) {
      notice.hidden = false;
      notice.textContent = "Đồ thị lớn: để trình duyệt chạy mượt, chỉ vẽ " + LIMIT +
        " nút có nhiều liên kết nhất trong số những nút khớp bộ lọc (ngưỡng --max-nodes). " +
        "Tìm kiếm một tên để vẽ thêm nút đó cùng các nút kề, hoặc lọc theo loại / địa bàn.";
    } else {
      notice.hidden = true;
    }
  }
  updateStats();

  // ---- highlight a node's neighbourhood ----
  var highlighted = null;
  function restoreColours() {
    if (highlighted === null) { return; }
    nodes.update(DATA.nodes.map(function (n) {
      return { id: n.id, color: TYPES[n.kind].colour, font: Object.assign({}, TYPES[n.kind].font) };
    }));
    edges.update(DATA.edges.map(function (e) { return { id: e.id, color: EDGE_COLOUR, font: { color: "#444444" } }; }));
    highlighted = null;
  }
  function highlight(id) {
    restoreColours();
    var near = new Set(ADJ[id]);
    near.add(id);
    var dim = [];
    shown.forEach(function (nid) {
      if (!near.has(nid)) {
        dim.push({ id: nid, color: "#e3e3e3", font: { color: "#b8b8b8", strokeWidth: 0 } });
      }
    });
    nodes.update(dim);
    var dimEdges = [];
    DATA.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) {
        dimEdges.push({ id: e.id, color: { color: "#eeeeee" }, font: { color: "#dddddd" } });
      }
    });
    edges.update(dimEdges);
    highlighted = id;
  }

  // ---- the detail panel ----
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function nodeLink(id) {
    var a = el("a", BYID[id].full, "node-link");
    a.dataset.node = String(id);
    a.addEventListener("click", function () { selectNode(id); });
    return a;
  }
  function sourceLine(ev) {
    var parts = [];
    var art = ev.article === null ? null : DATA.articles[ev.article];
    var line = el("div", null, "source");
    line.append(document.createTextNode("Nguồn: "));
    if (art) {
      if (art.node !== null && art.node !== undefined) { line.append(nodeLink(art.node)); }
      else { line.append(document.createTextNode(art.headline)); }
      if (art.date) { parts.push(art.date); }
      if (art.file) { parts.push(art.file); }
    }
    if (ev.start !== null) { parts.push("ký tự " + ev.start + "–" + ev.end); }
    if (ev.extractor) { parts.push(ev.extractor); }
    line.append(document.createTextNode(parts.length ? " · " + parts.join(" · ") : ""));
    return line;
  }
  function evidenceBlock(target, evIds, seen) {
    evIds.forEach(function (i) {
      if (seen.has(i)) {
        target.appendChild(el("div", "bằng chứng: câu [" + (seen.get(i)) + "] ở trên", "evref"));
        return;
      }
      seen.set(i, seen.size + 1);
      var ev = DATA.evidence[i];
      var q = el("blockquote", "[" + seen.get(i) + "] " + ev.sentence, "evidence");
      target.append(q, sourceLine(ev));
    });
  }
  function showDetails(id) {
    var n = BYID[id];
    var d = DATA.details[id];
    var t = TYPES[n.kind];
    panelBody.textContent = "";
    var type = el("div", null, "ptype");
    var sw = el("span", null, "swatch");
    sw.style.background = t.colour;
    type.append(sw, document.createTextNode(t.legend));
    panelBody.append(type, el("h2", n.full));
    var dl = el("dl");
    function row(k, v) { dl.append(el("dt", k), el("dd", v)); }
    d.labels.filter(function (l) { return l !== n.full; }).forEach(function (l) { row("tên khác", l); });
    d.codes.forEach(function (c) { var kv = c.split(": "); row(kv[0], kv.slice(1).join(": ")); });
    d.dates.forEach(function (kv) { row(kv[0], kv[1]); });
    d.props.forEach(function (kv) { row(kv[0], kv[1]); });
    var iri = el("dd", d.iri, "iri");
    dl.append(el("dt", "IRI"), iri);
    panelBody.append(dl);
    var seen = new Map();
    if (d.evidence.length) {
      panelBody.append(el("h3", "Bằng chứng"));
      var box = el("div");
      evidenceBlock(box, d.evidence, seen);
      panelBody.append(box);
    }
    if (d.facts.length) {
      panelBody.append(el("h3", "Quan hệ (" + d.facts.length + ")"));
      var ul = el("ul", null, "facts");
      d.facts.forEach(function (f) {
        var li = el("li");
        var head = el("div");
        if (f.dir === "out") {
          head.append(el("b", f.rel), document.createTextNode(" → "), nodeLink(f.other));
        } else {
          head.append(nodeLink(f.other), document.createTextNode(" → "), el("b", f.rel),
                      document.createTextNode(" → (nút này)"));
        }
        li.append(head);
        evidenceBlock(li, f.evidence, seen);
        ul.append(li);
      });
      panelBody.append(ul);
    }
    if (d.sources.length) {
      panelBody.append(el("h3", "Bài nguồn"));
      var su = el("ul");
      d.sources.forEach(function (a) {
        var art = DATA.articles[a];
        var li = el("li");
        if (art.node !== null && art.node !== undefined) { li.append(nodeLink(art.node)); }
        else { li.append(document.createTextNode(art.headline)); }
        li.append(document.createTextNode((art.date ? " · " + art.date : "") + (art.file ? " · " + art.file : "")));
        su.append(li);
      });
      panelBody.append(su);
    }
    panel.hidden = false;
    panel.dataset.node = String(id);
  }
  function hidePanel() {
    panel.hidden = true;
    delete panel.dataset.node;
  }
  document.getElementById("panel-close").addEventListener("click", function () {
    hidePanel();
    network.unselectAll();
    restoreColours();
  });

  // ---- selecting: from a click, a search result or a link in the panel ----
  function selectNode(id) {
    var needsLayout = !shown.has(id);
    if (needsLayout) {
      pinned.add(id);
      ADJ[id].forEach(function (o) { pinned.add(o); });
      computeShown();
      relayout();
    }
    whenIdle(function () {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
      highlight(id);
      showDetails(id);
    });
  }
  network.on("click", function (params) {
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      showDetails(params.nodes[0]);
    } else if (!params.edges.length) {
      restoreColours();
      hidePanel();
    }
  });

  // ---- search: diacritics-insensitive, on the folded labels and codes ----
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var matches = [];
  function runSearch() {
    var q = fold(search.value);
    results.textContent = "";
    matches = [];
    if (!q) { return; }
    var words = q.split(" ");
    DATA.nodes.forEach(function (n) {
      if (words.every(function (w) { return n.search.indexOf(w) >= 0; })) { matches.push(n); }
    });
    matches.sort(function (a, b) {
      var pa = a.search.indexOf(q) === 0 ? 0 : (a.search.indexOf(q) > 0 ? 1 : 2);
      var pb = b.search.indexOf(q) === 0 ? 0 : (b.search.indexOf(q) > 0 ? 1 : 2);
      return pa - pb || b.degree - a.degree || a.id - b.id;
    });
    matches = matches.slice(0, 20);
    matches.forEach(function (n, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.dataset.node = String(n.id);
      if (i === 0) { li.className = "active"; }
      var sw = el("span", null, "swatch");
      sw.style.background = TYPES[n.kind].colour;
      li.append(sw, document.createTextNode(n.full), el("span", TYPES[n.kind].legend, "kind"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(n.id); });
      results.append(li);
    });
    if (!matches.length) { results.append(el("li", "Không tìm thấy", "kind")); }
  }
  function choose(id) {
    results.textContent = "";
    search.value = BYID[id].full;
    selectNode(id);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) { ev.preventDefault(); choose(matches[0].id); }
    if (ev.key === "Escape") { results.textContent = ""; }
  });
  search.addEventListener("blur", function () { results.textContent = ""; });

  // for tests and the curious: the network and what is drawn
  window.kgView = {
    network: network, data: DATA, fold: fold, selectNode: selectNode,
    drawn: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    }
  };
})();
